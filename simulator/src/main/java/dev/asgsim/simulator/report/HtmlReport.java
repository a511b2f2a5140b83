package dev.asgsim.simulator.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.report.chart.InteractiveChart;
import dev.asgsim.simulator.report.chart.Uplot;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code report.html}: one self-contained page (no external resources): the interactive timeline
 * ({@link InteractiveChart}, uPlot inlined) with chart.png below it as base64, the scores, the validator's findings
 * (given by the caller: the simulator does not depend on the validator), why it did not scale ({@link WhyTable}), the
 * activities newest first and the units of timeline.csv.
 */
public final class HtmlReport {
  /** Activities listed in full up to this many (the newest); older ones are counted. */
  static final int MAX_ACTIVITY_ROWS = 2000;

  /** What timeline.csv's columns hold, with their units. */
  static final String TIMELINE_COLUMNS = """
      <h2>timeline.csv</h2>
      <table>
      <tr><th>column</th><th>unit</th><th>meaning</th></tr>
      <tr><td>time</td><td>UTC, ISO 8601</td><td>start of the minute</td></tr>
      <tr><td>minute</td><td>minutes</td><td>minutes since the run's start</td></tr>
      <tr><td>demand</td><td>% of one instance's CPU</td><td>load offered this minute (150 = one and a half \
      instances' worth)</td></tr>
      <tr><td>desired</td><td>instances</td><td>DesiredCapacity after the minute's evaluations</td></tr>
      <tr><td>pending, in_service, warm, serving</td><td>instances</td><td>at the start of the minute: Pending; \
      InService; InService and past warm-up; receiving traffic from the load balancer</td></tr>
      <tr><td>cpu</td><td>%</td><td>mean CPUUtilization of the serving instances</td></tr>
      <tr><td>metric</td><td>the metric's unit (% for CPUUtilization, requests per target for \
      ALBRequestCountPerTarget)</td><td>the group metric datapoint for the period starting this minute; empty \
      where none was published</td></tr>
      <tr><td>alarm_high, alarm_low</td><td>OK, ALARM, INSUFFICIENT_DATA</td><td>state of the first "greater \
      than" and "less than" alarm after the minute (alarm_high_k, alarm_low_k at the end of the row: the k-th of \
      each, when the group has more than one pair)</td></tr>
      <tr><td>unserved</td><td>% of one instance's CPU</td><td>demand not served this minute</td></tr>
      <tr><td>credits</td><td>CPU credits</td><td>mean credit balance of in-service burstable instances at the \
      minute's end: CloudWatch's CPUCreditBalance minus CPUSurplusCreditBalance, negative while an unlimited instance \
      owes surplus credits (at most 24 hours of its earnings after an hour's end, aws-behaviour §8.1); empty for \
      fixed-performance types</td></tr>
      <tr><td>why</td><td>a reason name</td><td>the rule that held desired capacity where it was this minute (see \
      "Why didn't it scale?"); empty when desired changed or nothing held it</td></tr>
      <tr><td>proposed_1 … proposed_n</td><td>instances</td><td>what each policy proposed at the minute's last \
      evaluation, before clamping, in the order of summary.json's <code>policies</code>; empty for no proposal</td></tr>
      </table>
      """;

  private HtmlReport() {}

  /**
   * @param findings one line per validator finding (severity, rule, message); empty when the validator found
   *                 nothing, null when it did not run
   */
  public static String render(SimulationResult r, byte[] png, List<String> findings) {
    return render(r, RunDigest.of(r), () -> png, findings);
  }

