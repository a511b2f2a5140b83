package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.report.chart.Png;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.Slo;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code pareto.png}: every point's cost (objective summed over loads) against its SLO metric (worst load), the
 * Pareto front joined by a line, bench plug-ins (which AWS cannot run) apart, the base config and the recommendation
 * marked and named, the SLO bound dashed; axes with units, "$" on cost, logarithmic when the values span decades
 * ({@link ChartScale}). Headless.
 */
public final class ParetoChart {
  public static final int WIDTH = 1100;
  public static final int HEIGHT = 750;
  static final String FONT = "DejaVu Sans";
  static final Color POINTS = new Color(0x99, 0x99, 0x99);
  static final Color BENCH = new Color(0x94, 0x67, 0xbd);
  static final Color FRONT = new Color(0x1f, 0x77, 0xb4);
  static final Color BASE = new Color(0xff, 0x7f, 0x0e);
  static final Color CHOSEN = new Color(0x2c, 0xa0, 0x2c);
  static final Color SLO = new Color(0xd6, 0x27, 0x28);
  static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  /** Sweeps of at most this many points get every point named on the chart. */
  static final int NAMED_POINTS = 12;

  private ParetoChart() {}

  public static byte[] png(Recommendation r, SweepDefinition def) {
    // ImageIO's default file cache registers a JVM shutdown hook on first use, which fails while the JVM shuts down
    // (Ctrl-C on a sweep still writes its chart): encode in memory.
    ImageIO.setUseCache(false);
    BufferedImage image = chart(r, def).createBufferedImage(WIDTH, HEIGHT);
    return Png.encode(image);
  }

  static JFreeChart chart(Recommendation r, SweepDefinition def) {
    List<Recommendation.Summary> summaries = r.summaries();
    boolean drawn = r.sloScore() != null;
    ChartScale xs = xScale(r);
    Double bound = bound(r, def);
    ChartScale yScale = yScale(r, def);

    XYSeries all = new XYSeries("points", false, true);
    XYSeries bench = new XYSeries("bench plug-ins (AWS cannot run them)", false, true);
    XYSeries front = new XYSeries("Pareto front", false, true);
    XYSeries base = new XYSeries("base config", false, true);
    XYSeries chosen = new XYSeries("recommended", false, true);
    if (drawn) {
      for (Recommendation.Summary s : summaries) {
        (s.deployable() ? all : bench).add(xs.plot(s.objective()), yScale.plot(s.sloMetric()));
      }
      for (int i : r.front()) {
        front.add(xs.plot(summaries.get(i).objective()), yScale.plot(summaries.get(i).sloMetric()));
      }
      if (r.base() != null) {
        base.add(xs.plot(r.base().objective()), yScale.plot(r.base().sloMetric()));
      }
      if (r.chosen() != null) {
        chosen.add(xs.plot(r.chosen().objective()), yScale.plot(r.chosen().sloMetric()));
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(all);
    data.addSeries(front);
    data.addSeries(base);
    data.addSeries(chosen);
    if (!bench.isEmpty()) {
      data.addSeries(bench);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    style(renderer, 0, false, new Ellipse2D.Double(-3.5, -3.5, 7, 7), POINTS);
    style(renderer, 1, true, new Ellipse2D.Double(-4, -4, 8, 8), FRONT);
    renderer.setSeriesStroke(1, new BasicStroke(2f));
    style(renderer, 2, false, new Rectangle2D.Double(-7, -7, 14, 14), BASE);
    style(renderer, 3, false, new Ellipse2D.Double(-8, -8, 16, 16), CHOSEN);
    style(renderer, 4, false, triangle(6), BENCH);

    int loads = def.loads().size();
    String perLoads = loads == 1 ? "" : ", sum over " + loads + " loads";
    String statistic = def.slo().statistic() == Slo.Statistic.MEAN ? "mean over seeds" : "upper 95 % bound";
    XYPlot plot = new XYPlot(data,
        xs.axis(ScoreText.title(r.objectiveScore()).replace(")", perLoads + ")"), r.objectiveScore()),
        yScale.axis(drawn ? ScoreText.title(r.sloScore()).replace(")", "; worst load, " + statistic + ")")
            : "no SLO metric", r.sloScore()), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    if (bound != null) {
      plot.addRangeMarker(sloMarker(yScale.plot(bound), r.sloScore().scoreName() + " ≤ " + Numbers.brief(bound)));
    }
    if (r.base() != null && drawn) {
      plot.addAnnotation(label("base", r.base(), xs, yScale, BASE, false));
    }
    if (r.chosen() != null && drawn) {
      // The point's number here and its values below the chart: a long label would cover its neighbours.
      plot.addAnnotation(label("recommended: point " + r.chosen().point().index(), r.chosen(), xs, yScale, CHOSEN,
          true));
    }
    StringBuilder key = new StringBuilder();
    if (drawn && summaries.size() <= NAMED_POINTS) {
      // A small sweep (a policy bench): every point numbered, with a key below, so the picture reads alone.
      for (Recommendation.Summary s : summaries) {
        if (s.point().isBase() || Double.isNaN(s.sloMetric())) {
          continue;
        }
        XYTextAnnotation a = label(Integer.toString(s.point().index()), s, xs, yScale, POINTS.darker(), false);
        a.setFont(new Font(FONT, Font.BOLD, 11));
        plot.addAnnotation(a);
        key.append(key.length() == 0 ? "" : "   ").append(s.point().index()).append(": ")
            .append(AxisCharts.shorten(s.label()));
      }
    }
    JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 16), plot, true);
    if (key.length() == 0 && r.chosen() != null && drawn) {
      key.append("recommended, point ").append(r.chosen().point().index()).append(": ")
          .append(AxisCharts.shorten(r.chosen().label()));
    }
    if (key.length() > 0) {
      TextTitle points = new TextTitle(key.toString(), new Font(FONT, Font.PLAIN, 12));
      points.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
      chart.addSubtitle(points);
    }
    chart.setBackgroundPaint(Color.WHITE);
    chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 12));
    chart.addSubtitle(new TextTitle("Sweep: " + summaries.size() + " points, " + def.seeds() + " seed"
        + (def.seeds() == 1 ? "" : "s") + " each" + (r.chosen() == null ? "; no AWS configuration meets the SLO" : ""),
        new Font(FONT, Font.BOLD, 16)));
    return chart;
  }

