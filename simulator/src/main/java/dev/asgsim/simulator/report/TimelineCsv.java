package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Timeline;
import java.time.Instant;

/**
 * {@code timeline.csv}: one row per simulated minute. Columns: time (ISO-8601 UTC, minute start), minute, demand (%
 * of one instance), desired, pending, in_service, warm (past warm-up), serving (LB-healthy), cpu (mean of serving
 * instances), metric (the group metric datapoint for the period starting this minute; empty where none), alarm_high,
 * alarm_low (OK / ALARM / INSUFFICIENT_DATA; empty without such an alarm), unserved (% of one instance), credits (mean
 * CPU credit balance; empty for fixed-performance types), why (the rule that held desired where it was this minute, a
 * {@link dev.asgsim.core.policy.Hold} name; empty when desired changed or nothing held it), proposed_1 … proposed_n (what
 * each policy proposed at the minute's last evaluation, before clamping, in summary.json's {@code policies} order; empty
 * for no proposal), and, when the group has lifecycle hooks, hook_wait
 * (instances in Pending:Wait, Warmed:Pending:Wait or Terminating:Wait, aws-behaviour §6.5), and with a warm pool,
 * warm_pool (its instances, aws-behaviour §7.6).
 */
public final class TimelineCsv {
  public static final String HEADER =
      "time,minute,demand,desired,pending,in_service,warm,serving,cpu,metric,alarm_high,alarm_low,unserved,credits,why";

  /** The header with one {@code proposed_i} column per policy (1-based). */
  public static String header(int policies) {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int p = 1; p <= policies; p++) {
      sb.append(",proposed_").append(p);
    }
    return sb.toString();
  }

  private TimelineCsv() {}

  public static String render(Timeline t) {
    StringBuilder sb = new StringBuilder(t.minutes() * 96 + 128);
    sb.append(header(t.policies())).append(t.hasHookWait() ? ",hook_wait" : "")
        .append(t.hasWarmPool() ? ",warm_pool" : "").append('\n');
    for (int m = 0; m < t.minutes(); m++) {
      sb.append(Instant.ofEpochSecond(t.time(m))).append(',')
          .append(m).append(',')
          .append(Numbers.decimals(t.demand(m), 4)).append(',')
          .append(t.desired(m)).append(',')
          .append(t.pending(m)).append(',')
          .append(t.inService(m)).append(',')
          .append(t.warm(m)).append(',')
          .append(t.serving(m)).append(',')
          .append(Numbers.decimals(t.cpu(m), 4)).append(',')
          .append(Numbers.decimals(t.metric(m), 4)).append(',')
          .append(Timeline.stateName(t.alarmHigh(m))).append(',')
          .append(Timeline.stateName(t.alarmLow(m))).append(',')
          .append(Numbers.decimals(t.unserved(m), 4)).append(',')
          .append(Numbers.decimals(t.credits(m), 4)).append(',');
      Hold why = t.why(m);
      if (why != null) {
        sb.append(why.name());
      }
      for (int p = 0; p < t.policies(); p++) {
        sb.append(',');
        int v = t.proposed(p, m);
        if (v != Timeline.NO_PROPOSAL) {
          sb.append(v);
        }
      }
      if (t.hasHookWait()) {
        sb.append(',').append(t.hookWait(m));
      }
      if (t.hasWarmPool()) {
        sb.append(',').append(t.warmPool(m));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
