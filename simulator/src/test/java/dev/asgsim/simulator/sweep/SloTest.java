package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.file.SweepReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class SloTest {
  private static PointResult row(double... unserved) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : unserved) {
      s.addValue(v);
    }
    return new PointResult(new Point(1, List.of()), 0, LoadCase.of("const(1)"), Map.of(Score.UNSERVED_PERCENT, Estimate.of(s)));
  }

  @Test
  void onTheMeanAPointThatIsRightOnAverageMeetsIt() {
    // mean 0.08, s = 0.02, t(0.975, 2) = 4.302653: upper bound 0.08 + 4.302653 * 0.02 / sqrt(3) = 0.1297.
    PointResult r = row(0.06, 0.08, 0.10);
    assertThat(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)).meets(r)).isTrue();
    Slo sure = new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1), Slo.Statistic.CI95_HIGH);
    assertThat(sure.meets(r)).isFalse();
    assertThat(sure.violation(r)).isCloseTo((0.129683 - 0.1) / 0.1, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(sure.meets(row(0.01, 0.02, 0.03))).isTrue();
    // One seed has no interval: the mean decides.
    assertThat(sure.meets(row(0.09))).isTrue();
  }

  @Test
  void aZeroBoundCountsTheExcessItself() {
    assertThat(new Slo(Map.of(Score.UNSERVED_PERCENT, 0.0)).violation(row(0.5, 0.5))).isEqualTo(0.5);
  }

  @Test
  void theSweepFileChoosesTheStatistic() throws Exception {
    String yaml = "Base: fastcampus-nginx.yaml\nLoads: [const(1)]\nSlo: {UnservedPercent: 0.1}\nSloStatistic: Ci95High\n";
    SweepReader reader = new SweepReader(n -> {});
    assertThat(reader.parse(yaml, "s.yaml", ConfigFormat.YAML, Fixtures.EXAMPLES.toAbsolutePath()).slo().statistic())
        .isEqualTo(Slo.Statistic.CI95_HIGH);
    assertThatThrownBy(() -> reader.parse(yaml.replace("Ci95High", "P99"), "s.yaml", ConfigFormat.YAML,
        Fixtures.EXAMPLES.toAbsolutePath())).hasMessageStartingWith("s.yaml:4: ").hasMessageContaining("Mean or Ci95High");
  }
}
