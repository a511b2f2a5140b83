package dev.asgsim.simulator.sweep.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.report.chart.Png;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * {@code axes.png}: the objective and each SLO metric against each varied setting, one row of panels per setting
 * (an axis with more than one value) and one column per score. Every point is a dot at its value of the setting;
 * the line joins, at each value, the cheapest point meeting the SLO there (the cheapest of all without an SLO), so a
 * row reads "with this setting fixed at v, the best configuration costs this and serves that". Base and
 * recommendation marked, the SLO bound dashed, value axes as {@link ChartScale} says. Numeric settings are on a
 * number axis, others (instance types, policies) in the file's order. Headless.
 */
public final class AxisCharts {
  public static final int PANEL_WIDTH = 440;
  public static final int PANEL_HEIGHT = 300;
  /** The title, the legend and the column titles (one per score: name and unit) above the panels. */
  private static final int HEADER = 92;

  private AxisCharts() {}

  /** The varied settings: axes with more than one value (a one-value axis is an override shared by every point). */
  public static List<Integer> variedAxes(SweepDefinition def) {
    List<Integer> varied = new ArrayList<>();
    for (int i = 0; i < def.axes().size(); i++) {
      if (def.axes().get(i).values().size() > 1) {
        varied.add(i);
      }
    }
    return varied;
  }

  public static byte[] png(Recommendation r, SweepDefinition def) {
    ImageIO.setUseCache(false); // as ParetoChart: encode in memory
    List<Integer> axes = variedAxes(def);
    List<Score> scores = new ArrayList<>();
    scores.add(r.objectiveScore());
    scores.addAll(RecommendationText.metrics(r));
    int width = PANEL_WIDTH * scores.size();
    int height = HEADER + PANEL_HEIGHT * Math.max(1, axes.size());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    TextTitle title = new TextTitle(axes.isEmpty() ? "No setting varies in this sweep: nothing to plot per setting"
        : scores.get(0).scoreName() + (def.loads().size() == 1 ? "" : " (sum over loads)")
        + (scores.size() > 1 ? " and the SLO metrics (worst load)" : "") + " against each setting",
        new Font(ParetoChart.FONT, Font.BOLD, 16));
    title.arrange(g, RectangleConstraint.NONE);
    title.draw(g, new Rectangle2D.Double(0, 6, width, 24));
    if (!axes.isEmpty()) {
      for (int col = 0; col < scores.size(); col++) {
        TextTitle column = new TextTitle(ScoreText.title(scores.get(col)),
            new Font(ParetoChart.FONT, Font.BOLD, 13));
        column.arrange(g, RectangleConstraint.NONE);
        column.draw(g, new Rectangle2D.Double(col * PANEL_WIDTH, HEADER - 24, PANEL_WIDTH, 20));
      }
    }
    XYPlot first = null;
    for (int row = 0; row < axes.size(); row++) {
      for (int col = 0; col < scores.size(); col++) {
        XYPlot plot = panel(r, def, axes.get(row), scores.get(col), col > 0);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.draw(g, new Rectangle2D.Double(col * PANEL_WIDTH, HEADER + row * PANEL_HEIGHT, PANEL_WIDTH,
            PANEL_HEIGHT));
        first = first == null ? plot : first;
      }
    }
    if (first != null) {
      LegendTitle legend = new LegendTitle(first);
      legend.setItemFont(new Font(ParetoChart.FONT, Font.PLAIN, 12));
      legend.setPosition(RectangleEdge.TOP);
      legend.arrange(g, new RectangleConstraint(width, 30));
      legend.draw(g, new Rectangle2D.Double(0, 36, width, 26));
    }
    g.dispose();
    return Png.encode(image);
  }