  /**
   * The page of a run whose timeline and activities went through {@code digest}. The chart is asked for last, when the
   * rest of the page is written ({@code simulate} draws it on another thread meanwhile, issue 15), and goes in its
   * place.
   */
  public static String render(SimulationResult r, RunDigest digest, Supplier<byte[]> png, List<String> findings) {
    StringBuilder h = new StringBuilder(16_384);
    String name = r.config().autoScalingGroup().autoScalingGroupName();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>asgsim: ")
        .append(esc(name)).append("</title>\n<style>\n")
        .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px;color:#222;max-width:1450px}\n")
        .append("h1{font-size:22px}h2{font-size:18px;margin-top:28px}\n")
        .append("table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:4px 8px;")
        .append("text-align:left;vertical-align:top}th{background:#f3f3f3}\n")
        .append("td.n{text-align:right;font-variant-numeric:tabular-nums}img{max-width:100%}\n")
        .append(".note{color:#555;font-size:13px}.panel{margin:6px 0 14px}\n</style>\n")
        .append(Uplot.library()).append("</head>\n<body>\n");
    h.append("<h1>asgsim simulation: ").append(esc(name)).append("</h1>\n<p class=\"note\">")
        .append(esc(r.instanceType())).append(" · ").append(r.minutes()).append(" simulated minutes from ")
        .append(Instant.ofEpochSecond(r.startEpochSecond())).append(" · seed ").append(r.seed())
        .append(" · load: <code>").append(esc(r.loadDescription())).append("</code></p>\n");
    h.append("<p class=\"note\">Drag across a panel to zoom in (all panels follow), double-click to zoom out; hover ")
        .append("for values.</p>\n").append(InteractiveChart.html(r, digest.pageSeries()));
    h.append("<details><summary>The same run as a static picture (chart.png)</summary>\n")
        .append("<img alt=\"capacity and CPU over time\" src=\"data:image/png;base64,");
    StringBuilder beforeChart = h;
    h = new StringBuilder(16_384);
    h.append("\">\n</details>\n");

    h.append("<h2>Scores</h2>\n<table>\n<tr><th>score</th><th>value</th></tr>\n");
    for (Map.Entry<String, Object> e : SummaryJson.scores(r.scores()).entrySet()) {
      h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"n\">")
          .append(e.getValue() == null ? "–" : esc(e.getValue().toString())).append("</td></tr>\n");
    }
    h.append("</table>\n<p class=\"note\">Elasticity: d<sub>t</sub> = max(1, ceil(demand<sub>t</sub> / ")
        .append(Numbers.decimals(r.scores().cpuThresholdPercent(), 4))
        .append(" %)), s<sub>t</sub> = instances serving; θ and τ in % of time (aws-behaviour §18). A serving instance ")
        .append("throttled for want of CPU credits still counts in s<sub>t</sub>: these scores do not count capacity ")
        .append("lost to throttling as under-provisioning (unservedPercent does; the capacity chart shades it).</p>\n");

    WhyTable.append(h, r.minutes(), digest.why());
    PredictiveHtml.append(h, r);

    h.append("<h2>Validator findings</h2>\n");
    if (findings == null) {
      h.append("<p class=\"note\">The validator did not run for this report.</p>\n");
    } else if (findings.isEmpty()) {
      h.append("<p class=\"note\">No findings.</p>\n");
    } else {
      h.append("<ul>\n");
      for (String f : findings) {
        h.append("<li>").append(esc(f)).append("</li>\n");
      }
      h.append("</ul>\n");
    }
    if (!r.notes().isEmpty()) {
      h.append("<h2>Notes</h2>\n<ul>\n");
      for (String n : r.notes()) {
        h.append("<li>").append(esc(n)).append("</li>\n");
      }
      h.append("</ul>\n");
    }

    int total = digest.activityCount();
    h.append("<h2>Scaling activities (").append(total).append(")</h2>\n")
        .append("<p class=\"note\">Newest first, as describe-scaling-activities lists them.</p>\n<table>\n")
        .append("<tr><th>start</th><th>end</th><th>description</th><th>status</th><th>cause</th></tr>\n");
    List<Activity> newest = digest.newestActivities();
    for (int i = newest.size() - 1; i >= 0; i--) {
      Activity a = newest.get(i);
      h.append("<tr><td>").append(a.startTime()).append("</td><td>")
          .append(a.endTime() == null ? "" : a.endTime().toString()).append("</td><td>")
          .append(esc(a.description())).append("</td><td>").append(esc(a.statusCode())).append("</td><td>")
          .append(esc(a.cause())).append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (total > MAX_ACTIVITY_ROWS) {
      h.append("<p class=\"note\">").append(total - MAX_ACTIVITY_ROWS)
          .append(" older activities in activities.json.</p>\n");
    }
    h.append(TIMELINE_COLUMNS);
    h.append("</body>\n</html>\n");
    String chart = Base64.getEncoder().encodeToString(png.get());
    return new StringBuilder(beforeChart.length() + chart.length() + h.length()).append(beforeChart).append(chart)
        .append(h).toString();
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
