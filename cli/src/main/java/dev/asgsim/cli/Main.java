package dev.asgsim.cli;

import dev.asgsim.cli.aws.ApplyCommand;
import dev.asgsim.cli.aws.DriftCommand;
import dev.asgsim.cli.aws.HistoryCommand;
import dev.asgsim.cli.aws.ImportCommand;
import dev.asgsim.cli.aws.PlanCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code asgsim} command: one subcommand per verb. */
@Command(
    name = "asgsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Predict and tune what Amazon EC2 Auto Scaling will do, before it does it.",
    subcommands = {
      ValidateCommand.class,
      SimulateCommand.class,
      SweepCommand.class,
      CompareCommand.class,
      ImportCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      DriftCommand.class,
      HistoryCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Exit codes: 0 ok, 1 findings or drift, 2 bad input or usage."})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; never calls {@code System.exit}, so tests can use it. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler((ex, argv) -> {
      ex.getCommandLine().getErr().println("asgsim: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCodes.BAD_INPUT;
    });
    return cli;
  }
}
