package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  private static final Path SEED = Path.of("../examples/fastcampus-nginx.yaml").toAbsolutePath().normalize();

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static Path sweep(Path dir, String slo) throws Exception {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, """
        Base: %s
        Variations:
          ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [40, 60]
          Simulation.InstanceType: [c6i.large]
          AutoScalingGroup.MinSize: [1, 20]
        Policies: [aws, static:2]
        Loads:
          - {Name: spike, Spec: "step(20, 150@10m, 20@40m) + noise(5)", Duration: 2h}
        Seeds: 2
        Seed: 3
        Slo: {UnservedPercent: %s}
        """.formatted(SEED, slo));
    return file;
  }

  @Test
  void writesTheThreeOutputsAndPrintsTheRecommendation(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun o = run("sweep", sweep(dir, "50").toString(), "--out", out.toString(), "--threads", "2");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(out.resolve("results.csv")).exists();
    assertThat(out.resolve("pareto.png")).exists();
    assertThat(out.resolve("axes.png")).exists();
    assertThat(out.resolve("sweep.html")).exists();
    assertThat(o.out()).contains("Swept 9 points × 1 load × 2 seeds", "4 skipped",
        "Recommended (the configuration to apply): ", "Wrote ");
    // MinSize 20 is above MaxSize 10: reported, skipped, not crashed on.
    assertThat(o.err()).contains("skipped point", "MinSize 20 is above MaxSize 10").doesNotContain("Exception");
    assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(1 + 5);
  }

  @Test
  void oneAndFourThreadsWriteIdenticalResults(@TempDir Path dir) throws Exception {
    Path file = sweep(dir, "50");
    assertThat(run("sweep", file.toString(), "--out", dir.resolve("a").toString(), "--threads", "1").exit()).isZero();
    assertThat(run("sweep", file.toString(), "--out", dir.resolve("b").toString(), "--threads", "4").exit()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("b/results.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("a/results.csv")));
    assertThat(Files.readString(dir.resolve("b/sweep.html"))).isEqualTo(Files.readString(dir.resolve("a/sweep.html")));
  }

  @Test
  void noPointMeetingTheSloExitsOneAndSaysWhichComesClosest(@TempDir Path dir) throws Exception {
    CliRun o = run("sweep", sweep(dir, "-1").toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(o.out()).contains("No point meets the SLO on the load. Closest: ");
  }

  @Test
  void writeBestWritesTheRecommendedConfigAsAFileThatValidates(@TempDir Path dir) throws Exception {
    Path best = dir.resolve("best.yaml");
    CliRun o = run("sweep", sweep(dir, "50").toString(), "--out", dir.resolve("o").toString(), "--json",
        "--write-best", best.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(o.out());
    JsonNode chosen = json.at("/recommendation/chosen");
    assertThat(chosen.get("deployable").asBoolean()).isTrue();
    JsonNode values = null;
    for (JsonNode row : json.get("rows")) {
      if (row.get("point").asInt() == chosen.get("point").asInt()) {
        values = row.get("values");
      }
    }
    ScalingConfig written = ConfigReader.read(best);
    ScalingConfig base = ConfigReader.read(SEED);
    // The base config with the winning point's values, and the config's own (AWS) policies, never the static:2
    // plug-in's fixed fleet.
    assertThat(written.policies().get(0).targetTrackingConfiguration().targetValue())
        .isEqualTo(values.get("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue").asDouble());
    assertThat(written.simulation().instanceType()).isEqualTo(values.get("Simulation.InstanceType").asText());
    assertThat(written.autoScalingGroup().minSize()).isEqualTo(values.get("AutoScalingGroup.MinSize").asInt());
    assertThat(written.policies()).hasSameSizeAs(base.policies());
    assertThat(written.autoScalingGroup().maxSize()).isEqualTo(base.autoScalingGroup().maxSize());
    assertThat(Files.readString(best)).startsWith("# Written by 'asgsim sweep ");
    assertThat(o.err()).contains("wrote the recommended configuration");
    assertThat(run("validate", best.toString()).exit()).isZero();
  }

  @Test
  void writeBestMovesTheBaseConfigsRelativeTracePathToTheWrittenFilesDirectory(@TempDir Path dir) throws Exception {
    // The base config in cfg/ replays cfg/loads/week (1).csv; the sweep is in sweeps/, the file is written to out/.
    Path cfg = Files.createDirectories(dir.resolve("cfg/loads"));
    Files.copy(Path.of("../examples/loads/nab-ec2-cpu-ac20cd.csv"), cfg.resolve("week (1).csv"));
    Files.writeString(dir.resolve("cfg/base.yaml"), Files.readString(SEED)
        .replace("Spec: step(20, 90@10m, 20@40m)", "Spec: 'trace(\"loads/week (1).csv\") + noise(2)'")
        .replace("Duration: 90m", "Duration: 1d"));
    Path sweep = Files.createDirectories(dir.resolve("sweeps")).resolve("s.yaml");
    Files.writeString(sweep, """
        Base: ../cfg/base.yaml
        Variations:
          ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [40, 60]
        Loads:
          - {Name: spike, Spec: "step(20, 150@10m, 20@40m)", Duration: 2h}
        Slo: {UnservedPercent: 50}
        """);
    Path best = dir.resolve("out/best.yaml");
    Files.createDirectories(best.getParent());
    CliRun o = run("sweep", sweep.toString(), "--out", dir.resolve("o").toString(), "--write-best", best.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(ConfigReader.read(best).load().spec()).isEqualTo("trace(\"../cfg/loads/week (1).csv\") + noise(2)");
    // validate reads the Load's trace relative to the written file: it is found.
    CliRun validate = run("validate", best.toString());
    assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
  }

  @Test
  void writeBestWritesNothingAndExitsOneWhenNoPointMeetsTheSlo(@TempDir Path dir) throws Exception {
    Path best = dir.resolve("best.yaml");
    CliRun o = run("sweep", sweep(dir, "-1").toString(), "--out", dir.resolve("o").toString(),
        "--write-best", best.toString());
    assertThat(o.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(best).doesNotExist();
    assertThat(o.err()).contains("--write-best: no configuration AWS can run meets the SLO; nothing was written to");
  }

  @Test
  void jsonIsForMachines(@TempDir Path dir) throws Exception {
    CliRun o = run("sweep", sweep(dir, "50").toString(), "--out", dir.resolve("j").toString(), "--json");
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(o.out());
    assertThat(json.at("/recommendation/found").asBoolean()).isTrue();
    assertThat(json.get("rows")).hasSize(5);
    assertThat(json.get("findings")).hasSize(4);
  }

  @Test
  void aMalformedSweepFileExitsTwoWithFileAndLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "Base: " + SEED + "\nLoads: [const(10)]\nSeeds: many\n");
    CliRun o = run("sweep", bad.toString(), "--out", dir.resolve("x").toString());
    assertThat(o.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(o.err()).startsWith("asgsim: " + bad + ":3:").doesNotContain("Exception", "\tat ");
    assertThat(dir.resolve("x")).doesNotExist();
  }

  @Test
  void badInputsExitTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, "Base: " + SEED + "\nPolicies: [aws, com.example.Nope]\nLoads: [const(10)]\n");
    CliRun o = run("sweep", file.toString(), "--out", dir.resolve("x").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains(":2:", "com.example.Nope is not on the class path");

    Files.writeString(file, "Base: " + SEED + "\nLoads: ['step(20, 90@10x)']\n");
    o = run("sweep", file.toString(), "--out", dir.resolve("x").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("load step(20, 90@10x)").doesNotContain("Exception");

    o = run("sweep", dir.resolve("none.yaml").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("none.yaml: no such file");
  }

  @Test
  void helpIsCleanAndUsageErrorsExitTwo(@TempDir Path dir) throws Exception {
    CliRun help = run("sweep", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("SloStatistic", "Exit codes");
    assertThat(help.err()).isEmpty();
    CliRun threads = run("sweep", sweep(dir, "50").toString(), "--threads", "0");
    assertThat(threads.exit()).isEqualTo(2);
    assertThat(threads.err()).contains("--threads must be at least 1");
    Path file = Files.writeString(dir.resolve("plain-file"), "x");
    CliRun out = run("sweep", sweep(dir, "50").toString(), "--out", file.toString());
    assertThat(out.exit()).isEqualTo(2);
    assertThat(out.err()).startsWith("asgsim: --out " + file + ": cannot create the directory (a file of that "
        + "name is in the way)").doesNotContain("Exception");
  }

  @Test
  void aUsersPolicyClassIsLoadedFromPolicyPath(@TempDir Path dir) throws Exception {
    // A class that exists only in dir/classes, compiled here, as a user's jar would hold it.
    Path src = dir.resolve("src/com/example/FourPolicy.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, """
        package com.example;
        public final class FourPolicy implements dev.asgsim.core.policy.PluginPolicy {
          @Override public String name() { return "four"; }
          @Override public int propose(long now, dev.asgsim.core.policy.GroupView g,
              dev.asgsim.core.policy.ControlPlaneView p) { return 4; }
        }
        """);
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    int rc = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
        "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), src.toString());
    assertThat(rc).isZero();
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "Base: " + SEED + "\nPolicies: [aws, com.example.FourPolicy]\n"
        + "Loads: [{Spec: const(30), Duration: 1h}]\nSlo: {UnservedPercent: 50}\n");
    CliRun without = run("sweep", file.toString(), "--out", dir.resolve("a").toString());
    assertThat(without.exit()).isEqualTo(2);
    assertThat(without.err()).contains("com.example.FourPolicy is not on the class path");
    CliRun with = run("sweep", file.toString(), "--out", dir.resolve("b").toString(), "--policy-path",
        classes.toString(), "--json");
    assertThat(with.exit()).as(with.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(with.out());
    assertThat(json.at("/rows/1/values/Policies").asText()).isEqualTo("com.example.FourPolicy");
    assertThat(json.at("/rows/1/scores/MeanServing/mean").asDouble()).isGreaterThan(3.0);
    assertThat(run("sweep", file.toString(), "--policy-path", dir.resolve("nope.jar").toString()).err())
        .contains("--policy-path", "nope.jar: no such file");
  }

  @Test
  @org.junit.jupiter.api.DisplayName("issue 19 item 13: a sweep whose Base config AWS would refuse exits 2, not 1")
  void anInvalidBaseExitsTwo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), Files.readString(SEED).replace("MaxSize: 10", "MaxSize: 0"));
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, "Base: bad.yaml\nLoads: [{Spec: const(30), Duration: 1h}]\n");
    CliRun r = run("sweep", file.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains(file + ":1:").contains("AWS would refuse this config").contains("MaxSize 0");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  @org.junit.jupiter.api.DisplayName("issue 19 item 2: a long sweep prints its size and a time estimate first")
  void aLongSweepPrintsAnEstimate() {
    // 10 000 thirty-day simulations = 432 M simulated minutes at 3 M/s on 2 of 2 cores: 72 s.
    assertThat(SweepCommand.estimate(10_000, 432_000_000L, 2, 2)).isEqualTo("asgsim: 10,000 simulations,"
        + " 432,000,000 simulated minutes in all: about 1:12 on 2 threads (Ctrl-C stops early and keeps the finished rows)");
    // More threads than cores do not make it faster; a short sweep says nothing.
    assertThat(SweepCommand.estimate(10_000, 432_000_000L, 8, 2)).contains("about 1:12 on 8 threads");
    assertThat(SweepCommand.estimate(45, 1_000_000L, 2, 2)).isNull();
  }

  @Test
  void theProgressLineShowsPointsRateAndEta() {
    assertThat(SweepCommand.Progress.line(50, 100, 10, 5)).isEqualTo(
        "[###############...............] 10/20 points  1.0 points/s  ETA 0:10");
    assertThat(SweepCommand.Progress.clock(3725)).isEqualTo("1:02:05");
  }
}
