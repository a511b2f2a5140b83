// Over 300 lines because the panels of one chart (capacity, metric, CPU, credits, lifecycle, decisions, why) share
// its columns, time axis and legend; each panel that stands alone has its own class (DecisionStrip, LifecyclePanel, …).
package dev.asgsim.simulator.report.chart;

import dev.asgsim.simulator.SimulationResult;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The timeline chart of a run, one panel per question: how much capacity against demand (with unserved demand and
 * capacity lost to CPU-credit throttling shaded, MinSize/MaxSize dotted), what the scaling metric read against its
 * target or alarm thresholds, CPU, CPU credits (burstable types), and when the group scaled (a strip of decisions per
 * column: bars up for scale-out, down for scale-in, purple for scheduled actions), and why it did not (a lane per
 * reason the engine named, {@link WhyStrip}), and the warm pool and instances held by lifecycle hooks when the group has them
 * ({@link LifecyclePanel}). Every series is aggregated to one
 * value per pixel column ({@link Columns}), so the chart reads the same at 90 minutes and at a year.
 */
public final class TimelineChart {
  /** Columns of the plot area (its width in pixels at the PNG's size). */
  public static final int COLUMNS = 1250;

  private TimelineChart() {}

  public static JFreeChart build(SimulationResult r, RunSeries s) {
    Columns cols = s.cols;
    DateAxis time = new DateAxis("time (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
    time.setLabelFont(Style.font(Font.PLAIN, 13));
    time.setTickLabelFont(Style.font(Font.PLAIN, 12));
    time.setRange(cols.startMillis(0), cols.startMillis(cols.count()));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(10);
    XYPlot capacity = capacity(s, CapacityUnit.of(r));
    plot.add(capacity, 5);
    MetricLabel label = MetricLabel.of(r.metricName());
    XYPlot metric = null;
    if (!label.cpu() && r.metricName() != null) {
      metric = metric(r, s, label);
      plot.add(metric, 2);
    }
    XYPlot cpu = cpu(r, s, label);
    plot.add(cpu, 2);
    if (s.burstable) {
      plot.add(credits(s), 1);
    }
    if (s.hookWait != null || s.warmPool != null || s.spotInterrupted != null) {
      plot.add(LifecyclePanel.plot(s), LifecyclePanel.WEIGHT);
    }
    plot.add(DecisionStrip.plot(s), DecisionStrip.weight(cols));
    XYPlot why = WhyStrip.plot(s);
    if (why != null) {
      plot.add(why, (s.holdsPresent().size() + 2) / 3);
    }
    DecisionStrip.mark(r, new XYPlot[] {capacity, metric, cpu});

    long changes = r.decisions().stream().filter(d -> d.newDesired() != d.oldDesired()).count();
    String title = r.config().autoScalingGroup().autoScalingGroupName() + " — " + r.instanceType() + " — "
        + changes + " desired changes";
    JFreeChart chart = new JFreeChart(title, Style.font(Font.BOLD, 18), plot, true);
    chart.addSubtitle(new TextTitle("load: " + Style.clip(r.loadDescription()), Style.font(Font.PLAIN, 13)));
    if (cols.aggregated()) {
      chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "each pixel column aggregates %s: lines are column "
          + "means, light bands span the column's minimum to maximum", duration(cols.minutesPerColumn())),
          Style.font(Font.PLAIN, 12)));
    }
    if (coarse(cols)) {
      chart.addSubtitle(new TextTitle("in service and serving are not drawn at this scale (they follow desired); the "
          + "heat maps below show the daily pattern", Style.font(Font.PLAIN, 12)));
    }
    chart.getLegend().setItemFont(Style.font(Font.PLAIN, 12));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }

  /**
   * A small chart of this one's kind (time axis, a band, a dashed line, legend and subtitle) for {@code Chart.warmUp}:
   * drawing it loads and compiles what the real chart then finds ready.
   */
  public static JFreeChart sketch() {
    YIntervalSeries band = new YIntervalSeries("band");
    for (int i = 0; i < 20; i++) {
      band.add(i * 60_000.0, i % 5, 0, i % 5 + 1);
    }
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(band);
    DeviationRenderer bandPaint = new DeviationRenderer(true, false);
    bandPaint.setAlpha(0.18f);
    bandPaint.setSeriesStroke(0, Style.dashed(1.6f, 8f, 3f));
    DateAxis time = new DateAxis("time (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
    time.setTickLabelFont(Style.font(Font.PLAIN, 12));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.add(Style.plot(new XYPlot(bands, null, Style.axis("instances"), bandPaint)), 1);
    XYLineAndShapeRenderer linePaint = new XYLineAndShapeRenderer(true, false);
    linePaint.setSeriesStroke(0, Style.solid(1.4f));
    plot.add(Style.plot(new XYPlot(bands, null, Style.axis("%"), linePaint)), 1);
    JFreeChart chart = new JFreeChart("warm-up", Style.font(Font.BOLD, 18), plot, true);
    chart.addSubtitle(new TextTitle("load", Style.font(Font.PLAIN, 13)));
    chart.setAntiAlias(true);
    return chart;
  }

  private static XYPlot capacity(RunSeries s, String unit) {
    Columns cols = s.cols;
    YIntervalSeriesCollection areas = new YIntervalSeriesCollection();
    DeviationRenderer areaPaint = new AreaRenderer();
    areaPaint.setAlpha(0.5f);
    if (s.unserved) {
      areas.addSeries(Style.steps("unserved demand", cols, s.served.mean(), s.demand.mean(), s.demand.mean()));
      areaPaint.setSeriesFillPaint(areas.getSeriesCount() - 1, Style.UNSERVED);
      areaPaint.setSeriesPaint(areas.getSeriesCount() - 1, Style.UNSERVED);
    }
    if (s.throttled) {
      areas.addSeries(Style.steps("serving capacity lost to throttling (no CPU credits)", cols, s.effective.mean(),
          s.serving.mean(), s.serving.mean()));
      areaPaint.setSeriesFillPaint(areas.getSeriesCount() - 1, Style.hatch(Style.THROTTLED));
      areaPaint.setSeriesPaint(areas.getSeriesCount() - 1, Style.THROTTLED);
    }

    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(Style.steps(CapacityUnit.demandLabel(unit), cols, s.demand));
    bands.addSeries(Style.steps("desired", cols, s.desired));
    DeviationRenderer bandPaint = new DeviationRenderer(true, false);
    bandPaint.setAlpha(0.18f);
    bandPaint.setSeriesPaint(0, Style.DEMAND);
    bandPaint.setSeriesFillPaint(0, Style.DEMAND);
    bandPaint.setSeriesStroke(0, Style.solid(1.3f));
    bandPaint.setSeriesPaint(1, Style.DESIRED);
    bandPaint.setSeriesFillPaint(1, Style.DESIRED);
    // Aggregated columns show bands; thinner mean lines keep them from covering each other.
    float scale = cols.aggregated() ? 0.4f : 1f;
    bandPaint.setSeriesStroke(1, Style.solid(5f * scale));
    if (coarse(cols)) {
      bandPaint.setSeriesStroke(0, Style.solid(0.6f));
      bandPaint.setSeriesStroke(1, Style.solid(0.6f));
      bandPaint.setAlpha(0.35f);
    }

    double peak = Math.max(Math.max(s.demand.peak(), s.desired.peak()), s.inService.peak());
    int maxSize = 0;
    for (int v : s.maxSize) {
      maxSize = Math.max(maxSize, v);
    }
    YIntervalSeriesCollection lines = new YIntervalSeriesCollection();
    XYLineAndShapeRenderer linePaint = new XYLineAndShapeRenderer(true, false);
    lines.addSeries(Style.steps("in service", cols, s.inService.mean(), s.inService.mean(), s.inService.mean()));
    linePaint.setSeriesPaint(0, Style.IN_SERVICE);
    linePaint.setSeriesStroke(0, Style.dashed(2.6f * scale, 9f, 4f));
    lines.addSeries(Style.steps("serving (LB healthy)", cols, s.serving.mean(), s.serving.mean(), s.serving.mean()));
    linePaint.setSeriesPaint(1, Style.SERVING);
    linePaint.setSeriesStroke(1, Style.solid(Math.max(1f, 1.4f * scale)));
    // In columns of hours the means of in service and serving zigzag over desired's band: left out (see the subtitle).
    linePaint.setSeriesVisible(0, !coarse(cols));
    linePaint.setSeriesVisible(1, !coarse(cols));
    lines.addSeries(Style.steps("MinSize", cols, s.minSize));
    linePaint.setSeriesPaint(2, Style.BOUNDS);
    linePaint.setSeriesStroke(2, Style.dashed(1.6f, 2f, 3f));
    // A MaxSize far above everything else would flatten the chart; it is then named in the axis label instead.
    boolean drawMax = maxSize <= Math.max(2, peak) * 1.6;
    if (drawMax) {
      lines.addSeries(Style.steps("MaxSize", cols, s.maxSize));
      linePaint.setSeriesPaint(3, Style.BOUNDS);
      linePaint.setSeriesStroke(3, Style.dashed(1.6f, 8f, 3f));
    }

    NumberAxis instances = Style.axis(drawMax ? unit : unit + " (MaxSize " + maxSize + " above)");
    instances.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    XYPlot p = Style.plot(new XYPlot(areas, null, instances, areaPaint));
    p.setDataset(1, bands);
    p.setRenderer(1, bandPaint);
    p.setDataset(2, lines);
    p.setRenderer(2, linePaint);
    p.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    p.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    return p;
  }

  private static XYPlot metric(SimulationResult r, RunSeries s, MetricLabel label) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(Style.steps(label.name(), s.cols, s.metric));
    DeviationRenderer paint = new DeviationRenderer(true, false);
    paint.setAlpha(0.2f);
    paint.setSeriesPaint(0, Style.METRIC);
    paint.setSeriesFillPaint(0, Style.METRIC);
    paint.setSeriesStroke(0, Style.solid(1.8f));
    XYPlot p = Style.plot(new XYPlot(data, null, Style.axis(label.unit()), paint));
    thresholds(r, p, " " + label.unit());
    return p;
  }

  private static XYPlot cpu(SimulationResult r, RunSeries s, MetricLabel label) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer paint = new DeviationRenderer(true, false);
    paint.setAlpha(0.2f);
    if (label.cpu()) {
      data.addSeries(Style.steps("group metric " + label.name(), s.cols, s.metric));
      paint.setSeriesPaint(0, Style.METRIC_WIDE);
      paint.setSeriesFillPaint(0, Style.METRIC);
      paint.setSeriesStroke(0, Style.solid(4.5f));
    }
    int i = data.getSeriesCount();
    data.addSeries(Style.steps("CPU of serving instances", s.cols, s.cpu.mean(), s.cpu.mean(), s.cpu.mean()));
    paint.setSeriesPaint(i, Style.CPU);
    paint.setSeriesFillPaint(i, Style.CPU);
    paint.setSeriesStroke(i, Style.solid(1.1f));
    NumberAxis percent = Style.axis("CPU %");
    percent.setRange(0, 105);
    XYPlot p = Style.plot(new XYPlot(data, null, percent, paint));
    p.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    if (label.cpu()) {
      thresholds(r, p, " %");
    }
    return p;
  }

  private static void thresholds(SimulationResult r, XYPlot p, String unit) {
    Style.threshold(p, r.targetValue(), "target " + num(r.targetValue()) + unit, new Color(0x33, 0x33, 0x33));
    if (r.highThreshold() != r.targetValue()) {
      Style.threshold(p, r.highThreshold(), alarm(r.highAlarmName()) + " ≥ " + num(r.highThreshold()), Style.IN);
    }
    ValueMarker low = Style.threshold(p, r.lowThreshold(), alarm(r.lowAlarmName()) + " ≤ " + num(r.lowThreshold()),
        Style.DESIRED.darker());
    if (low != null) {
      // below the line at the right, clear of the target's and the high alarm's labels above theirs at the left
      low.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      low.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
    }
  }

  /**
   * An alarm's name for a chart label: target tracking's own alarms end in AlarmHigh-/AlarmLow-UUID (aws-behaviour §1.1), which
   * is all a label needs; user alarms keep their names.
   */
  static String alarm(String name) {
    if (name != null && name.startsWith("TargetTracking-")) {
      int i = name.lastIndexOf("-Alarm");
      if (i >= 0) {
        int end = name.indexOf('-', i + 1);
        return name.substring(i + 1, end < 0 ? name.length() : end);
      }
    }
    return name;
  }

  private static XYPlot credits(RunSeries s) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    data.addSeries(Style.steps("CPU credits (mean balance of in-service instances; below 0: surplus credits owed)",
        s.cols, s.credits));
    DeviationRenderer paint = new DeviationRenderer(true, false);
    paint.setAlpha(0.25f);
    paint.setSeriesPaint(0, Style.CREDITS.darker());
    paint.setSeriesFillPaint(0, Style.CREDITS);
    paint.setSeriesStroke(0, Style.solid(1.6f));
    NumberAxis axis = Style.axis("credits");
    axis.setAutoRangeMinimumSize(5);
    return Style.plot(new XYPlot(data, null, axis, paint));
  }

  /** Draws series as filled areas (no line) and lists them in the legend as filled squares. */
  private static final class AreaRenderer extends DeviationRenderer {
    AreaRenderer() {
      super(false, false);
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
      LegendItem base = super.getLegendItem(datasetIndex, series);
      if (base == null) {
        return null;
      }
      LegendItem item = new LegendItem(base.getLabel(), null, null, null, new Rectangle2D.Double(-7, -6, 14, 12),
          lookupSeriesFillPaint(series), Style.solid(1f), lookupSeriesPaint(series));
      item.setSeriesKey(base.getSeriesKey());
      item.setDatasetIndex(datasetIndex);
      item.setSeriesIndex(series);
      return item;
    }
  }

  /** Columns of more than an hour hold several capacity changes each: means then say little, bands say it all. */
  static boolean coarse(Columns cols) {
    return cols.minutesPerColumn() > 60;
  }

  static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
  }

  /** A column's span as people say it: "7 min", "5.8 h". */
  static String duration(double minutes) {
    if (minutes < 90) {
      return String.format(Locale.ROOT, "%.0f min", minutes);
    }
    return String.format(Locale.ROOT, "%.1f h", minutes / 60);
  }
}
