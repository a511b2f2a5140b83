package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 18 item 8: the command line as careful users expect it (no AWS involved). */
class CommandLineTest {

  @Test
  @DisplayName("a mistyped command or option gets 'did you mean', exit 2")
  void didYouMean() {
    CliRun command = CliRun.of("simulat");
    assertThat(command.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(command.err()).contains("'simulat'", "Did you mean: asgsim simulate", "Try 'asgsim --help'.");
    CliRun option = CliRun.of("simulate", "--durration", "2h", "x.yaml");
    assertThat(option.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(option.err()).contains("'--durration'", "Possible solutions: --duration");
  }

  @Test
  @DisplayName("a command line that names its subcommand gets a tree of that one alone, with the same help")
  void oneSubcommandTree() {
    CommandLine whole = Main.newCommandLine(CliRun.NO_AWS);
    assertThat(whole.getSubcommands()).hasSize(Main.COMMANDS.size());
    for (CommandLine sub : whole.getSubcommands().values()) {
      String name = sub.getCommandName();
      CommandLine tree = Main.newCommandLine(CliRun.NO_AWS, name, "--help");
      if (name.equals("help") || name.equals("completion")) { // they read the other commands
        assertThat(tree.getSubcommands()).as(name).hasSize(Main.COMMANDS.size());
        continue;
      }
      assertThat(tree.getSubcommands()).as(name).containsOnlyKeys(name);
      CommandLine alone = tree.getSubcommands().get(name);
      assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF)).as(name)
          .isEqualTo(sub.getUsageMessage(CommandLine.Help.Ansi.OFF));
      assertThat(alone.getCommandSpec().qualifiedName()).isEqualTo("asgsim " + name);
    }
    assertThat(Main.newCommandLine(CliRun.NO_AWS, "--help").getSubcommands()).hasSize(Main.COMMANDS.size());
    assertThat(Main.newCommandLine(CliRun.NO_AWS, "simulat").getSubcommands()).hasSize(Main.COMMANDS.size());
    // the load grammar comes from SimulateCommand's model transformer, which the single tree applies too
    assertThat(CliRun.of("simulate", "--help").out()).doesNotContain(SimulateCommand.LoadHelp.PLACEHOLDER)
        .contains("Load spec: components joined with ' + '");
  }

  @Test
  @DisplayName("completion bash|zsh prints picocli's script for the whole tree; another shell is a usage error")
  void completion() {
    CliRun bash = CliRun.of("completion", "bash");
    assertThat(bash.exit()).isZero();
    assertThat(bash.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_asgsim")
        .contains("simulate", "plan", "apply", "export", "--detailed-exitcode", "--allow-target-mismatch")
        .contains("ZSH_VERSION");
    assertThat(CliRun.of("completion", "zsh").out()).isEqualTo(bash.out());
    assertThat(CliRun.of("completion", "fish").exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  @DisplayName("--version names asgsim, the AWS SDK and Java")
  void version() {
    CliRun v = CliRun.of("--version");
    assertThat(v.exit()).isZero();
    assertThat(v.out().lines().toList()).hasSize(3).satisfies(lines -> {
      assertThat(lines.get(0)).startsWith("asgsim ");
      assertThat(lines.get(1)).matches("AWS SDK for Java 2\\.\\d+\\.\\d+");
      assertThat(lines.get(2)).startsWith("Java " + System.getProperty("java.version"));
    });
  }

  @Test
  @DisplayName("every command's help is wrapped at one width, and its options read alike (capital, full stop)")
  void helpIsConsistent() {
    CommandLine root = Main.newCommandLine(CliRun.NO_AWS);
    for (CommandLine sub : root.getSubcommands().values()) {
      if (sub.getCommandName().equals("help")) {
        continue;
      }
      String help = sub.getUsageMessage(CommandLine.Help.Ansi.OFF);
      assertThat(help.lines()).as(sub.getCommandName()).allSatisfy(
          line -> assertThat(line.length()).isLessThanOrEqualTo(Main.HELP_WIDTH));
      for (var option : sub.getCommandSpec().options()) {
        String text = String.join(" ", option.description());
        assertThat(text).as(sub.getCommandName() + " " + option.longestName()).isNotBlank();
        assertThat(Character.isUpperCase(text.charAt(0)) || text.startsWith("--") || text.startsWith("'"))
            .as(sub.getCommandName() + " " + option.longestName() + ": " + text).isTrue();
        assertThat(text).as(sub.getCommandName() + " " + option.longestName()).endsWith(".");
      }
    }
    assertThat(root.getSubcommands().keySet()).containsAll(List.of("validate", "simulate", "sweep", "import",
        "plan", "apply", "drift", "history", "export", "completion", "compare"));
  }

  @Test
  @DisplayName("the exit codes are one table: the root help lists 0, 1, 2, 3 and 130")
  void exitCodesAreDocumented() {
    String help = CliRun.of("--help").out();
    assertThat(help).contains("0 ok", "1 findings or drift", "2 bad input or usage", "3 apply cancelled",
        "130 interrupted (Ctrl-C)", "plan --detailed-exitcode: 0 no changes, 1 error, 2 changes");
    assertThat(ExitCodes.INTERRUPTED).isEqualTo(128 + 2);
  }
}
