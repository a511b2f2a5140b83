package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.report.ParetoChart;
import dev.asgsim.simulator.sweep.report.RecommendationText;
import dev.asgsim.simulator.sweep.report.SweepReport;
import dev.asgsim.simulator.sweep.report.SweepJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputsTest {
  private static final String TARGET = "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue";

  private static SweepResult run(Slo slo) {
    SweepDefinition def = new SweepDefinition(Fixtures.seed(),
        List.of(Axis.member(TARGET, Fixtures.ints(30, 40, 60)), Axis.member("AutoScalingGroup.MinSize", Fixtures.ints(1, 20))),
        Sampling.GRID, List.of(new LoadCase("day", "const(50)", null), new LoadCase("peak", "const(90)", null)),
        2, 5, slo, Score.COST, Path.of("."), List.of());
    return new Sweep(def, new FakeRunner(false)).run(2, SweepListener.NONE);
  }

  @Test
  void theChartIsAPng() {
    SweepResult result = run(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    byte[] png = ParetoChart.png(Recommender.recommend(result), result.definition());
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(png.length).isGreaterThan(5_000);
  }

  @Test
  void theReportIsSelfContainedAndSaysWhatToUse() {
    SweepResult result = run(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    String html = SweepReport.of(result).html();
    assertThat(html).contains("Recommended (the configuration to apply): TargetValue=40, MinSize=1", "data:image/png;base64,",
        "MinSize 20 is above MaxSize 10").doesNotContain("src=\"http", "href=\"http", "<script src", "<link");
  }

  @Test
  void theReportMarksExactlyTheFrontsPoints() {
    SweepResult result = run(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    Recommendation r = Recommender.recommend(result);
    String html = SweepReport.of(result).html();
    assertThat(r.front()).isNotEmpty().hasSizeLessThan(r.summaries().size());
    assertThat(r.frontIndexes().stream().boxed().toList()).containsExactlyInAnyOrderElementsOf(r.front());
    // The table's Pareto column, and the interactive chart's data.
    assertThat(html.split("●", -1)).hasSize(r.front().size() + 1);
    assertThat(html.split("\"front\":true", -1)).hasSize(r.front().size() + 1);
  }

  @Test
  void theJsonHasRowsEstimatesAndTheRecommendation() throws Exception {
    SweepResult result = run(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    JsonNode json = new ObjectMapper().readTree(SweepJson.json(result, Recommender.recommend(result)));
    assertThat(json.get("complete").asBoolean()).isTrue();
    assertThat(json.at("/recommendation/found").asBoolean()).isTrue();
    assertThat(json.at("/recommendation/chosen/label").asText()).isEqualTo("TargetValue=40, MinSize=1");
    assertThat(json.get("rows")).hasSize(8); // base + 3 valid points, 2 loads each
    assertThat(json.at("/rows/0/scores/Cost/n").asInt()).isEqualTo(2);
    assertThat(json.at("/rows/0/scores/Cost/ci95High").isNumber()).isTrue();
    assertThat(json.get("findings")).hasSize(3);
  }

  @Test
  void theTextSaysWhenNothingMeetsTheSloAndWhatComesClosest() {
    SweepResult result = run(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.0001)));
    Recommendation r = Recommender.recommend(result);
    assertThat(RecommendationText.describe(r, result.definition()))
        .startsWith("No point meets the SLO on both loads. Closest: TargetValue=");
    String table = RecommendationText.table(r, result.definition(), 12);
    assertThat(table).contains("base", "Cost", "UnservedPercent", "missed").doesNotContain("met ");
  }

  @Test
  void savingsAreStatedAgainstTheBase() {
    // With a loose SLO every point meets it: the cheapest is T=60 (cost 1000/T falls), cheaper than the base T=50.
    SweepResult result = run(new Slo(Map.of(Score.UNSERVED_PERCENT, 100.0)));
    Recommendation r = Recommender.recommend(result);
    assertThat(r.chosen().label()).isEqualTo("TargetValue=60, MinSize=1");
    assertThat(r.saving()).isPositive();
    assertThat(RecommendationText.describe(r, result.definition())).contains("It saves", "against the base config");
  }
}
