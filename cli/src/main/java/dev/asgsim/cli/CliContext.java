package dev.asgsim.cli;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsSettings;
import java.io.BufferedReader;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a command needs from the world outside its arguments, handed to every command by {@link CliFactory}: tests
 * build one with a fixed clock, scripted answers and clients pointed at a local endpoint, instead of replacing
 * static fields.
 *
 * @param clock    the wall clock (history --last, validate's "is this one-off action in the past")
 * @param terminal whether a person is watching (progress bars); false when output goes to a file or a pipe
 * @param answers  where apply reads the confirmation; the supplier returns null when there is no one to ask
 * @param aws      how AWS commands connect, given the options' settings
 */
public record CliContext(Clock clock, boolean terminal, Supplier<BufferedReader> answers,
    Function<AwsSettings, AwsAutoScaling> aws) {

  /** The real world: system clock, the process's console, AWS reached through the SDK's chains. */
  public static CliContext system() {
    boolean console = System.console() != null;
    return new CliContext(Clock.systemUTC(), console,
        () -> System.console() == null ? null : new BufferedReader(System.console().reader()),
        AwsAutoScaling::connect);
  }

  public CliContext withClock(Clock v) {
    return new CliContext(v, terminal, answers, aws);
  }

  public CliContext withAnswers(Supplier<BufferedReader> v) {
    return new CliContext(clock, terminal, v, aws);
  }

  public CliContext withAws(Function<AwsSettings, AwsAutoScaling> v) {
    return new CliContext(clock, terminal, answers, v);
  }
}
