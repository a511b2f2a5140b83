package dev.asgsim.simulator.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code compare.png}: the compared runs overlaid, one colour per config — desired capacity over demand, unserved
 * demand, and the scaling metric (when all configs scale on the same metric) or CPU.
 */
public final class CompareChart {
  /** One colour per config, in the order given (more configs reuse them). */
  static final Color[] PALETTE = {new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x27, 0x28),
      new Color(0x2c, 0xa0, 0x2c), new Color(0x94, 0x67, 0xbd), new Color(0xff, 0x7f, 0x0e),
      new Color(0x8c, 0x56, 0x4b)};

  private CompareChart() {}

  public static JFreeChart build(CompareData d, String loadDescription) {
    Columns cols = d.cols();
    DateAxis time = new DateAxis("time (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
    time.setLabelFont(Style.font(Font.PLAIN, 13));
    time.setTickLabelFont(Style.font(Font.PLAIN, 12));
    time.setRange(cols.startMillis(0), cols.startMillis(cols.count()));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(10);

    // Desired and demand in the runs' capacity unit (aws-behaviour §7.11). Runs that count differently (vCPUs against
    // instances) get a panel each: one axis would put 8 vCPUs beside 4 instances as if 8 were more.
    List<YIntervalSeriesCollection> caps = new ArrayList<>();
    List<XYLineAndShapeRenderer> capPaints = new ArrayList<>();
    List<String> capAxes = new ArrayList<>();
    for (int i = 0; i < (d.unit != null ? 1 : d.runs.size()); i++) {
      String unit = d.unit != null ? d.unit : d.units.get(i);
      YIntervalSeriesCollection cap = new YIntervalSeriesCollection();
      double[] demand = d.runs.get(i).demand.mean();
      cap.addSeries(Style.steps(CapacityUnit.demandLabel(unit), cols, demand, demand, demand));
      XYLineAndShapeRenderer paint = new XYLineAndShapeRenderer(true, false);
      paint.setSeriesPaint(0, Style.DEMAND);
      paint.setSeriesStroke(0, Style.solid(1.2f));
      caps.add(cap);
      capPaints.add(paint);
      capAxes.add(d.unit != null ? unit : d.names.get(i) + ", " + unit);
    }
    YIntervalSeriesCollection unserved = new YIntervalSeriesCollection();
    XYLineAndShapeRenderer unservedPaint = new XYLineAndShapeRenderer(true, false);
    YIntervalSeriesCollection metric = new YIntervalSeriesCollection();
    XYLineAndShapeRenderer metricPaint = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < d.runs.size(); i++) {
      RunSeries s = d.runs.get(i);
      Color c = PALETTE[i % PALETTE.length];
      float width = Math.max(1.2f, 4.5f - 1.3f * i);
      int panel = d.unit != null ? 0 : i;
      YIntervalSeriesCollection cap = caps.get(panel);
      cap.addSeries(Style.steps(d.names.get(i) + ": desired", cols, s.desired.mean(), s.desired.mean(),
          s.desired.mean()));
      capPaints.get(panel).setSeriesPaint(cap.getSeriesCount() - 1, c);
      capPaints.get(panel).setSeriesStroke(cap.getSeriesCount() - 1, Style.solid(width));
      double[] u = d.unserved(i);
      unserved.addSeries(Style.steps(d.names.get(i) + ": unserved", cols, u, u, u));
      unservedPaint.setSeriesPaint(i, c);
      unservedPaint.setSeriesStroke(i, Style.solid(width));
      double[] m = d.metric != null ? s.metric.mean() : s.cpu.mean();
      metric.addSeries(Style.steps(d.names.get(i) + ": " + (d.metric != null ? d.metric.name() : "CPU"), cols, m, m,
          m));
      metricPaint.setSeriesPaint(i, c);
      metricPaint.setSeriesStroke(i, Style.solid(width));
    }
    for (int k = 0; k < caps.size(); k++) {
      NumberAxis axis = Style.axis(capAxes.get(k));
      axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
      plot.add(Style.plot(new XYPlot(caps.get(k), null, axis, capPaints.get(k))), caps.size() == 1 ? 4 : 3);
    }
    plot.add(Style.plot(new XYPlot(unserved, null, Style.axis(d.unservedLabel()), unservedPaint)), 2);
    String metricUnit = d.metric != null ? d.metric.unit() : "%";
    plot.add(Style.plot(new XYPlot(metric, null, Style.axis(d.metric != null ? d.metric.name() + ", " + metricUnit
        : "CPU of serving instances, %"), metricPaint)), 2);
    JFreeChart chart = new JFreeChart("compared: " + String.join(" vs ", d.names), Style.font(Font.BOLD, 18), plot,
        true);
    chart.addSubtitle(new TextTitle("same load and seed: " + Style.clip(loadDescription), Style.font(Font.PLAIN, 13)));
    if (d.unit == null) {
      chart.addSubtitle(new TextTitle("capacity in different units: " + String.join(", ", capAxes),
          Style.font(Font.PLAIN, 13)));
    }
    chart.getLegend().setItemFont(Style.font(Font.PLAIN, 12));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }
}
