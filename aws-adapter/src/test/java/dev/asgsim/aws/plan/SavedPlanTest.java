package dev.asgsim.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.aws.live.LiveState;
import dev.asgsim.aws.mapping.Fixtures;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.io.ConfigWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18 item 4: a saved plan round-trips, and matches a fresh plan only while the live group is unchanged. */
class SavedPlanTest {
  private static final AwsTarget TARGET = new AwsTarget("111122223333", "us-east-1");
  private static final AutoScalingGroup LIVE = Fixtures.fullGroup();

  private static LiveState live(AutoScalingGroup g, List<ScalingPolicy> policies) {
    return new LiveState(g, policies, Map.of(), Map.of(), List.of(), List.of("t3.micro"));
  }

  private static ConfigDocument wanted() throws Exception {
    ScalingConfig c = ScalingConfig.builder()
        .autoScalingGroup(LIVE.toBuilder().maxSize(LIVE.maxSize() + 2).build())
        .scalingPolicies(List.of(Fixtures.simple()))
        .build();
    return ConfigReader.parse(ConfigWriter.toString(c, ConfigFormat.YAML), "mine.yaml", ConfigFormat.YAML);
  }

  @Test
  @DisplayName("written and read back, a saved plan matches the same plan of the same live state")
  void roundTrip() throws Exception {
    ConfigDocument doc = wanted();
    Plan plan = Planner.plan(doc.config(), live(LIVE, List.of()), PlanOptions.DEFAULTS);
    assertThat(plan.changes()).isNotEmpty();
    String text = SavedPlan.of(TARGET, "mine.yaml", PlanOptions.DEFAULTS, doc, plan).toJson();
    assertThat(SavedPlan.isSavedPlan(text)).isTrue();
    assertThat(SavedPlan.isSavedPlan(ConfigWriter.toString(doc.config(), ConfigFormat.JSON))).isFalse();
    SavedPlan read = SavedPlan.parse(text, "mine.plan");
    assertThat(read.target()).isEqualTo(TARGET);
    assertThat(read.config().config()).isEqualTo(doc.config());
    Plan again = Planner.plan(read.config().config(), live(LIVE, List.of()), read.options());
    assertThat(read.matches(again)).isTrue();
  }

  @Test
  @DisplayName("a changed live group (MaxSize, a new policy) no longer matches; the autoscaler's DesiredCapacity "
      + "and the running instances do not count")
  void staleness() throws Exception {
    ConfigDocument doc = wanted();
    SavedPlan saved = SavedPlan.parse(SavedPlan.of(TARGET, "mine.yaml", PlanOptions.DEFAULTS, doc,
        Planner.plan(doc.config(), live(LIVE, List.of()), PlanOptions.DEFAULTS)).toJson(), "mine.plan");
    LiveState resized = live(LIVE.toBuilder().maxSize(LIVE.maxSize() + 1).build(), List.of());
    assertThat(saved.matches(Planner.plan(doc.config(), resized, PlanOptions.DEFAULTS))).isFalse();
    LiveState extraPolicy = live(LIVE, List.of(Fixtures.step()));
    assertThat(saved.matches(Planner.plan(doc.config(), extraPolicy, PlanOptions.DEFAULTS))).isFalse();
    LiveState scaled = new LiveState(LIVE.toBuilder().desiredCapacity(LIVE.maxSize()).build(), List.of(), Map.of(),
        Map.of(), List.of(), List.of("c6i.large"));
    assertThat(saved.matches(Planner.plan(doc.config(), scaled, PlanOptions.DEFAULTS))).isTrue();
  }

  @Test
  @DisplayName("a file that is not a saved plan, or of another format version, is refused with what to do")
  void refusals() {
    assertThatThrownBy(() -> SavedPlan.parse("{\"AutoScalingGroup\": {}}", "x.json"))
        .hasMessageContaining("x.json: not a saved plan").hasMessageContaining("asgsim plan CONFIG -o x.json");
    assertThatThrownBy(() -> SavedPlan.parse("{\"AsgsimSavedPlan\": 99}", "x.plan"))
        .hasMessageContaining("format 99").hasMessageContaining("plan again");
    assertThatThrownBy(() -> SavedPlan.parse("{nope", "x.plan")).hasMessageContaining("not JSON");
  }
}
