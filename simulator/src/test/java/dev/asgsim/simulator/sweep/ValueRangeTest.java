package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.sweep.file.SweepReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ValueRangeTest {
  private static JsonNode json(String s) throws Exception {
    return new ObjectMapper().readTree(s);
  }

  @Test
  void aWholeRangeGivesIntegersBothEndsIncluded() throws Exception {
    assertThat(ValueRange.values("w", json("{\"From\": 0, \"To\": 300, \"Step\": 60}")))
        .extracting(JsonNode::toString).containsExactly("0", "60", "120", "180", "240", "300");
    assertThat(ValueRange.values("w", json("{\"From\": 0, \"To\": 310, \"Step\": 60}"))).hasSize(6);
  }

  @Test
  void aDecimalRangeHasNoFloatDrift() throws Exception {
    // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in doubles; the range says 0.3.
    assertThat(ValueRange.values("t", json("{\"From\": 0.1, \"To\": 0.5, \"Step\": 0.1}")))
        .extracting(JsonNode::asDouble).containsExactly(0.1, 0.2, 0.3, 0.4, 0.5);
  }

  @Test
  void listsPassThroughAndMistakesAreExplained() throws Exception {
    assertThat(ValueRange.values("x", json("[1, \"a\", 2.5]"))).hasSize(3);
    assertThatThrownBy(() -> ValueRange.values("x", json("[]"))).hasMessageContaining("no values");
    assertThatThrownBy(() -> ValueRange.values("x", json("5"))).hasMessageContaining("[5]");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 1, \"To\": 5}"))).hasMessageContaining("Step");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 5, \"To\": 1, \"Step\": 1}")))
        .hasMessageContaining("below From");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 0, \"To\": 1e9, \"Step\": 1}")))
        .hasMessageContaining("raise Step");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 0, \"To\": 1, \"Stp\": 1}")))
        .hasMessageContaining("unknown member 'Stp'");
  }

  @Test
  void aSweepFileTakesARange() throws Exception {
    String yaml = """
        Base: fastcampus-nginx.yaml
        Variations:
          ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: {From: 20, To: 80, Step: 5}
          ScalingPolicies[0].EstimatedInstanceWarmup: {From: 0, To: 600, Step: 60}
        Loads: [const(1)]
        """;
    SweepReader reader = new SweepReader(n -> {});
    SweepDefinition def = reader.parse(yaml, "r.yaml", ConfigFormat.YAML, Fixtures.EXAMPLES.toAbsolutePath());
    assertThat(def.axes()).extracting(a -> a.values().size()).containsExactly(13, 11);
    assertThatThrownBy(() -> reader.parse(yaml.replace(", Step: 60", ""), "r.yaml", ConfigFormat.YAML,
        Fixtures.EXAMPLES.toAbsolutePath())).hasMessageStartingWith("r.yaml:4: ").hasMessageContaining("Step");
  }

  @Test
  @DisplayName("issue 19 item 5: ranges beyond 2^31 or 1e300 are refused when read, not an ArithmeticException later")
  void hugeRangesAreRefusedWithTheirPath() throws Exception {
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 0, \"To\": 4294967296, \"Step\": 1073741824}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("x: ")
        .hasMessageContaining("beyond 2147483647");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 0, \"To\": 1e300, \"Step\": 1e299}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond 2147483647");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 0.5, \"To\": 1e300, \"Step\": 1e-300}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("raise Step");
    assertThatThrownBy(() -> ValueRange.values("x", json("{\"From\": 0.5, \"To\": 1e400, \"Step\": 1e399}")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the largest number");
    // The largest whole range still works, up to its last value.
    assertThat(ValueRange.values("x", json("{\"From\": 2147483640, \"To\": 2147483647, \"Step\": 7}")))
        .extracting(JsonNode::intValue).containsExactly(2147483640, 2147483647);
  }
}
