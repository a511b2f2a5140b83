package dev.asgsim.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.io.ConfigException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GivenForecastTest {
  private static final long T = Instant.parse("2021-05-19T17:00:00Z").getEpochSecond();

  @Test
  @DisplayName("§5.2 reads GetPredictiveScalingForecast's JSON (AWS's documented example: target 40, loads 153, 129, "
      + "… ⇒ capacities 2, 2, …)")
  void awsJson() throws ConfigException {
    String json = """
        {"LoadForecast": [{"Timestamps": ["2021-05-19T17:00:00+00:00", "2021-05-19T18:00:00+00:00"],
          "Values": [153.0, 128.96], "MetricSpecification": {"TargetValue": 40.0}}],
         "CapacityForecast": {"Timestamps": ["2021-05-19T17:00:00+00:00", "2021-05-19T18:00:00+00:00"],
          "Values": [2.0, 2.0]},
         "UpdateTime": "2021-05-19T01:52:00+00:00"}
        """;
    GivenForecast g = GivenForecast.json("f.json", json);
    double[] out = new double[3];
    assertThat(g.forecastLoad(new double[0], 0, T, out)).isTrue();
    assertThat(out).containsExactly(153.0, 128.96, Double.NaN);
    assertThat(g.givenCapacity(T + 3600)).isEqualTo(2.0);
    assertThat(g.givenCapacity(T + 7200)).isNaN();
    assertThat(g.name()).isEqualTo("given: f.json (GetPredictiveScalingForecast JSON)");
  }

  @Test
  @DisplayName("reads a CSV timestamp,load[,capacity]; a bad row names file:line")
  void csv() throws ConfigException {
    GivenForecast g = GivenForecast.csv("f.csv", "timestamp,load,capacity\n2021-05-19T17:00:00Z,153,2\n"
        + "2021-05-19T18:00:00Z,129\n");
    double[] out = new double[2];
    g.forecastLoad(new double[0], 0, T, out);
    assertThat(out).containsExactly(153.0, 129.0);
    assertThat(g.givenCapacity(T)).isEqualTo(2);
    assertThat(g.givenCapacity(T + 3600)).isNaN();
    assertThatThrownBy(() -> GivenForecast.csv("f.csv", "timestamp,load\n2021-05-19T17:00:00Z,abc\n"))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).problems().get(0).format()).contains("f.csv:2"));
  }
}
