package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 11: validate and simulate give one answer about the same config. */
class OneGateTest {
  @TempDir
  Path dir;

  private Path config(String scheduledActions, String loadSpec) throws Exception {
    String seed = Files.readString(Path.of(SimulateCommandTest.SEED));
    String text = seed.replace("ScheduledActions: []", scheduledActions)
        .replace("  Spec: step(20, 90@10m, 20@40m)", "  Spec: " + loadSpec);
    return Files.writeString(dir.resolve("group.yaml"), text);
  }

  private static int lineOf(Path file, String text) throws Exception {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  @DisplayName("a garbage Load.Spec is reported by validate at its line, and simulate refuses it at the same line")
  void aBadLoadSpecIsAFindingOfBoth() throws Exception {
    Path file = config("ScheduledActions: []", "\"sine(50, 30\"");
    int line = lineOf(file, "Spec: \"sine(50, 30\"");
    CliRun v = CliRun.of("validate", file.toString());
    assertThat(v.exit()).as(v.out() + v.err()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(v.out()).contains(file + ":" + line + "  load-spec  Load.Spec: ");
    // simulate refuses it as bad input (exit 2) at the same file, line and key.
    CliRun s = CliRun.of("simulate", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(s.exit()).as(s.err()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(s.err()).startsWith("asgsim: " + file + ":" + line + ":").contains("Load.Spec: ");
    assertThat(dir.resolve("out")).doesNotExist();
    // A bad --load is an option's problem, not the config's: exit 2.
    assertThat(CliRun.of("simulate", SimulateCommandTest.SEED, "--load", "sine(50, 30",
        "--out", dir.resolve("out2").toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  @DisplayName("spec §5.1 'scheduling in the past is an error': the past is before the simulated start, for both")
  void aOneOffActionBeforeTheSimulatedStartIsRefusedByBoth() throws Exception {
    Path early = config("""
        ScheduledActions:
          - {ScheduledActionName: early, StartTime: "2023-12-31T23:00:00Z", DesiredCapacity: 2}""",
        "step(20, 90@10m, 20@40m)");
    CliRun v = CliRun.of("validate", early.toString());
    assertThat(v.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(v.out()).contains("scheduled-start-in-past").contains("is before 2024-01-01T00:00:00Z");
    CliRun s = CliRun.of("simulate", early.toString(), "--out", dir.resolve("early").toString());
    assertThat(s.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(s.err()).contains("scheduled-start-in-past");

    // Half an hour into the simulated day: in the wall clock's past, yet a valid action both commands accept.
    Path later = config("""
        ScheduledActions:
          - {ScheduledActionName: later, StartTime: "2024-01-01T00:30:00Z", MinSize: 5, DesiredCapacity: 5}""",
        "step(20, 90@10m, 20@40m)");
    CliRun v2 = CliRun.of("validate", later.toString());
    assertThat(v2.exit()).as(v2.out()).isEqualTo(ExitCodes.OK);
    CliRun s2 = CliRun.of("simulate", later.toString(), "--out", dir.resolve("later").toString());
    assertThat(s2.exit()).as(s2.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(dir.resolve("later/activities.json")))
        .contains("At 2024-01-01T00:30:30Z a scheduled action update of AutoScalingGroup constraints to min: 5");
  }
}
