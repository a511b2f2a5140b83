package dev.asgsim.simulator.report.chart;

import java.awt.Color;
import java.awt.Font;
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

    YIntervalSeriesCollection cap = new YIntervalSeriesCollection();
    XYLineAndShapeRenderer capPaint = new XYLineAndShapeRenderer(true, false);
    // desired and demand in the runs' capacity unit (aws-behaviour §7.11); runs that count differently say so
    String unit = d.unit != null ? d.unit : "capacity (each run in its own unit)";
    String demand = d.unit != null ? CapacityUnit.demandLabel(d.unit) : "demand (in the first run's unit)";
    String unservedLabel = d.unit == null ? "unserved (each run in its own unit)"
        : d.unit.equals("instances") ? "unserved (instances' worth)" : "unserved (in " + d.unit + ")";
    cap.addSeries(Style.steps(demand, cols, d.runs.get(0).demand.mean(),
        d.runs.get(0).demand.mean(), d.runs.get(0).demand.mean()));
    capPaint.setSeriesPaint(0, Style.DEMAND);
    capPaint.setSeriesStroke(0, Style.solid(1.2f));
    YIntervalSeriesCollection unserved = new YIntervalSeriesCollection();
    XYLineAndShapeRenderer unservedPaint = new XYLineAndShapeRenderer(true, false);
    YIntervalSeriesCollection metric = new YIntervalSeriesCollection();
    XYLineAndShapeRenderer metricPaint = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < d.runs.size(); i++) {
      RunSeries s = d.runs.get(i);
      Color c = PALETTE[i % PALETTE.length];
      float width = Math.max(1.2f, 4.5f - 1.3f * i);
      cap.addSeries(Style.steps(d.names.get(i) + ": desired", cols, s.desired.mean(), s.desired.mean(),
          s.desired.mean()));
      capPaint.setSeriesPaint(i + 1, c);
      capPaint.setSeriesStroke(i + 1, Style.solid(width));
      double[] u = new double[cols.count()];
      for (int k = 0; k < u.length; k++) {
        u[k] = s.demand.mean()[k] - s.served.mean()[k];
      }
      unserved.addSeries(Style.steps(d.names.get(i) + ": unserved", cols, u, u, u));
      unservedPaint.setSeriesPaint(i, c);
      unservedPaint.setSeriesStroke(i, Style.solid(width));
      double[] m = d.metric != null ? s.metric.mean() : s.cpu.mean();
      metric.addSeries(Style.steps(d.names.get(i) + ": " + (d.metric != null ? d.metric.name() : "CPU"), cols, m, m,
          m));
      metricPaint.setSeriesPaint(i, c);
      metricPaint.setSeriesStroke(i, Style.solid(width));
    }
    NumberAxis instances = Style.axis(unit);
    instances.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    plot.add(Style.plot(new XYPlot(cap, null, instances, capPaint)), 4);
    plot.add(Style.plot(new XYPlot(unserved, null, Style.axis(unservedLabel), unservedPaint)), 2);
    String metricUnit = d.metric != null ? d.metric.unit() : "%";
    plot.add(Style.plot(new XYPlot(metric, null, Style.axis(d.metric != null ? d.metric.name() + ", " + metricUnit
        : "CPU of serving instances, %"), metricPaint)), 2);
    JFreeChart chart = new JFreeChart("compared: " + String.join(" vs ", d.names), Style.font(Font.BOLD, 18), plot,
        true);
    chart.addSubtitle(new TextTitle("same load and seed: " + Style.clip(loadDescription), Style.font(Font.PLAIN, 13)));
    chart.getLegend().setItemFont(Style.font(Font.PLAIN, 12));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }
}
