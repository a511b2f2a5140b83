package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run that streams its records to disk (keeping none) writes the same bytes as a run that keeps them and renders
 * them at the end: every example, basic and detailed monitoring, a long publication delay (rows then wait longest for
 * their datapoint), warm pools and lifecycle hooks (Cancelled launches among them), and a run shorter than the
 * streaming window.
 */
class StreamingOutputsTest {
  static Stream<Arguments> cases() throws Exception {
    Stream.Builder<Arguments> cases = Stream.builder();
    try (var files = Files.list(Path.of("../examples"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        cases.add(Arguments.of(p.getFileName().toString(), ConfigReader.read(p),
            "sine(150, 120, 24h, 14h) + noise(15)", 3 * 1440));
      }
    }
    ScalingConfig seed = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    for (boolean detailed : new boolean[] {false, true}) {
      for (int delay : new int[] {0, 150, 900}) {
        SimulationSettings s = seed.effectiveSimulation().toBuilder().detailedMonitoring(detailed)
            .metricPublishDelaySeconds(delay).build();
        cases.add(Arguments.of("seed detailed=" + detailed + " delay=" + delay,
            seed.toBuilder().simulation(s).build(), "const(40) + spikes(300, 20m, 6h) + noise(10)", 2 * 1440));
      }
    }
    // Warm pools and lifecycle hooks (aws-behaviour §6.5, §7.6): the conditional hook_wait / warm_pool columns, launches
    // from the pool, instances returned to it on scale-in, a terminating hook, and launches that end Cancelled when
    // their hook times out with ABANDON (a launch is not final until its hook ends).
    ScalingConfig pool = ConfigReader.read(Path.of("../examples/warm-pool-slow-start.yaml"));
    var launching = pool.autoScalingGroup().lifecycleHookSpecificationList().get(0);
    var terminating = new LifecycleHookSpecification("drain", LifecycleHookSpecification.TERMINATING, 120, "CONTINUE",
        null, null, null);
    cases.add(Arguments.of("warm pool, reuse on scale-in, terminating hook", pool.toBuilder().autoScalingGroup(
        pool.autoScalingGroup().toBuilder().warmPoolConfiguration(new WarmPoolConfiguration(1, 5, "Stopped",
            new WarmPoolConfiguration.InstanceReusePolicy(true)))
            .lifecycleHookSpecificationList(List.of(launching, terminating)).build()).build(),
        "sine(150, 120, 6h) + noise(15)", 2 * 1440));
    cases.add(Arguments.of("warm pool without hooks", pool.toBuilder().autoScalingGroup(
        pool.autoScalingGroup().toBuilder().lifecycleHookSpecificationList(List.of()).build())
        .simulation(pool.effectiveSimulation().toBuilder().lifecycleHooks(Map.of()).build()).build(),
        "sine(150, 120, 6h) + noise(15)", 1440));
    cases.add(Arguments.of("launch hook abandoned: Cancelled launches", pool.toBuilder().autoScalingGroup(
        pool.autoScalingGroup().toBuilder().warmPoolConfiguration(null).lifecycleHookSpecificationList(List.of(
            new LifecycleHookSpecification("app-install", LifecycleHookSpecification.LAUNCHING, 60, "ABANDON", null,
                null, null))).build())
        .simulation(pool.effectiveSimulation().toBuilder().lifecycleHooks(Map.of()).build()).build(),
        "step(20, 90@10m, 20@40m)", 180));
    // A one-hour alarm period on Maximum (aws-behaviour §8.2): the longest a row waits for its datapoint.
    Path hourly = Files.createTempFile("hourly-alarm", ".yaml");
    String step = Files.readString(Path.of("../examples/step-scaling.yaml"));
    String hourlyText = step.replace("      Statistic: Average\n      Period: 60\n      EvaluationPeriods: 10",
            "      Statistic: Maximum\n      Period: 3600\n      EvaluationPeriods: 2");
    assertThat(hourlyText).as("step-scaling.yaml's low alarm").isNotEqualTo(step);
    Files.writeString(hourly, hourlyText);
    ScalingConfig hourlyAlarm = ConfigReader.read(hourly);
    Files.delete(hourly);
    cases.add(Arguments.of("one-hour alarm period", hourlyAlarm, "sine(150, 120, 24h) + noise(15)", 2 * 1440));
    cases.add(Arguments.of("3 minutes", seed, "const(80)", 3));
    return cases.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void streamedFilesEqualRenderedFiles(String name, ScalingConfig config, String load, int minutes,
      @TempDir Path dir) throws Exception {
    Simulation.Builder b = Simulation.builder(config).load(LoadSpec.parse(load).render(minutes, 3)).seed(3);
    Map<String, byte[]> kept = OutputFiles.render(b.build().run(), List.of("WARNING x"));
    SimulationResult streamedResult;
    try (OutputFiles.Streaming out = OutputFiles.open(dir, minutes, Simulation.DEFAULT_START.getEpochSecond())) {
      streamedResult = b.recordTimeline(false).recordActivities(false).sink(out).build().run();
      out.finish(streamedResult, List.of("WARNING x"));
    }
    assertThat(streamedResult.timeline()).isEmpty();
    assertThat(streamedResult.activities()).isEmpty();
    for (Map.Entry<String, byte[]> e : kept.entrySet()) {
      assertThat(Files.readAllBytes(dir.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    try (var files = Files.list(dir)) {
      assertThat(files.count()).as("no temporary file left").isEqualTo(kept.size());
    }
  }

  @org.junit.jupiter.api.Test
  void theHookAndPoolCasesCoverWhatTheyClaim() throws Exception {
    Map<String, String> activities = new java.util.HashMap<>();
    Map<String, String> timelines = new java.util.HashMap<>();
    for (Arguments a : cases().toList()) {
      Object[] x = a.get();
      if (((String) x[0]).matches(".*(warm.pool|hook).*")) {
        Map<String, byte[]> files = OutputFiles.render(Simulation.builder((ScalingConfig) x[1])
            .load(LoadSpec.parse((String) x[2]).render((Integer) x[3], 3)).seed(3).build().run(), List.of());
        activities.put((String) x[0], new String(files.get("activities.json"), java.nio.charset.StandardCharsets.UTF_8));
        timelines.put((String) x[0], new String(files.get("timeline.csv"), java.nio.charset.StandardCharsets.UTF_8)
            .lines().findFirst().orElseThrow());
      }
    }
    assertThat(activities.get("launch hook abandoned: Cancelled launches")).contains("\"Cancelled\"");
    assertThat(timelines.get("launch hook abandoned: Cancelled launches")).endsWith(",hook_wait");
    assertThat(activities.get("warm pool, reuse on scale-in, terminating hook"))
        .contains("Launching a new EC2 instance from warm pool");
    assertThat(timelines.get("warm pool, reuse on scale-in, terminating hook")).endsWith(",hook_wait,warm_pool");
    assertThat(timelines.get("warm pool without hooks")).endsWith(",proposed_1,warm_pool");
    assertThat(timelines.get("warm-pool-slow-start.yaml")).endsWith(",hook_wait,warm_pool");
  }
}