  private static XYPlot panel(Recommendation r, SweepDefinition def, int axisIndex, Score score, boolean slo) {
    Axis axis = def.axes().get(axisIndex);
    boolean numeric = axis.values().stream().allMatch(JsonNode::isNumber);
    List<String> symbols = axis.values().stream().map(v -> shorten(Point.text(v))).distinct().toList();
    XYSeries points = new XYSeries("points", false, true);
    XYSeries bench = new XYSeries("bench plug-ins", false, true);
    XYSeries best = new XYSeries(def.slo().isEmpty() ? "cheapest at each value"
        : "cheapest meeting the SLO at each value", true, true);
    XYSeries base = new XYSeries("base config", false, true);
    XYSeries chosen = new XYSeries("recommended", false, true);
    List<Recommendation.Summary> summaries = r.summaries();
    double[] ys = summaries.stream().mapToDouble(s -> y(s, score, slo)).toArray();
    Double bound = slo ? def.slo().maxima().get(score) : null;
    ChartScale scale = ChartScale.of(bound == null ? ys : ParetoChart.append(ys, bound));
    TreeMap<Double, Recommendation.Summary> cheapest = new TreeMap<>();
    for (Recommendation.Summary s : summaries) {
      JsonNode v = s.point().values().get(axisIndex);
      double x = numeric ? (v.isNumber() ? v.doubleValue() : Double.NaN) : symbols.indexOf(shorten(Point.text(v)));
      if (Double.isNaN(x) || x < 0) {
        continue; // the base's own value is not among a categorical axis's values, or is unset
      }
      double y = scale.plot(y(s, score, slo));
      (s.deployable() ? points : bench).add(x, y);
      if (s.point().isBase()) {
        base.add(x, y);
      }
      if (s == r.chosen()) {
        chosen.add(x, y);
      }
      if ((s.meetsSlo() || def.slo().isEmpty())
          && (!cheapest.containsKey(x) || s.objective() < cheapest.get(x).objective())) {
        cheapest.put(x, s);
      }
    }
    cheapest.forEach((x, s) -> best.add(x.doubleValue(), scale.plot(y(s, score, slo))));
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(points);
    data.addSeries(best);
    data.addSeries(base);
    data.addSeries(chosen);
    if (summaries.stream().anyMatch(s -> !s.deployable())) {
      data.addSeries(bench); // in the legend only when the sweep has bench plug-ins
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    ParetoChart.style(renderer, 0, false, new Ellipse2D.Double(-3, -3, 6, 6), ParetoChart.POINTS);
    ParetoChart.style(renderer, 1, true, new Ellipse2D.Double(-3, -3, 6, 6), ParetoChart.FRONT);
    ParetoChart.style(renderer, 2, false, new Rectangle2D.Double(-6, -6, 12, 12), ParetoChart.BASE);
    ParetoChart.style(renderer, 3, false, new Ellipse2D.Double(-7, -7, 14, 14), ParetoChart.CHOSEN);
    ParetoChart.style(renderer, 4, false, ParetoChart.triangle(5), ParetoChart.BENCH);
    ValueAxis x;
    String name = Point.shortName(axis.name());
    if (numeric) {
      NumberAxis n = new NumberAxis(name);
      n.setAutoRangeIncludesZero(false);
      n.setNumberFormatOverride(new java.text.DecimalFormat("0.####",
          java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
      x = n;
    } else {
      SymbolAxis s = new SymbolAxis(name, symbols.toArray(new String[0]));
      s.setGridBandsVisible(false);
      s.setVerticalTickLabels(symbols.size() > 4);
      x = s;
    }
    x.setTickLabelFont(ChartScale.TICKS);
    x.setLabelFont(ChartScale.LABEL);
    // The column title names the score; the axis says the unit.
    XYPlot plot = new XYPlot(data, x, scale.axis(ScoreText.isDollars(score) ? "$" : score.unit(), score), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(ParetoChart.GRID);
    plot.setRangeGridlinePaint(ParetoChart.GRID);
    if (bound != null) {
      plot.addRangeMarker(ParetoChart.sloMarker(scale.plot(bound), "≤ " + Numbers.brief(bound)));
    }
    return plot;
  }

  /** The objective summed over loads, or an SLO metric at its worst load. */
  private static double y(Recommendation.Summary s, Score score, boolean slo) {
    return slo ? s.sloValues().getOrDefault(score, Double.NaN) : s.objective();
  }

  /** Class names by their simple names on a crowded chart: {@code Policies=ThresholdPolicy}. */
  static String shorten(String label) {
    return label.replaceAll("(?<![\\w.])(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)", "$1");
  }
}
