package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.report.RecommendationText;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import dev.asgsim.simulator.sweep.report.SweepJson;
import dev.asgsim.simulator.sweep.report.SweepReport;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 5: a point that misses the SLO says which bound and by how much, wherever it is shown; a bench
 * plug-in is never the configuration to apply.
 */
class SweepExplanationTest {
  private static final String TARGET = "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Cost falls and unserved demand rises with the target; minutes above the CPU threshold stay low. */
  private static final PointRunner BY_TARGET = request -> {
    double target = request.config().policies().get(0).targetTrackingConfiguration().targetValue();
    return scores(1000 / target, Math.max(0, target - 45) * 0.02, 5);
  };

  /** A policy bench: the cost and unserved demand of each policy, whatever the config. */
  private static PointRunner byPolicy(Map<String, double[]> costAndUnserved) {
    return request -> {
      double[] v = costAndUnserved.get(request.policy());
      return scores(v[0], v[1], 5);
    };
  }

  private static Scores scores(double cost, double unserved, double minutesAbove) {
    Map<Score, Double> s = new EnumMap<>(Score.class);
    s.put(Score.COST, cost);
    s.put(Score.UNSERVED_PERCENT, unserved);
    s.put(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY, minutesAbove);
    return new Scores(s);
  }

  /** The first SLO metric is the CPU one, so before this change a miss under the unserved bound read "missed" only. */
  private static Slo cpuFirst() {
    Map<Score, Double> bounds = new LinkedHashMap<>();
    bounds.put(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY, 10.0);
    bounds.put(Score.UNSERVED_PERCENT, 0.1);
    return new Slo(bounds);
  }

  private static SweepResult run(List<Axis> axes, PointRunner runner) {
    SweepDefinition def = new SweepDefinition(Fixtures.seed(), axes, Sampling.GRID,
        List.of(new LoadCase("day", "const(50)", null)), 1, 7, cpuFirst(), Score.COST, Path.of("."), List.of());
    return new Sweep(def, runner).run(1, SweepListener.NONE);
  }

