package dev.asgsim.simulator.report;

import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code chart.png}: top, demand in instances' worth (demand ÷ 100) with desired, in-service and serving capacity as
 * step lines; bottom, the group metric datapoints and serving CPU with the target and alarm thresholds dashed, and
 * the mean CPU credit balance of burstable instances on a right axis.
 * Scaling decisions are vertical markers (green out, red in). Long runs are bucketed to at most
 * {@value #MAX_POINTS} points (max of each bucket for capacity and demand, mean for CPU).
 */
public final class Chart {
  public static final int WIDTH = 1400;
  public static final int HEIGHT = 900;
  static final int MAX_POINTS = 3000;
  private static final String FONT = "DejaVu Sans";
  private static final Color DEMAND = new Color(0x55, 0x55, 0x55);
  private static final Color DESIRED = new Color(0x1f, 0x77, 0xb4);
  private static final Color IN_SERVICE = new Color(0xff, 0x7f, 0x0e);
  private static final Color SERVING = new Color(0x2c, 0xa0, 0x2c);
  private static final Color METRIC = new Color(0x94, 0x67, 0xbd);
  private static final Color CPU = new Color(0x8c, 0x56, 0x4b);
  private static final Color CREDITS = new Color(0x17, 0xbe, 0xcf);
  private static final Color OUT = new Color(0x2c, 0xa0, 0x2c, 110);
  private static final Color IN = new Color(0xd6, 0x27, 0x28, 110);

  private Chart() {}

  public static byte[] png(SimulationResult r) {
    JFreeChart chart = chart(r);
    BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeBufferedImageAsPNG(out, image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static JFreeChart chart(SimulationResult r) {
    Timeline t = r.timeline().orElseThrow(() -> new IllegalArgumentException("the run recorded no timeline"));
    int n = t.minutes();
    int bucket = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
    XYSeries demand = new XYSeries("demand (instances' worth)", false, true);
    XYSeries desired = new XYSeries("desired", false, true);
    XYSeries inService = new XYSeries("in service", false, true);
    XYSeries serving = new XYSeries("serving (LB healthy)", false, true);
    XYSeries metric = new XYSeries(r.metricName() == null ? "group metric" : "group metric " + r.metricName(), false,
        true);
    XYSeries cpu = new XYSeries("CPU of serving instances", false, true);
    XYSeries credits = new XYSeries("CPU credits (mean balance, right axis)", false, true);
    for (int m = 0; m < n; m += bucket) {
      int end = Math.min(n, m + bucket);
      double dem = 0;
      int des = 0;
      int ins = 0;
      int srv = 0;
      double cpuSum = 0;
      int cpuN = 0;
      double met = Double.NaN;
      double cred = Double.NaN;
      for (int k = m; k < end; k++) {
        if (!Double.isNaN(t.credits(k))) {
          cred = Double.isNaN(cred) ? t.credits(k) : Math.min(cred, t.credits(k));
        }
        dem = Math.max(dem, t.demand(k) / 100.0);
        des = Math.max(des, t.desired(k));
        ins = Math.max(ins, t.inService(k));
        srv = Math.max(srv, t.serving(k));
        if (!Double.isNaN(t.cpu(k))) {
          cpuSum += t.cpu(k);
          cpuN++;
        }
        if (!Double.isNaN(t.metric(k))) {
          met = Double.isNaN(met) ? t.metric(k) : Math.max(met, t.metric(k));
        }
      }
      double x = t.time(m) * 1000.0;
      demand.add(x, dem);
      desired.add(x, des);
      inService.add(x, ins);
      serving.add(x, srv);
      cpu.add(x, cpuN == 0 ? null : cpuSum / cpuN);
      if (!Double.isNaN(met)) {
        metric.add(x, met);
      }
      if (!Double.isNaN(cred)) {
        credits.add(x, cred);
      }
    }
    DateAxis time = new DateAxis("time (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
    time.setLabelFont(font(Font.PLAIN, 14));
    time.setTickLabelFont(font(Font.PLAIN, 12));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(14);

    XYSeriesCollection cap = new XYSeriesCollection();
    cap.addSeries(demand);
    cap.addSeries(desired);
    cap.addSeries(inService);
    cap.addSeries(serving);
    NumberAxis instances = new NumberAxis("instances");
    instances.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    instances.setAutoRangeIncludesZero(true);
    style(instances);
    XYStepRenderer steps = new XYStepRenderer();
    steps.setSeriesPaint(0, DEMAND);
    steps.setSeriesStroke(0, new BasicStroke(1.5f));
    steps.setSeriesPaint(1, DESIRED);
    steps.setSeriesStroke(1, new BasicStroke(2.5f));
    steps.setSeriesPaint(2, IN_SERVICE);
    steps.setSeriesStroke(2, new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {8f, 4f}, 0f));
    steps.setSeriesPaint(3, SERVING);
    steps.setSeriesStroke(3, new BasicStroke(2.0f));
    XYPlot top = new XYPlot(cap, null, instances, steps);
    top.setBackgroundPaint(Color.WHITE);
    top.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    top.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    top.setAxisOffset(RectangleInsets.ZERO_INSETS);

    XYSeriesCollection cpuData = new XYSeriesCollection();
    cpuData.addSeries(metric);
    cpuData.addSeries(cpu);
    NumberAxis percent = new NumberAxis("CPU %");
    percent.setRange(0, 105);
    style(percent);
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    lines.setSeriesPaint(0, METRIC);
    lines.setSeriesStroke(0, new BasicStroke(2.0f));
    lines.setSeriesShapesVisible(0, n <= 600);
    lines.setSeriesPaint(1, CPU);
    lines.setSeriesStroke(1, new BasicStroke(1.2f));
    XYPlot bottom = new XYPlot(cpuData, null, percent, lines);
    bottom.setBackgroundPaint(Color.WHITE);
    bottom.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    bottom.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    if (credits.getItemCount() > 0) {
      NumberAxis creditAxis = new NumberAxis("CPU credits");
      creditAxis.setAutoRangeIncludesZero(true);
      style(creditAxis);
      bottom.setRangeAxis(1, creditAxis);
      bottom.setDataset(1, new XYSeriesCollection(credits));
      bottom.mapDatasetToRangeAxis(1, 1);
      XYLineAndShapeRenderer creditLine = new XYLineAndShapeRenderer(true, false);
      creditLine.setSeriesPaint(0, CREDITS);
      creditLine.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {2f, 3f}, 0f));
      bottom.setRenderer(1, creditLine);
    }
    threshold(bottom, r.targetValue(), "target " + Fmt.num(r.targetValue()) + " %", new Color(0x33, 0x33, 0x33));
    if (r.highThreshold() != r.targetValue()) {
      threshold(bottom, r.highThreshold(), "AlarmHigh > " + Fmt.num(r.highThreshold()), new Color(0xd6, 0x27, 0x28));
    }
    threshold(bottom, r.lowThreshold(), "AlarmLow < " + Fmt.num(r.lowThreshold()), new Color(0x1f, 0x77, 0xb4));

    for (ScalingDecision d : r.decisions()) {
      boolean out = d.newDesired() > d.oldDesired();
      for (XYPlot p : new XYPlot[] {top, bottom}) {
        ValueMarker v = new ValueMarker(d.epochSecond() * 1000.0, out ? OUT : IN, new BasicStroke(1.5f));
        p.addDomainMarker(v);
      }
    }
    plot.add(top, 3);
    plot.add(bottom, 2);

    String title = r.config().autoScalingGroup().autoScalingGroupName() + " — " + r.instanceType() + " — "
        + r.decisions().size() + " desired changes";
    JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 18), plot, true);
    chart.addSubtitle(new TextTitle("load: " + clip(r.loadDescription()) + "   (vertical lines: scale-out green, "
        + "scale-in red)", font(Font.PLAIN, 13)));
    chart.getLegend().setItemFont(font(Font.PLAIN, 13));
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }

  /**
   * A long load spec (thousands of components) cut to what a subtitle can show: JFreeChart's line breaking is
   * quadratic in the text's length, and the full spec is in summary.json and the report.
   */
  private static String clip(String text) {
    return text.length() <= SUBTITLE_CHARS ? text : text.substring(0, SUBTITLE_CHARS - 1) + "…";
  }

  private static final int SUBTITLE_CHARS = 200;

  private static void threshold(XYPlot plot, double value, String label, Color color) {
    if (Double.isNaN(value)) {
      return;
    }
    ValueMarker m = new ValueMarker(value, color, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
        10f, new float[] {6f, 6f}, 0f));
    m.setLabel(label);
    m.setLabelFont(font(Font.PLAIN, 12));
    m.setLabelPaint(color);
    m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
    m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(m);
  }

  private static void style(NumberAxis a) {
    a.setLabelFont(font(Font.PLAIN, 14));
    a.setTickLabelFont(font(Font.PLAIN, 12));
  }

  private static Font font(int style, int size) {
    return new Font(FONT, style, size);
  }
}
