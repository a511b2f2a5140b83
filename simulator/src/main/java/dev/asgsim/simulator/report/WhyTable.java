package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.SimulationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * report.html's "Why didn't it scale?" section (issue 17 item 3): the engine's reasons for the minutes desired did not
 * change — per reason (minutes, share of the run, periods, the longest), then the periods themselves, in time order.
 */
final class WhyTable {
  /** Periods listed one by one up to this many (the longest, shown in time order); the rest are counted. */
  static final int MAX_PERIOD_ROWS = 300;

  private WhyTable() {}

  static void append(StringBuilder h, SimulationResult r) {
    List<NotScaled> all = r.notScaled();
    h.append("<h2>Why didn't it scale?</h2>\n<p class=\"note\">For each minute desired capacity did not change, the ")
        .append("rule of the engine's decision path that held it there (<code>why</code> in timeline.csv, ")
        .append("<code>").append(ActivitiesJson.NOT_SCALED).append("</code> in activities.json — asgsim's records, ")
        .append("not AWS activities). <code>asgsim explain OUT_DIR --at TIME</code> tells the story of one ")
        .append("moment.</p>\n");
    if (all.isEmpty()) {
      h.append("<p class=\"note\">No minute had a reason: desired changed, or no policy had anything to say.</p>\n");
      return;
    }
    Map<Hold, int[]> byReason = new EnumMap<>(Hold.class); // minutes, periods
    Map<Hold, NotScaled> longest = new EnumMap<>(Hold.class);
    for (NotScaled n : all) {
      int[] v = byReason.computeIfAbsent(n.reason(), k -> new int[2]);
      v[0] += n.minutes();
      v[1]++;
      NotScaled l = longest.get(n.reason());
      if (l == null || n.minutes() > l.minutes()) {
        longest.put(n.reason(), n);
      }
    }
    h.append("<table>\n<tr><th>reason</th><th>what held the group back</th><th>minutes</th><th>% of the run</th>")
        .append("<th>periods</th><th>longest</th></tr>\n");
    for (Map.Entry<Hold, int[]> e : byReason.entrySet()) {
      Hold k = e.getKey();
      NotScaled l = longest.get(k);
      h.append("<tr><td><code>").append(k.name()).append("</code></td><td>").append(HtmlReport.esc(k.text()))
          .append(" (aws-behaviour ").append(k.section()).append(")</td><td class=\"n\">").append(e.getValue()[0])
          .append("</td><td class=\"n\">").append(Numbers.decimals(100.0 * e.getValue()[0] / r.minutes(), 1))
          .append("</td><td class=\"n\">").append(e.getValue()[1]).append("</td><td>").append(span(l))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    List<NotScaled> rows = all;
    if (all.size() > MAX_PERIOD_ROWS) {
      rows = new ArrayList<>(all);
      rows.sort(Comparator.comparingInt(NotScaled::minutes).reversed().thenComparingLong(NotScaled::startEpochSecond));
      rows = new ArrayList<>(rows.subList(0, MAX_PERIOD_ROWS));
      rows.sort(Comparator.comparingLong(NotScaled::startEpochSecond));
      h.append("<p class=\"note\">The ").append(MAX_PERIOD_ROWS).append(" longest of ").append(all.size())
          .append(" periods, in time order; all of them are in activities.json.</p>\n");
    }
    h.append("<table>\n<tr><th>from</th><th>to</th><th>minutes</th><th>desired</th><th>reason</th><th>policy</th>")
        .append("</tr>\n");
    for (NotScaled n : rows) {
      h.append("<tr><td>").append(Instant.ofEpochSecond(n.startEpochSecond())).append("</td><td>")
          .append(Instant.ofEpochSecond(n.endEpochSecond())).append("</td><td class=\"n\">").append(n.minutes())
          .append("</td><td class=\"n\">").append(n.desired()).append("</td><td><code>").append(n.reason().name())
          .append("</code></td><td>").append(HtmlReport.esc(n.policyName())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String span(NotScaled n) {
    return Instant.ofEpochSecond(n.startEpochSecond()) + " – " + Instant.ofEpochSecond(n.endEpochSecond()) + " ("
        + n.minutes() + " min)";
  }
}
