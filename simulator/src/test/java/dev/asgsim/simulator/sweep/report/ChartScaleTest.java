package dev.asgsim.simulator.sweep.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.score.Score;
import java.text.NumberFormat;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

/** Issue 17 item 5: a sweep chart reads when its values span decades; ticks without float noise, "$" on cost. */
class ChartScaleTest {
  @Test
  void valuesSpanningDecadesGetALogAxisWithZerosOnItsLowestTickReadAsZero() {
    // The policy bench: static:3 serves everything (0 %), the base t2.nano 95.54 %, the others about 0.02 %.
    ChartScale s = ChartScale.of(95.54, 0.02051, 0.3267, 0);
    assertThat(s.isLog()).isTrue();
    assertThat(s.floor()).isEqualTo(0.001); // one decade below 0.01, the decade of the smallest positive value
    assertThat(s.plot(0)).isEqualTo(0.001);
    assertThat(s.plot(0.3267)).isEqualTo(0.3267);
    LogAxis axis = (LogAxis) s.axis("UnservedPercent (% of demand)", Score.UNSERVED_PERCENT);
    assertThat(axis.getLabel()).isEqualTo("UnservedPercent (% of demand) — log scale");
    NumberFormat f = axis.getNumberFormatOverride();
    assertThat(f.format(0.001)).isEqualTo("0");
    assertThat(f.format(0.1)).isEqualTo("0.1");
    assertThat(f.format(100)).isEqualTo("100");
  }

  @Test
  void withoutZerosTheLowestDecadeIsANumber() {
    ChartScale s = ChartScale.of(95.54, 0.02051);
    assertThat(s.isLog()).isTrue();
    assertThat(s.floor()).isEqualTo(0.01);
    assertThat(((LogAxis) s.axis("y", Score.UNSERVED_PERCENT)).getNumberFormatOverride().format(0.01))
        .isEqualTo("0.01");
  }

  @Test
  void valuesWithinTwoDecadesStayLinearAndCostTicksCarryDollars() {
    ChartScale s = ChartScale.of(2.248, 43.96); // ×20
    assertThat(s.isLog()).isFalse();
    assertThat(s.plot(0)).isZero();
    NumberFormat f = ((NumberAxis) s.axis("Cost ($)", Score.COST)).getNumberFormatOverride();
    assertThat(f.format(0.1 + 0.2)).isEqualTo("$0.3"); // 0.30000000000000004 in doubles
    assertThat(f.format(45)).isEqualTo("$45");
  }
}
