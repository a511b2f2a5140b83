package dev.asgsim.cli;

import dev.asgsim.cli.aws.ApplyCommand;
import dev.asgsim.cli.aws.DriftCommand;
import dev.asgsim.cli.aws.ExportCommand;
import dev.asgsim.cli.aws.HistoryCommand;
import dev.asgsim.cli.aws.ImportCommand;
import dev.asgsim.cli.aws.PlanCommand;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code asgsim} command: one subcommand per verb. */
@Command(
    name = "asgsim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Predict and tune what Amazon EC2 Auto Scaling will do, before it does it.",
    footer = {"", "Exit codes: 0 ok, 1 findings or drift, 2 bad input or usage, 3 apply cancelled at the confirmation,",
        "130 interrupted (Ctrl-C). With plan --detailed-exitcode: 0 no changes, 1 error, 2 changes."})
public final class Main {
  /** Every command's help is wrapped at this width (the load grammar and sweep file examples need it). */
  static final int HELP_WIDTH = 120;

  /** The subcommands, in the order {@code asgsim --help} lists them. */
  static final List<Class<?>> COMMANDS = List.of(
      ValidateCommand.class,
      SimulateCommand.class,
      SweepCommand.class,
      CompareCommand.class,
      ExplainCommand.class,
      ForecastCommand.class,
      ImportCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      DriftCommand.class,
      HistoryCommand.class,
      ExportCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class);

  /** The subcommands that read the others: help finds the one it explains, completion lists them all. */
  private static final Set<Class<?>> NEED_ALL = Set.of(CompletionCommand.class, CommandLine.HelpCommand.class);

  public static void main(String[] args) {
    // The idle core reads and validates a small config while picocli builds the command tree (issue 15).
    WarmUp.startFor(args);
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String... args) {
    return newCommandLine(CliContext.system(), args).execute(args);
  }

  /** The whole command tree with its error handlers; every command gets {@code context}. */
  public static CommandLine newCommandLine(CliContext context) {
    return tree(context, COMMANDS);
  }

  /**
   * The command tree that runs {@code args}: the root with the one subcommand they name, or the whole tree when they
   * name none or name one that reads the others. Picocli reads each command's model from its annotations by
   * reflection, which the launcher's quick compiler leaves slow: the thirteen commands a run does not use cost it
   * about 50 ms of CPU on the main thread before the command starts (issue 15: start-up). A command line that names
   * its subcommand never reaches another one, so its help, errors and run are the same in either tree.
   */
  public static CommandLine newCommandLine(CliContext context, String... args) {
    if (args.length > 0) {
      for (Class<?> c : COMMANDS) {
        if (!NEED_ALL.contains(c) && c.getAnnotation(Command.class).name().equals(args[0])) {
          return tree(context, List.of(c));
        }
      }
    }
    return newCommandLine(context);
  }

  private static CommandLine tree(CliContext context, List<Class<?>> commands) {
    CliFactory factory = new CliFactory(context);
    CommandLine cli = new CommandLine(new Main(), factory);
    for (Class<?> c : commands) {
      // built as picocli builds a command given by the annotation: its own model transformer applied
      cli.addSubcommand(new CommandLine(c, factory));
    }
    cli.setUsageHelpWidth(HELP_WIDTH);
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler(Main::usageError);
    return cli;
  }

  /** A usage error: the message, "did you mean" for a mistyped command or option, and where to read more. */
  private static int usageError(CommandLine.ParameterException ex, String[] argv) {
    CommandLine cmd = ex.getCommandLine();
    var err = cmd.getErr();
    err.println("asgsim: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
    err.flush();
    // plan --detailed-exitcode keeps 2 for "there are changes" (Terraform's convention): any error is 1 there.
    boolean detailed = "plan".equals(cmd.getCommandName()) && List.of(argv).contains("--detailed-exitcode");
    return detailed ? ExitCodes.FINDINGS : ExitCodes.BAD_INPUT;
  }
}
