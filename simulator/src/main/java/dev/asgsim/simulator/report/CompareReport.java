package dev.asgsim.simulator.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.report.chart.CapacityUnit;
import dev.asgsim.simulator.report.chart.CompareChart;
import dev.asgsim.simulator.report.chart.CompareData;
import dev.asgsim.simulator.report.chart.InteractiveChart;
import dev.asgsim.simulator.report.chart.Png;
import dev.asgsim.simulator.report.chart.TimelineChart;
import dev.asgsim.simulator.report.chart.Uplot;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs of {@code asgsim compare}: {@code compare.html} (scores side by side with each config's difference from
 * the first, the runs overlaid interactively, every config's activities newest first) and {@code compare.png}.
 */
public final class CompareReport {
  public static final String HTML = "compare.html";
  public static final String PNG = "compare.png";
  /** Activities listed per config; the rest are in that config's activities.json. */
  static final int MAX_ACTIVITY_ROWS = 300;

  private CompareReport() {}

  /** compare.html and compare.png, in that order; {@code names[i]} names {@code runs[i]} (and its output folder). */
  public static Map<String, byte[]> render(List<String> names, List<SimulationResult> runs) {
    CompareData data = new CompareData(names, runs, TimelineChart.COLUMNS);
    BufferedImage image = CompareChart.build(data, runs.get(0).loadDescription()).createBufferedImage(Chart.WIDTH,
        Chart.HEIGHT);
    byte[] png = Png.encode(image);
    CompareData interactive = new CompareData(names, runs, InteractiveChart.COLUMNS);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(HTML, html(names, runs, interactive, png).getBytes(StandardCharsets.UTF_8));
    files.put(PNG, png);
    return files;
  }

  static String html(List<String> names, List<SimulationResult> runs, CompareData data, byte[] png) {
    SimulationResult first = runs.get(0);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>asgsim compare: ")
        .append(HtmlReport.esc(String.join(" vs ", names))).append("</title>\n<style>\n")
        .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#222;max-width:1450px}\n")
        .append("h1{font-size:22px}h2{font-size:18px;margin-top:28px}\n")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:4px 8px;")
        .append("text-align:left;vertical-align:top}th{background:#f3f3f3}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}\n")
        .append(".note{color:#555;font-size:13px}.panel{margin:6px 0 14px}.worse{color:#b2182b}")
        .append(".better{color:#1a7a1a}\n</style>\n").append(Uplot.library()).append("</head>\n<body>\n");
    h.append("<h1>asgsim compare: ").append(HtmlReport.esc(String.join(" vs ", names))).append("</h1>\n")
        .append("<p class=\"note\">Same load and seed for every config: <code>")
        .append(HtmlReport.esc(first.loadDescription())).append("</code>, ").append(first.minutes())
        .append(" simulated minutes from ").append(Instant.ofEpochSecond(first.startEpochSecond())).append(", seed ")
        .append(first.seed()).append(". Each config's own outputs (report.html, timeline.csv, …) are in the folder ")
        .append("named after it.</p>\n");
    String unitNote = CompareData.unitNote(names, runs);
    if (unitNote != null) {
      h.append("<p class=\"note\"><strong>Note:</strong> ").append(HtmlReport.esc(unitNote)).append(".</p>\n");
    }

    h.append("<h2>Scores</h2>\n<table>\n<tr><th>score</th>");
    for (int i = 0; i < names.size(); i++) {
      h.append("<th>").append(HtmlReport.esc(names.get(i))).append("</th>");
      if (i > 0) {
        h.append("<th>").append(HtmlReport.esc(names.get(i))).append(" − ").append(HtmlReport.esc(names.get(0)))
            .append("</th>");
      }
    }
    h.append("</tr>\n");
    List<Map<String, Object>> scores = new ArrayList<>();
    for (SimulationResult r : runs) {
      scores.add(SummaryJson.scores(r.scores()));
    }
    for (String key : scores.get(0).keySet()) {
      h.append("<tr><td>").append(HtmlReport.esc(key)).append("</td>");
      Object base = scores.get(0).get(key);
      // meanServing counts each run's capacity unit: across units a difference would compare vCPUs with instances.
      boolean perUnit = unitNote != null && key.equals(Score.MEAN_SERVING.jsonName());
      for (int i = 0; i < scores.size(); i++) {
        Object v = scores.get(i).get(key);
        h.append("<td class=\"n\">").append(v == null ? "–" : HtmlReport.esc(v.toString()))
            .append(perUnit ? " " + HtmlReport.esc(CapacityUnit.of(runs.get(i))) : "").append("</td>");
        if (i > 0) {
          h.append("<td class=\"n\">").append(perUnit ? "(different units)" : difference(base, v)).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
    WarmPoolComparison pool = WarmPoolComparison.of(runs);
    if (pool != null) {
      h.append(pool.html(names));
    }

    h.append("<h2>Overlaid</h2>\n<p class=\"note\">Drag across a panel to zoom in (all panels follow), ")
        .append("double-click to zoom out; hover for every config's value.</p>\n<div id=\"compare\"></div>\n")
        .append(Uplot.script("axes.js")).append(Uplot.page("compare.js", "asgsim-compare", data.json()))
        .append("<details><summary>The same as a static picture (compare.png)</summary>\n")
        .append("<img alt=\"compared runs\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\">\n</details>\n");

    for (int i = 0; i < runs.size(); i++) {
      List<Activity> acts = runs.get(i).activities();
      h.append("<h2>Activities of ").append(HtmlReport.esc(names.get(i))).append(" (").append(acts.size())
          .append(")</h2>\n<p class=\"note\">Newest first, as describe-scaling-activities lists them.</p>\n<table>\n")
          .append("<tr><th>start</th><th>description</th><th>status</th><th>cause</th></tr>\n");
      int rows = 0;
      for (int k = acts.size() - 1; k >= 0 && rows < MAX_ACTIVITY_ROWS; k--, rows++) {
        Activity a = acts.get(k);
        h.append("<tr><td>").append(a.startTime()).append("</td><td>").append(HtmlReport.esc(a.description()))
            .append("</td><td>").append(HtmlReport.esc(a.statusCode())).append("</td><td>")
            .append(HtmlReport.esc(a.cause())).append("</td></tr>\n");
      }
      h.append("</table>\n");
      if (acts.size() > MAX_ACTIVITY_ROWS) {
        h.append("<p class=\"note\">").append(acts.size() - MAX_ACTIVITY_ROWS).append(" older activities in ")
            .append(HtmlReport.esc(names.get(i))).append("/activities.json.</p>\n");
      }
    }
    return h.append("</body>\n</html>\n").toString();
  }

  /** {@code v − base} for numbers, with its sign; blank otherwise. */
  static String difference(Object base, Object v) {
    if (!(base instanceof Number b) || !(v instanceof Number n)) {
      return "";
    }
    double d = n.doubleValue() - b.doubleValue();
    if (Double.isNaN(d)) {
      return "";
    }
    String text = Numbers.decimals(d, 4);
    return d > 0 ? "+" + text : text;
  }
}
