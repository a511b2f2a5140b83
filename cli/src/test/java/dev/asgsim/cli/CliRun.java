package dev.asgsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import picocli.CommandLine;

/** One CLI run with its exit code and captured output. */
public record CliRun(int exit, String out, String err) {
  /**
   * The context of tests that need no AWS: the system clock, no terminal and nobody to answer, and an AWS factory
   * that fails the test if a command tries to connect (tests that use AWS give their own, pointed at a stub or at
   * moto on loopback).
   */
  public static final CliContext NO_AWS = new CliContext(Clock.systemUTC(), false, () -> null, settings -> {
    throw new AssertionError("this test gives no AWS endpoint, yet a command connected with " + settings);
  });

  public static CliRun of(String... args) {
    return with(NO_AWS, args);
  }

  /** Runs {@code args} as {@link Main#run} does: in the tree of the subcommand they name. */
  public static CliRun with(CliContext context, String... args) {
    CommandLine cli = Main.newCommandLine(context, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
