package dev.asgsim.simulator.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {
  @Test
  void everyMinuteIsInExactlyOneColumnAndColumnsCoverTheRun() {
    for (int minutes : new int[] {1, 7, 90, 1250, 1251, 20_185, 525_600}) {
      Columns cols = Columns.of(minutes, 0, 1250);
      assertThat(cols.count()).isEqualTo(Math.min(minutes, 1250));
      assertThat(cols.aggregated()).isEqualTo(minutes > 1250);
      assertThat(cols.first(0)).isZero();
      assertThat(cols.first(cols.count())).isEqualTo(minutes);
      for (int c = 0; c < cols.count(); c++) {
        assertThat(cols.first(c + 1)).as("column %d of %d minutes is not empty", c, minutes)
            .isGreaterThan(cols.first(c));
        assertThat(cols.columnOf(cols.first(c))).isEqualTo(c);
        assertThat(cols.columnOf(cols.first(c + 1) - 1)).isEqualTo(c);
      }
    }
  }

  @Test
  void bandsAreMinimumMeanAndMaximumIgnoringNaN() {
    Columns cols = Columns.of(6, 60, 2); // columns [0,3) and [3,6)
    double[] v = {1, 5, 3, Double.NaN, Double.NaN, Double.NaN};
    Columns.Band b = cols.band(m -> v[m]);
    assertThat(b.lo()[0]).isEqualTo(1);
    assertThat(b.mean()[0]).isEqualTo(3);
    assertThat(b.hi()[0]).isEqualTo(5);
    assertThat(b.mean()[1]).isNaN();
    assertThat(b.peak()).isEqualTo(5);
    assertThat(cols.startMillis(1)).isEqualTo(60_000L + 3 * 60_000L);
  }
}
