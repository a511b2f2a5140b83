package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.NotScaled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * report.html's "Why didn't it scale?" section (issue 17 item 3): the engine's reasons for the minutes desired did not
 * change — per reason (minutes, share of the run, periods, the longest), then the periods themselves, in time order.
 * It reads a {@link Digest} of the records, so that a long run need not hold them.
 */
final class WhyTable {
  /** Periods listed one by one up to this many (the longest, shown in time order); the rest are counted. */
  static final int MAX_PERIOD_ROWS = 300;

  private WhyTable() {}

  /**
   * The not-scaled records as they stream (in time order): minutes, periods and the longest period per reason, and the
   * {@link #MAX_PERIOD_ROWS} longest periods (ties: the earlier) — bounded, however long the run.
   */
  static final class Digest {
    /** Longer first, then earlier: the order in which periods are chosen for the table. */
    private static final Comparator<NotScaled> LONGEST_FIRST =
        Comparator.comparingInt(NotScaled::minutes).reversed().thenComparingLong(NotScaled::startEpochSecond);
    private final Map<Hold, int[]> byReason = new EnumMap<>(Hold.class); // minutes, periods
    private final Map<Hold, NotScaled> longest = new EnumMap<>(Hold.class);
    /** The longest periods so far, the one to drop first at its head. */
    private final PriorityQueue<NotScaled> kept = new PriorityQueue<>(LONGEST_FIRST.reversed());
    private int periods;

    void add(NotScaled n) {
      periods++;
      int[] v = byReason.computeIfAbsent(n.reason(), k -> new int[2]);
      v[0] += n.minutes();
      v[1]++;
      NotScaled l = longest.get(n.reason());
      if (l == null || n.minutes() > l.minutes()) {
        longest.put(n.reason(), n);
      }
      kept.add(n);
      if (kept.size() > MAX_PERIOD_ROWS) {
        kept.poll();
      }
    }

    /** The periods listed, in time order. */
    private List<NotScaled> rows() {
      List<NotScaled> rows = new ArrayList<>(kept);
      rows.sort(Comparator.comparingLong(NotScaled::startEpochSecond));
      return rows;
    }
  }

  static void append(StringBuilder h, int runMinutes, Digest d) {
    h.append("<h2>Why didn't it scale?</h2>\n<p class=\"note\">For each minute desired capacity did not change, the ")
        .append("rule of the engine's decision path that held it there (<code>why</code> in timeline.csv, ")
        .append("<code>").append(ActivitiesJson.NOT_SCALED).append("</code> in activities.json — asgsim's records, ")
        .append("not AWS activities). <code>asgsim explain OUT_DIR --at TIME</code> tells the story of one ")
        .append("moment.</p>\n");
    if (d.periods == 0) {
      h.append("<p class=\"note\">No minute had a reason: desired changed, or no policy had anything to say.</p>\n");
      return;
    }
    Map<Hold, int[]> byReason = d.byReason;
    Map<Hold, NotScaled> longest = d.longest;
    h.append("<table>\n<tr><th>reason</th><th>what held the group back</th><th>minutes</th><th>% of the run</th>")
        .append("<th>periods</th><th>longest</th></tr>\n");
    for (Map.Entry<Hold, int[]> e : byReason.entrySet()) {
      Hold k = e.getKey();
      NotScaled l = longest.get(k);
      h.append("<tr><td><code>").append(k.name()).append("</code></td><td>").append(HtmlReport.esc(k.text()))
          .append(" (aws-behaviour ").append(k.section()).append(")</td><td class=\"n\">").append(e.getValue()[0])
          .append("</td><td class=\"n\">").append(Numbers.decimals(100.0 * e.getValue()[0] / runMinutes, 1))
          .append("</td><td class=\"n\">").append(e.getValue()[1]).append("</td><td>").append(span(l))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");

    if (d.periods > MAX_PERIOD_ROWS) {
      h.append("<p class=\"note\">The ").append(MAX_PERIOD_ROWS).append(" longest of ").append(d.periods)
          .append(" periods, in time order; all of them are in activities.json.</p>\n");
    }
    h.append("<table>\n<tr><th>from</th><th>to</th><th>minutes</th><th>desired</th><th>reason</th><th>policy</th>")
        .append("</tr>\n");
    for (NotScaled n : d.rows()) {
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