  private static Recommendation.Summary point(Recommendation r, String label) {
    return r.summaries().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void aMissUnderTheSecondBoundIsNamedWithItsExcessEverywhere() throws Exception {
    SweepResult result = run(List.of(Axis.member(TARGET, Fixtures.ints(40, 60))), BY_TARGET);
    Recommendation r = Recommender.recommend(result);
    Recommendation.Summary sixty = point(r, "TargetValue=60");
    assertThat(sixty.meetsSlo()).isFalse();
    assertThat(sixty.misses()).hasSize(1);
    SloMiss miss = sixty.misses().get(0);
    assertThat(miss.score()).isEqualTo(Score.UNSERVED_PERCENT);
    assertThat(miss.value()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(miss.bound()).isEqualTo(0.1);
    assertThat(miss.load()).isEqualTo("day");
    assertThat(sixty.sloValues()).containsOnlyKeys(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY, Score.UNSERVED_PERCENT);
    String why = "UnservedPercent 0.3 > 0.1 (+0.2)"; // 15 × 0.02 is 0.30000000000000004 in doubles: no float noise

    StringWriter csv = new StringWriter();
    try (ResultsCsvWriter w = new ResultsCsvWriter(csv, result.definition())) {
      result.rows().forEach(w::onRow);
    }
    assertThat(csv.toString().lines().filter(l -> l.startsWith("2,")).findFirst().orElseThrow())
        .startsWith("2,60,day,1,false," + why + ",");
    assertThat(csv.toString().lines().filter(l -> l.startsWith("1,")).findFirst().orElseThrow())
        .startsWith("1,40,day,1,true,,");

    assertThat(RecommendationText.table(r, result.definition(), 12)).contains("missed: " + why)
        .contains("MinutesCpuAboveThresholdPerDay");
    assertThat(SweepReport.of(result).html()).contains("missed: " + why.replace(">", "&gt;"))
        .contains("<td class=\"miss\">0.3</td>");

    JsonNode json = JSON.readTree(SweepJson.json(result, r));
    JsonNode row = json.get("rows").get(2);
    assertThat(row.at("/sloMisses/0/metric").asText()).isEqualTo("UnservedPercent");
    assertThat(row.at("/sloMisses/0/excess").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(row.at("/sloMisses/0/bound").decimalValue()).isEqualByComparingTo("0.1");
    assertThat(json.at("/recommendation/chosen/sloMisses")).isEmpty();
  }

  @Test
  void aCheaperBenchPlugInIsReportedButNeverTheConfigurationToApply() {
    JsonNode step = JSON.createObjectNode().put("Name", "step").set("ScalingPolicies", JSON.createArrayNode());
    SweepResult result = run(List.of(Axis.policies(List.of(Fixtures.texts("aws", "hpa").get(0),
        Fixtures.texts("aws", "hpa").get(1), step))), byPolicy(Map.of(
            "aws", new double[] {10, 0.05}, "hpa", new double[] {5, 0.01}, "step", new double[] {8, 0.02})));
    Recommendation r = Recommender.recommend(result);
    assertThat(r.chosen().label()).isEqualTo("Policies=step");
    assertThat(r.chosen().deployable()).isTrue();
    assertThat(r.benchBest().label()).isEqualTo("Policies=hpa");
    assertThat(r.benchBest().deployable()).isFalse();
    String text = RecommendationText.describe(r, result.definition());
    assertThat(text).startsWith("Recommended (the configuration to apply): Policies=step")
        .contains("The bench policy Policies=hpa meets the SLO for less (Cost $5)", "AWS Auto Scaling cannot run");
    assertThat(RecommendationText.table(r, result.definition(), 12)).contains("b Policies=hpa");
  }

  @Test
  void whenOnlyPlugInsMeetTheSloNothingIsRecommendedAndTheClosestAwsPointSaysWhy() {
    SweepResult result = run(List.of(Axis.policies(Fixtures.texts("aws", "oracle"))), byPolicy(Map.of(
        "aws", new double[] {10, 0.5}, "oracle", new double[] {5, 0.01})));
    Recommendation r = Recommender.recommend(result);
    assertThat(r.found()).isFalse();
    assertThat(r.benchBest().label()).isEqualTo("Policies=oracle");
    assertThat(r.closest().deployable()).isTrue();
    assertThat(RecommendationText.describe(r, result.definition()))
        .startsWith("No configuration AWS can run meets the SLO on the load. Only bench policies do (Policies=oracle")
        .contains("Closest: base (Cost $10), which misses UnservedPercent 0.5 > 0.1 (+0.4).")
        .doesNotContain("configuration to apply");
  }

  @Test
  void theBestConfigIsTheBaseWithThePointsValuesAndNeverAPlugIn() throws Exception {
    SweepDefinition def = new SweepDefinition(Fixtures.seed(), List.of(Axis.member(TARGET, Fixtures.ints(40, 60)),
        Axis.policies(Fixtures.texts("aws", "hpa"))), Sampling.GRID, List.of(new LoadCase("day", "const(50)", null)),
        1, 7, cpuFirst(), Score.COST, Path.of("."), List.of());
    Point forty = def.points().stream().filter(p -> p.label(def.axes()).equals("TargetValue=40, Policies=aws"))
        .findFirst().orElseThrow();
    ScalingConfig best = BestConfig.of(def, forty);
    assertThat(best.policies().get(0).targetTrackingConfiguration().targetValue()).isEqualTo(40.0);
    assertThat(best.autoScalingGroup()).isEqualTo(def.base().autoScalingGroup());
    Point hpa = def.points().stream().filter(p -> !p.deployable(def.axes())).findFirst().orElseThrow();
    assertThatThrownBy(() -> BestConfig.of(def, hpa)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AWS Auto Scaling cannot run");
  }
}
