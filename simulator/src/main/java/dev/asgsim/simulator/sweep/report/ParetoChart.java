package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.report.chart.Png;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.Slo;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code pareto.png}: every point's cost (objective summed over loads) against its SLO metric (worst load), the
 * Pareto front joined by a line, the base config and the recommendation marked, the SLO bound dashed. Headless.
 */
public final class ParetoChart {
  public static final int WIDTH = 1100;
  public static final int HEIGHT = 750;
  private static final String FONT = "DejaVu Sans";
  private static final Color POINTS = new Color(0x99, 0x99, 0x99);
  private static final Color FRONT = new Color(0x1f, 0x77, 0xb4);
  private static final Color BASE = new Color(0xff, 0x7f, 0x0e);
  private static final Color CHOSEN = new Color(0x2c, 0xa0, 0x2c);

  private ParetoChart() {}

  public static byte[] png(Recommendation r, SweepDefinition def) {
    // ImageIO's default file cache registers a JVM shutdown hook on first use, which fails while the JVM shuts down
    // (Ctrl-C on a sweep still writes its chart): encode in memory.
    ImageIO.setUseCache(false);
    BufferedImage image = chart(r, def).createBufferedImage(WIDTH, HEIGHT);
    byte[] out = Png.encode(image);
    return out;
  }

  static JFreeChart chart(Recommendation r, SweepDefinition def) {
    XYSeries all = new XYSeries("points", false, true);
    XYSeries front = new XYSeries("Pareto front", false, true);
    XYSeries base = new XYSeries("base config", false, true);
    XYSeries chosen = new XYSeries("recommended", false, true);
    List<Recommendation.Summary> summaries = r.summaries();
    for (Recommendation.Summary s : summaries) {
      if (r.sloScore() != null) {
        all.add(s.objective(), s.sloMetric());
      }
    }
    for (int i : r.front()) {
      front.add(summaries.get(i).objective(), summaries.get(i).sloMetric());
    }
    if (r.base() != null && r.sloScore() != null) {
      base.add(r.base().objective(), r.base().sloMetric());
    }
    if (r.chosen() != null && r.sloScore() != null) {
      chosen.add(r.chosen().objective(), r.chosen().sloMetric());
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(all);
    data.addSeries(front);
    data.addSeries(base);
    data.addSeries(chosen);

    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    renderer.setSeriesLinesVisible(0, false);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    renderer.setSeriesPaint(0, POINTS);
    renderer.setSeriesLinesVisible(1, true);
    renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setSeriesPaint(1, FRONT);
    renderer.setSeriesStroke(1, new BasicStroke(2f));
    renderer.setSeriesLinesVisible(2, false);
    renderer.setSeriesShape(2, new Rectangle2D.Double(-7, -7, 14, 14));
    renderer.setSeriesPaint(2, BASE);
    renderer.setSeriesLinesVisible(3, false);
    renderer.setSeriesShape(3, new Ellipse2D.Double(-8, -8, 16, 16));
    renderer.setSeriesPaint(3, CHOSEN);

    NumberAxis x = new NumberAxis(r.objectiveScore().scoreName() + " (sum over " + def.loads().size() + " load"
        + (def.loads().size() == 1 ? "" : "s") + ")");
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis((r.sloScore() == null ? "no SLO metric" : r.sloScore().scoreName())
        + (def.slo().statistic() == Slo.Statistic.MEAN ? " (worst load, mean over seeds)"
        : " (worst load, upper 95 % bound)"));
    y.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    Double bound = r.sloScore() == null ? null : def.slo().maxima().get(r.sloScore());
    if (bound != null) {
      ValueMarker slo = new ValueMarker(bound, new Color(0xd6, 0x27, 0x28),
          new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      slo.setLabel("SLO " + Numbers.brief(bound));
      slo.setLabelFont(new Font(FONT, Font.PLAIN, 12));
      plot.addRangeMarker(slo);
    }
    JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.BOLD, 16), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(new TextTitle("Sweep: " + summaries.size() + " points, " + def.seeds() + " seed"
        + (def.seeds() == 1 ? "" : "s") + " each", new Font(FONT, Font.BOLD, 16)));
    return chart;
  }
}
