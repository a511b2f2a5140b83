package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String SEED = "../examples/fastcampus-nginx.yaml";
  private static final Path CORE_TEST = Path.of("../core/src/test/resources");

  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void seedValidatesWithTheBurstableWarningAndExitsZero() {
    CliRun r = run("validate", SEED);
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("WARNING (1)").contains(SEED + ":36  burstable-cpu-target")
        .contains("fix: ").contains("ADVICE (1)")
        .contains("Summary: 1 file, 0 errors, 1 warning, 1 advice, 0 unreadable");
    assertThat(r.out().indexOf("WARNING")).isLessThan(r.out().indexOf("ADVICE"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void allExamplesTogetherExitZero() throws IOException {
    try (var files = Files.list(Path.of("../examples"))) {
      String[] args = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString)
          .toArray(String[]::new);
      String[] all = new String[args.length + 1];
      all[0] = "validate";
      System.arraycopy(args, 0, all, 1, args.length);
      CliRun r = run(all);
      assertThat(r.exit()).as(r.out()).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).contains("Summary: " + args.length + " files, 0 errors");
    }
  }

  @Test
  void anErrorExitsOneWithFileLineRuleAndFix() {
    String fixture = CORE_TEST.resolve("invalid/size-order-desired.yaml").toString();
    CliRun r = run("validate", fixture);
    assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.out()).contains("ERROR (1)").contains(fixture + ":10  size-order")
        .contains("at AutoScalingGroup.DesiredCapacity").contains("fix: set DesiredCapacity");
  }

  @Test
  void anUnreadableFileExitsTwoAndTheOthersAreStillChecked() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "AutoScalingGroup:\n  MinSiz: 1\n  Foo: 2\n");
    CliRun r = run("validate", bad.toString(), SEED);
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(bad + ": cannot be read (2 problems)")
        .contains(bad + ":2:3: unknown key MinSiz").contains("did you mean MinSize?")
        .contains(bad + ":3:3: unknown key Foo");
    assertThat(r.out()).contains("burstable-cpu-target").contains("1 unreadable");
    assertThat(r.err() + r.out()).doesNotContain("Exception");
  }

  @Test
  void missingFileAndDirectoryExitTwo() {
    CliRun r = run("validate", dir.resolve("nope.yaml").toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("no such file").contains("is a directory");
  }

  @Test
  void jsonOutput() throws IOException {
    String fixture = CORE_TEST.resolve("invalid/alarm-period.yaml").toString();
    CliRun r = run("validate", "--json", SEED, fixture);
    assertThat(r.exit()).isEqualTo(ExitCodes.FINDINGS);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/summary/files").asInt()).isEqualTo(2);
    assertThat(root.at("/summary/errors").asInt()).isEqualTo(1);
    JsonNode seed = root.at("/files/0");
    assertThat(seed.get("file").asText()).isEqualTo(SEED);
    assertThat(seed.at("/findings/0/severity").asText()).isEqualTo("WARNING");
    assertThat(seed.at("/findings/0/rule").asText()).isEqualTo("burstable-cpu-target");
    assertThat(seed.at("/findings/0/line").asInt()).isEqualTo(36);
    assertThat(seed.at("/findings/0/fix").asText()).isNotBlank();
    assertThat(root.at("/files/1/findings/0/rule").asText()).isEqualTo("alarm-period");
  }

  @Test
  void jsonOutputForAnUnreadableFile() throws IOException {
    Path bad = Files.write(dir.resolve("bin.yaml"), new byte[] {1, 0, 2});
    CliRun r = run("validate", "--json", bad.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/files/0/readable").asBoolean()).isFalse();
    assertThat(root.at("/files/0/problems/0/code").asText()).isEqualTo("binary");
    assertThat(root.at("/summary/unreadable").asInt()).isEqualTo(1);
  }

  @Test
  void awsCliOutputIsRecognised() {
    CliRun r = run("validate", CORE_TEST.resolve("awscli/groups-v2.json").toString(),
        "--policies", CORE_TEST.resolve("awscli/policies-tt.json").toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
    // The instance type comes from the group's instances; monitoring is unknown, so AWS's default (basic) applies.
    assertThat(r.out()).contains("burstable-cpu-target").contains("tt-basic-monitoring").doesNotContain("ERROR");
    // Issue 18: a finding about a policy names the --policies file and its line, not the groups file.
    String policies = CORE_TEST.resolve("awscli/policies-tt.json").toString();
    assertThat(r.out()).contains(policies + ":20  tt-basic-monitoring", policies + ":24  burstable-cpu-target",
        CORE_TEST.resolve("awscli/groups-v2.json") + ":3  default-instance-warmup-unset");
    assertThat(run("validate", "--json", CORE_TEST.resolve("awscli/groups-v2.json").toString(), "--policies", policies)
        .out()).contains("\"file\" : \"" + policies + "\"");
  }

  @Test
  @DisplayName("issue 18: describe output with several groups: every group is checked; --group checks one")
  void severalGroupsAreEachChecked() {
    String several = CORE_TEST.resolve("awscli/groups-several.json").toString();
    CliRun r = run("validate", several);
    assertThat(r.exit()).as(r.err()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    assertThat(r.err()).doesNotContain("cannot be read");
    assertThat(r.out()).contains(several + " (group autoscaling-20211202): ", several + " (group web-canary): ",
        several + " (group batch-workers): ").contains("Summary: 1 file (3 groups), ");
    CliRun one = run("validate", several, "--group", "web-canary");
    assertThat(one.out()).contains(several + ": ").doesNotContain("(group ").contains("Summary: 1 file,");
    CliRun missing = run("validate", several, "--group", "nope");
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("autoscaling-20211202, web-canary, batch-workers");
  }

  @Test
  void usageErrorsExitTwo() {
    CliRun none = run("validate");
    assertThat(none.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(none.err()).contains("FILE");
    assertThat(run("validate", "--bogus", SEED).exit()).isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void help() {
    CliRun r = run("validate", "--help");
    assertThat(r.exit()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("Usage: asgsim validate").contains("--json").contains("--policies")
        .contains("Exit codes");
  }

  @Test
  void outputIsTheSameOnEveryRun() {
    assertThat(run("validate", SEED).out()).isEqualTo(run("validate", SEED).out());
    assertThat(run("validate", "--json", SEED).out().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(run("validate", "--json", SEED).out().getBytes(StandardCharsets.UTF_8));
  }
}
