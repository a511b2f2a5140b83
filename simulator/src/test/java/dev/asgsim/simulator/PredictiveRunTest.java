package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.predictive.ForecastHour;
import dev.asgsim.simulator.predictive.PolicyForecast;
import dev.asgsim.simulator.report.SummaryJson;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Predictive scaling end to end on the example's daily load (aws-behaviour §5.2, issue 12). */
class PredictiveRunTest {
  private static final long DAY2_RISE = Instant.parse("2024-01-02T08:00:00Z").getEpochSecond();

  private static ScalingConfig example() throws Exception {
    return ConfigReader.read(Path.of("../examples/predictive-daily.yaml"));
  }

  private static SimulationResult run(ScalingConfig c) {
    return Simulation.builder(c).load(LoadSpec.parse(c.load().spec()).render(4 * 1440, 1)).seed(1).build().run();
  }

  private static ScalingConfig withMode(ScalingConfig c, String mode) {
    List<ScalingPolicy> ps = new ArrayList<>(c.policies());
    ScalingPolicy p = ps.get(1);
    PredictiveScalingConfiguration pc = p.predictiveScalingConfiguration();
    ps.set(1, p.toBuilder().predictiveScalingConfiguration(new PredictiveScalingConfiguration(
        pc.metricSpecifications(), mode, pc.schedulingBufferTime(), null, null)).build());
    return c.toBuilder().scalingPolicies(ps).build();
  }

  @Test
  @DisplayName("§5.2 ForecastAndScale launches before the daily rise: SchedulingBufferTime 600 ⇒ 07:50 for 08:00, "
      + "none on the first day (24 h of history needed)")
  void launchesBeforeTheRise() throws Exception {
    SimulationResult r = run(example());
    List<ScalingDecision> predictive = r.decisions().stream()
        .filter(d -> d.source() == DecisionSource.PREDICTIVE).toList();
    assertThat(predictive).isNotEmpty();
    assertThat(predictive.get(0).epochSecond()).isEqualTo(DAY2_RISE - 600 + 30); // evaluated at second 30 of 07:50
    assertThat(predictive).allSatisfy(d -> {
      assertThat(d.newDesired()).isGreaterThan(d.oldDesired()); // never a scale-in
      assertThat(d.epochSecond()).isGreaterThanOrEqualTo(r.startEpochSecond() + 86_400 - 600);
    });
    // the timeline shows the capacity in service before the rise
    Timeline t = r.timeline().orElseThrow();
    int minute = (int) ((DAY2_RISE - r.startEpochSecond()) / 60);
    assertThat(t.desired(minute - 1)).isGreaterThanOrEqualTo(4);
    assertThat(t.serving(minute - 1)).isGreaterThanOrEqualTo(4); // launched, InService and healthy before 08:00
  }

  /**
   * The quiet stretch calls each hour's start through a method handle (PredictiveStretch's class comment). Bound to
   * each run's stretch, the JDK customized it after 127 calls — a LambdaForm class spun, interpreted and compiled for
   * every run (issue 12: the inert predictive year's round-to-round spread). One handle for all runs: once the first
   * runs have loaded what every run needs (reflection's accessors are generated after 15 calls), further runs load
   * no class of their own. At most 2 in 8 runs: the JVM's other threads may load a class meanwhile.
   */
  @Test
  @DisplayName("issue 12: a predictive run spins no class of its own (the hour's start is one handle for every run)")
  void aRunLoadsNoClassOfItsOwn() throws Exception {
    ScalingConfig c = example();
    Simulation s = Simulation.builder(c).load(LoadSpec.parse(c.load().spec()).render(10 * 1440, 1)).seed(1)
        .recordTimeline(false).recordActivities(false).build(); // 240 hour starts a run: past the JDK's 127
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    for (int i = 0; i < 12; i++) {
      s.run();
    }
    long before = classes.getTotalLoadedClassCount();
    for (int i = 0; i < 8; i++) {
      s.run();
    }
    assertThat(classes.getTotalLoadedClassCount() - before).as("classes loaded by 8 more runs").isLessThanOrEqualTo(2);
  }

  @Test
  @DisplayName("§5.2 ForecastOnly: never scales, evaluates the forecast hour by hour (MAPE/WAPE) and reports what "
      + "ForecastAndScale would have changed on the same load and seed")
  void forecastOnlyEvaluation() throws Exception {
    SimulationResult r = run(withMode(example(), "ForecastOnly"));
    assertThat(r.decisions()).noneMatch(d -> d.source() == DecisionSource.PREDICTIVE);
    assertThat(r.decisions()).isNotEmpty();
    PolicyForecast f = r.forecasts().get(0);
    assertThat(f.mode()).isEqualTo("ForecastOnly");
    assertThat(f.forecaster()).isEqualTo("seasonal-mean");
    assertThat(f.hours()).hasSize(96);
    assertThat(f.hours().subList(0, 24)).noneMatch(ForecastHour::hasForecast);
    assertThat(f.load().hours()).isBetween(70, 72);
    assertThat(f.load().wapePercent()).isBetween(0.0, 20.0);
    var variant = r.forecastAndScale().orElseThrow();
    // scaling ahead of the rise leaves less demand unserved than reacting to it
    assertThat(variant.unservedPercent()).isLessThan(r.scores().unservedPercent());
    String json = SummaryJson.render(r);
    assertThat(json).contains("\"predictive\"", "\"ifForecastAndScale\"", "\"wapePercent\"",
        "\"forecastSource\" : \"seasonal-mean\"");
    String html = dev.asgsim.simulator.report.HtmlReport.render(r, new byte[0], List.of());
    assertThat(html).contains("<h2>Predictive scaling</h2>", "What ForecastAndScale would have changed",
        "data:image/png;base64,");
  }

  @Test
  @DisplayName("same inputs, same outputs: the predictive block is deterministic")
  void deterministic() throws Exception {
    ScalingConfig c = withMode(example(), "ForecastOnly");
    assertThat(SummaryJson.render(run(c))).isEqualTo(SummaryJson.render(run(c)));
  }
}
