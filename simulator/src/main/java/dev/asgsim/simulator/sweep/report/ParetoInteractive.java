package dev.asgsim.simulator.sweep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.simulator.report.chart.Uplot;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;

/**
 * The interactive Pareto chart of {@code sweep.html} (drawn by {@code pareto.js} with the embedded uPlot): every
 * point's cost against its SLO metric, hover to read a point's settings, the front, the base and the recommendation
 * marked, the SLO bound as a line. Only when the sweep has an SLO metric, like {@link ParetoChart}.
 */
public final class ParetoInteractive {
  private ParetoInteractive() {}

  /** 10 significant digits, like results.csv: no float noise (85.78625000000001) in the page. */
  private static com.fasterxml.jackson.databind.JsonNode number(double v) {
    return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(dev.asgsim.core.text.Numbers.significant(v)));
  }

  /** The chart's container, data and script; empty without an SLO metric. */
  public static String html(Recommendation r, SweepDefinition def) {
    if (r.sloScore() == null) {
      return "";
    }
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("objective", ScoreText.title(r.objectiveScore()));
    root.put("slo", r.sloScore().scoreName());
    root.put("sloTitle", ScoreText.title(r.sloScore()) + ", worst load");
    Double bound = ParetoChart.bound(r, def);
    if (bound != null) {
      root.set("bound", number(bound));
    }
    // The static chart's scales: logarithmic when values span decades, zeros drawn at the floor (read as 0).
    ChartScale xs = ParetoChart.xScale(r);
    ChartScale ys = ParetoChart.yScale(r, def);
    root.put("xLog", xs.isLog());
    root.set("xFloor", number(xs.floor()));
    root.put("xZeros", xs.zerosAtFloor());
    root.put("yLog", ys.isLog());
    root.set("yFloor", number(ys.floor()));
    root.put("yZeros", ys.zerosAtFloor());
    ArrayNode points = root.putArray("points");
    List<Recommendation.Summary> summaries = r.summaries();
    BitSet front = r.frontIndexes();
    for (int i = 0; i < summaries.size(); i++) {
      Recommendation.Summary s = summaries.get(i);
      if (Double.isNaN(s.objective()) || Double.isNaN(s.sloMetric())) {
        continue;
      }
      ObjectNode p = points.addObject();
      p.put("label", (s.point().isBase() ? "base" : "point " + s.point().index()) + ": " + s.label());
      p.set("objective", number(s.objective()));
      p.set("slo", number(s.sloMetric()));
      p.put("bench", !s.deployable());
      p.put("front", front.get(i));
      p.put("base", s.point().isBase());
      p.put("chosen", s == r.chosen());
    }
    try {
      return "<div id=\"pareto\"></div>\n" + Uplot.page("pareto.js", "asgsim-pareto",
          new ObjectMapper().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
