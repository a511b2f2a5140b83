package dev.asgsim.simulator.report.chart;

import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * When the group scaled, readable at any run length: a strip of decisions per column (a density when there are
 * thousands), and — only while they are few — a vertical line per decision through the other panels.
 */
final class DecisionStrip {
  /** With at most this many desired changes each also gets a vertical line through every panel. */
  static final int MAX_DECISION_LINES = 60;
  /** With at most this many scheduled actions each gets a labelled vertical line. */
  static final int MAX_SCHEDULED_LINES = 16;

  private DecisionStrip() {}

  /**
   * Its share of the chart's height (the capacity panel has 5): twice the plain strip's when columns aggregate, so
   * that "decisions per 71 min" fits beside it instead of running into the panel above.
   */
  static int weight(Columns cols) {
    return cols.aggregated() ? 2 : 1;
  }

  /** Per column: scale-outs as bars up, scale-ins as bars down, scheduled actions stacked above the scale-outs. */
  static XYPlot plot(RunSeries s) {
    Columns cols = s.cols;
    XYIntervalSeries out = new XYIntervalSeries("scale-out");
    XYIntervalSeries in = new XYIntervalSeries("scale-in");
    XYIntervalSeries sch = new XYIntervalSeries("scheduled action");
    for (int c = 0; c < cols.count(); c++) {
      double x0 = cols.startMillis(c);
      double x1 = Math.max(cols.startMillis(c + 1), x0 + cols.minutesPerColumn() * 60_000);
      if (s.scaleOuts[c] > 0) {
        out.add(x0, x0, x1, s.scaleOuts[c], 0, s.scaleOuts[c]);
      }
      if (s.scaleIns[c] > 0) {
        in.add(x0, x0, x1, -s.scaleIns[c], -s.scaleIns[c], 0);
      }
      if (s.scheduled[c] > 0) {
        sch.add(x0, x0, x1, s.scaleOuts[c] + s.scheduled[c], s.scaleOuts[c], s.scaleOuts[c] + s.scheduled[c]);
      }
    }
    XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
    data.addSeries(out);
    data.addSeries(in);
    if (sch.getItemCount() > 0) {
      data.addSeries(sch);
    }
    XYBarRenderer bars = new XYBarRenderer();
    bars.setUseYInterval(true);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, Style.OUT);
    bars.setSeriesPaint(1, Style.IN);
    bars.setSeriesPaint(2, Style.SCHEDULED);
    NumberAxis axis = Style.axis(cols.aggregated() ? "decisions per " + TimelineChart.duration(cols.minutesPerColumn())
        : "decisions");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    axis.setAutoRangeMinimumSize(2);
    XYPlot p = Style.plot(new XYPlot(data, null, axis, bars));
    p.addRangeMarker(new ValueMarker(0, Color.GRAY, Style.solid(0.8f)));
    return p;
  }

  /** Few decisions: a faint line through every panel at each; few scheduled actions: a labelled purple line. */
  static void mark(SimulationResult r, XYPlot[] panels) {
    long dynamic = r.decisions().stream().filter(d -> d.source() != DecisionSource.SCHEDULED).count();
    long scheduled = r.decisions().size() - dynamic;
    for (ScalingDecision d : r.decisions()) {
      boolean isScheduled = d.source() == DecisionSource.SCHEDULED;
      if (isScheduled ? scheduled > MAX_SCHEDULED_LINES : dynamic > MAX_DECISION_LINES) {
        continue;
      }
      Color c = isScheduled ? Style.SCHEDULED : d.newDesired() > d.oldDesired() ? Style.OUT : Style.IN;
      for (int i = 0; i < panels.length; i++) {
        if (panels[i] == null) {
          continue;
        }
        ValueMarker v = new ValueMarker(d.epochSecond() * 1000.0, new Color(c.getRed(), c.getGreen(), c.getBlue(),
            isScheduled ? 170 : 90), isScheduled ? Style.dashed(1.3f, 5f, 3f) : Style.solid(1.3f));
        if (isScheduled && i == 0) {
          v.setLabel(d.policyName());
          v.setLabelFont(Style.font(Font.PLAIN, 11));
          v.setLabelPaint(Style.SCHEDULED);
          v.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
          v.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        }
        panels[i].addDomainMarker(v);
      }
    }
  }
}
