package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.report.chart.Uplot;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.Finding;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.Slo;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepResult;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;

/**
 * {@code sweep.html}: one self-contained page (charts inlined) with the recommendation, cost against the SLO metric,
 * cost and each SLO metric against each setting, the points (every SLO metric at its worst load; a missed bound in
 * red, and the verdict saying which bounds were missed and by how much) and the findings.
 */
public final class SweepHtmlReport {
  private SweepHtmlReport() {}

  public static String html(SweepResult result, Recommendation r, byte[] paretoPng, byte[] axesPng) {
    SweepDefinition def = result.definition();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>asgsim sweep</title>\n")
        .append("<style>body{font-family:'DejaVu Sans',sans-serif;margin:2em;max-width:1200px}")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 7px;")
        .append("text-align:right}td.l,th.l{text-align:left}tr.chosen{background:#e3f4e3}tr.base{background:#fff1e0}")
        .append("td.miss{color:#b01c1d;font-weight:bold}tr.bench td{color:#6b4a8a}")
        .append(".rec{font-size:17px;padding:.8em;border-left:5px solid #2ca02c;background:#f5faf5}")
        .append(".none{border-left-color:#d62728;background:#fdf3f3}</style>\n").append(Uplot.library())
        .append("</head><body>\n");
    h.append("<h1>Sweep</h1>\n");
    h.append("<p class=\"rec").append(r.found() ? "" : " none").append("\">")
        .append(esc(RecommendationText.describe(r, def))).append("</p>\n");
    if (!result.complete()) {
      h.append("<p><b>Stopped early:</b> these are the points finished before the stop.</p>\n");
    }
    h.append("<h2>Setup</h2>\n<ul>\n");
    for (Axis a : def.axes()) {
      h.append("<li>").append(esc(a.name())).append(": ")
          .append(esc(a.values().stream().map(Point::text).toList().toString())).append("</li>\n");
    }
    h.append("<li>Loads: ").append(esc(def.loads().stream().map(l -> l.name() + " = " + l.spec()
        + (l.scale() == null ? "" : " × " + Numbers.brief(l.scale()))
        + (l.duration() == null ? "" : " for " + l.duration())).toList().toString())).append("</li>\n");
    h.append("<li>Sample: ").append(def.sampling().mode() == Sampling.Mode.GRID ? "full grid"
        : "random " + def.sampling().points() + " points (seed " + def.sampling().seed() + ")").append("; ")
        .append(def.seeds()).append(" seed(s) per point, base seed ").append(def.seed()).append("</li>\n");
    h.append("<li>SLO: ").append(def.slo().isEmpty() ? "none" : esc(def.slo().maxima().entrySet().stream()
        .map(e -> e.getKey().scoreName() + " ≤ " + Numbers.brief(e.getValue())).toList().toString()))
        .append(def.slo().statistic() == Slo.Statistic.MEAN ? " (mean over seeds, on every load)"
            : " (upper 95 % confidence bound over seeds, on every load)").append("; objective: minimise ").append(esc(def.objective().scoreName()))
        .append(" summed over loads</li>\n</ul>\n");
    if (paretoPng != null) {
      h.append("<h2>Cost against the SLO metric</h2>\n").append(ParetoInteractive.html(r, def))
          .append("<details><summary>The same as a static picture (pareto.png)</summary>\n")
          .append("<img alt=\"Pareto chart\" style=\"max-width:100%\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(paretoPng)).append("\">\n</details>\n");
    }
    if (axesPng != null && !AxisCharts.variedAxes(def).isEmpty()) {
      h.append("<h2>Cost and the SLO metrics against each setting</h2>\n<p>Each dot is a point; the line joins, at ")
          .append("each value of the setting, the cheapest point ").append(def.slo().isEmpty() ? "" : "meeting the SLO ")
          .append("with that value.</p>\n<img alt=\"Cost and the SLO metrics against each setting\" ")
          .append("style=\"max-width:100%\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(axesPng)).append("\">\n");
    }
    h.append("<h2>Points</h2>\n<table><tr><th>point</th>");
    for (Axis a : def.axes()) {
      h.append("<th class=\"l\">").append(esc(Point.shortName(a.name()))).append("</th>");
    }
    h.append("<th>").append(esc(ScoreText.title(r.objectiveScore()))).append("</th>");
    List<Score> metrics = RecommendationText.metrics(r);
    for (Score m : metrics) {
      h.append("<th>").append(esc(m.scoreName())).append(" (worst load)</th>");
    }
    h.append("<th class=\"l\">SLO</th><th>Pareto</th></tr>\n");
    List<Recommendation.Summary> summaries = r.summaries();
    BitSet front = r.frontIndexes(); // not the list's contains: a sweep of 10 000 points may have a front of hundreds
    for (int i = 0; i < summaries.size(); i++) {
      Recommendation.Summary s = summaries.get(i);
      String cls = s == r.chosen() ? " class=\"chosen\"" : s.point().isBase() ? " class=\"base\""
          : !s.deployable() ? " class=\"bench\"" : "";
      h.append("<tr").append(cls).append("><td>").append(s.point().isBase() ? "base" : s.point().index()).append("</td>");
      for (var v : s.point().values()) {
        h.append("<td class=\"l\">").append(esc(v.isNull() ? "" : Point.text(v))).append("</td>");
      }
      h.append("<td>").append(esc(ScoreText.value(r.objectiveScore(), s.objective()))).append(RecommendationText
          .plusMinus(s).replace(" (95 % CI)", "")).append("</td>");
      for (Score m : metrics) {
        boolean missed = s.misses().stream().anyMatch(x -> x.score() == m);
        h.append(missed ? "<td class=\"miss\">" : "<td>").append(Numbers.brief(s.sloValues().getOrDefault(m,
            Double.NaN))).append("</td>");
      }
      h.append("<td class=\"l\">").append(def.slo().isEmpty() ? "" : esc(ScoreText.verdict(s, def.loads().size() > 1)))
          .append(s.deployable() ? "" : " (bench plug-in: AWS cannot run it)").append("</td><td>")
          .append(front.get(i) ? "●" : "").append("</td></tr>\n");
    }
    h.append("</table>\n<p>Per-load means, standard deviations and 95 % confidence intervals of every score are in ")
        .append("<code>results.csv</code>.</p>\n");
    if (!result.findings().isEmpty()) {
      h.append("<h2>Skipped</h2>\n<ul>\n");
      for (Finding f : result.findings()) {
        h.append("<li>").append(esc(f.pointIndex() < 0 ? f.message() : f.toString())).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
