package dev.asgsim.simulator.report.chart;

import dev.asgsim.core.policy.Hold;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * "Why didn't it scale?" on the chart (issue 17 item 3): one lane per reason the engine gave in this run
 * ({@link Hold}), marked in every column where that reason held desired capacity for at least a minute. Read at any
 * run length: a day at MaxSize is one bar, a year of dead band a band of marks.
 */
final class WhyStrip {
  private WhyStrip() {}

  /** Colour of each reason's lane, by what kind of rule it is; the interactive chart uses the same. */
  static Color color(Hold h) {
    return switch (h) {
      case AT_MAX_SIZE, AT_MIN_SIZE -> new Color(0xd6, 0x27, 0x28);
      case WARMING, LAUNCH_COOLDOWN, SIMPLE_COOLDOWN -> new Color(0xff, 0x7f, 0x0e);
      case POLICY_DISAGREES, PREDICTIVE_FLOOR, SCALE_IN_DISABLED -> new Color(0x7b, 0x3f, 0xb5);
      case EQUALS_CURRENT -> new Color(0x31, 0x82, 0xbd);
      case SCALE_OUT_PENDING, SCALE_IN_PENDING, DEAD_BAND -> new Color(0x8c, 0x8c, 0x8c);
      default -> new Color(0x44, 0x44, 0x44);
    };
  }

  static String hex(Hold h) {
    Color c = color(h);
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** Lanes of the reasons present, or null when the engine never named one. */
  static XYPlot plot(RunSeries s) {
    List<Hold> present = s.holdsPresent();
    if (present.isEmpty()) {
      return null;
    }
    Columns cols = s.cols;
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    XYBarRenderer bars = new XYBarRenderer();
    bars.setUseYInterval(true);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(false);
    String[] names = new String[present.size()];
    for (int k = 0; k < present.size(); k++) {
      Hold h = present.get(k);
      names[k] = h.name();
      XYIntervalSeries lane = new XYIntervalSeries("not scaled: " + h.name());
      int[] minutes = s.why[h.ordinal()];
      // one bar per run of consecutive columns, so that a long hold is one mark without seams
      for (int c = 0; c < cols.count(); c++) {
        if (minutes[c] > 0) {
          int from = c;
          while (c + 1 < cols.count() && minutes[c + 1] > 0) {
            c++;
          }
          double x0 = cols.startMillis(from);
          double x1 = Math.max(cols.startMillis(c + 1), cols.startMillis(c) + cols.minutesPerColumn() * 60_000);
          lane.add(x0, x0, x1, k, k - 0.35, k + 0.35);
        }
      }
      data.addSeries(lane);
      bars.setSeriesPaint(k, color(h));
      bars.setSeriesVisibleInLegend(k, false);
    }
    SymbolAxis axis = new SymbolAxis("not scaled: why", names);
    axis.setLabelFont(Style.font(Font.PLAIN, 11));
    axis.setTickLabelFont(Style.font(Font.PLAIN, 10));
    axis.setGridBandsVisible(false);
    XYPlot p = Style.plot(new XYPlot(data, null, axis, bars));
    p.setRangeGridlinesVisible(false);
    return p;
  }
}