  /** The cost axis's scale, shared with the interactive chart. */
  static ChartScale xScale(Recommendation r) {
    return ChartScale.of(r.summaries().stream().mapToDouble(Recommendation.Summary::objective).toArray());
  }

  /** The SLO metric's bound, or null. */
  static Double bound(Recommendation r, SweepDefinition def) {
    return r.sloScore() == null ? null : def.slo().maxima().get(r.sloScore());
  }

  /** The SLO metric axis's scale (its bound included), shared with the interactive chart. */
  static ChartScale yScale(Recommendation r, SweepDefinition def) {
    double[] ys = r.summaries().stream().mapToDouble(Recommendation.Summary::sloMetric).toArray();
    Double bound = bound(r, def);
    return ChartScale.of(bound == null ? ys : append(ys, bound));
  }

  static void style(XYLineAndShapeRenderer renderer, int series, boolean lines, Shape shape, Color color) {
    renderer.setSeriesLinesVisible(series, lines);
    renderer.setSeriesShape(series, shape);
    renderer.setSeriesPaint(series, color);
  }

  static Shape triangle(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, r);
    p.lineTo(-r, r);
    p.closePath();
    return p;
  }

  static ValueMarker sloMarker(double at, String text) {
    ValueMarker slo = new ValueMarker(at, SLO,
        new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    slo.setLabel("SLO " + text);
    slo.setLabelFont(new Font(FONT, Font.PLAIN, 12));
    slo.setLabelPaint(SLO);
    slo.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    slo.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    return slo;
  }

  /** A point's name beside it: above or below, and to its left in the right half so that it stays in the plot. */
  private static XYTextAnnotation label(String text, Recommendation.Summary s, ChartScale xs, ChartScale ys,
      Color color, boolean above) {
    boolean left = xs.upperHalf(s.objective());
    XYTextAnnotation a = new XYTextAnnotation(left ? text + "  " : "  " + text, xs.plot(s.objective()),
        ys.plot(s.sloMetric()));
    a.setFont(new Font(FONT, Font.BOLD, 12));
    a.setPaint(color.darker());
    a.setTextAnchor(above ? (left ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT)
        : (left ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT));
    return a;
  }

  static double[] append(double[] values, double v) {
    double[] out = java.util.Arrays.copyOf(values, values.length + 1);
    out[values.length] = v;
    return out;
  }
}
