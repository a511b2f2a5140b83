package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.text.AsciiBuffer;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Timeline;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code timeline.csv}: one row per simulated minute. Columns: time (ISO-8601 UTC, minute start), minute, demand (%
 * of one instance), desired, pending, in_service, warm (past warm-up), serving (LB-healthy), cpu (mean of serving
 * instances), metric (the group metric datapoint for the period starting this minute; empty where none), alarm_high,
 * alarm_low (OK / ALARM / INSUFFICIENT_DATA; empty without such an alarm), unserved (% of one instance), credits (mean
 * CPUCreditBalance minus CPUSurplusCreditBalance at the minute's end, aws-behaviour §8.1; empty for fixed-performance
 * types), why (the rule that held desired where it was this minute, a
 * {@link dev.asgsim.core.policy.Hold} name; empty when desired changed or nothing held it), proposed_1 … proposed_n (what
 * each policy proposed at the minute's last evaluation, before clamping, in summary.json's {@code policies} order; empty
 * for no proposal), and, when the group has lifecycle hooks, hook_wait
 * (instances in Pending:Wait, Warmed:Pending:Wait, Terminating:Wait or Warmed:Terminating:Wait, aws-behaviour §6.5),
 * with a warm pool, warm_pool (its instances, aws-behaviour §7.6), and when the engine has more than one alarm pair,
 * alarm_high_k and alarm_low_k for each further pair k (summary.json's {@code alarms.pairs}), and when the run interrupts Spot
 * instances, spot_interrupted and rebalance_launches (Spot instances EC2 interrupted, and replacements Capacity
 * Rebalancing launched, in the minute, aws-behaviour §7.7).
 *
 * <p>Written row by row as the run streams ({@link Rows}): a year is 525 600 rows and 35 MB, so rows are formatted
 * straight into one reused buffer of ASCII bytes ({@link AsciiBuffer}), without a {@code String} per number or
 * timestamp, and written some thirty kilobytes at a time.
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

  /** The whole file of a kept timeline. */
  public static String render(Timeline t) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(t.minutes() * 96 + 128);
    Rows rows = new Rows(bytes);
    rows.header(t);
    for (int m = 0; m < t.minutes(); m++) {
      rows.timelineRow(t, m);
    }
    rows.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes the header, then each row as the run hands it on. */
  static final class Rows implements OutputFile.Streamed {
    /** The alarm state names by code ({@link Timeline#stateName}) and the {@link Hold} names, as bytes. */
    private static final byte[][] STATES = {AsciiBuffer.bytes(Timeline.stateName(Timeline.OK)),
        AsciiBuffer.bytes(Timeline.stateName(Timeline.ALARM)),
        AsciiBuffer.bytes(Timeline.stateName(Timeline.INSUFFICIENT_DATA))};
    private static final byte[] NO_STATE = new byte[0];
    private static final byte[][] HOLDS = java.util.Arrays.stream(Hold.values()).map(h -> AsciiBuffer.bytes(h.name()))
        .toArray(byte[][]::new);
    /** Rows are gathered up to this many bytes, then written in one call. */
    private static final int FLUSH_AT = 1 << 15;

    private final OutputStream out;
    private final AsciiBuffer rows = new AsciiBuffer(FLUSH_AT + 512);
    /** The current day's first second and the next day's: the date part is formatted once a day. */
    private long dayStart;
    private long dayEnd;
    /** "2024-01-01T": the date part of the current day's timestamps, as {@link Instant#toString()} writes it. */
    private byte[] datePrefix;

    /** The header is written with the first row, which tells how many policies propose; -1 before. */
    private int policies = -1;

    Rows(OutputStream out) {
      this.out = out;
    }

    private void header(Timeline t) {
      header(t.policies(), t.hasHookWait(), t.hasWarmPool(), t.alarmPairs(), t.hasSpot());
    }

    private void header(int n, boolean hookWait, boolean warmPool, int alarmPairs, boolean spot) {
      if (policies < 0) {
        policies = n;
        StringBuilder more = new StringBuilder();
        for (int k = 2; k <= alarmPairs; k++) {
          more.append(",alarm_high_").append(k).append(",alarm_low_").append(k);
        }
        rows.append(TimelineCsv.header(n) + (hookWait ? ",hook_wait" : "") + (warmPool ? ",warm_pool" : "") + more
            + (spot ? ",spot_interrupted,rebalance_launches" : "") + '\n');
      }
    }

    @Override
    public void timelineRow(Timeline t, int m) {
      header(t);
      AsciiBuffer b = rows;
      time(b, t.time(m));
      b.append(',').append(m).append(',');
      Numbers.appendDecimals(b, t.demand(m), 4).append(',')
          .append(t.desired(m)).append(',')
          .append(t.pending(m)).append(',')
          .append(t.inService(m)).append(',')
          .append(t.warm(m)).append(',')
          .append(t.serving(m)).append(',');
      Numbers.appendDecimals(b, t.cpu(m), 4).append(',');
      Numbers.appendDecimals(b, t.metric(m), 4).append(',')
          .append(state(t.alarmHigh(m))).append(',')
          .append(state(t.alarmLow(m))).append(',');
      Numbers.appendDecimals(b, t.unserved(m), 4).append(',');
      Numbers.appendDecimals(b, t.credits(m), 4).append(',');
      Hold why = t.why(m);
      if (why != null) {
        b.append(HOLDS[why.ordinal()]);
      }
      for (int p = 0; p < t.policies(); p++) {
        b.append(',');
        int v = t.proposed(p, m);
        if (v != Timeline.NO_PROPOSAL) {
          b.append(v);
        }
      }
      if (t.hasHookWait()) {
        b.append(',').append(t.hookWait(m));
      }
      if (t.hasWarmPool()) {
        b.append(',').append(t.warmPool(m));
      }
      for (int k = 2; k <= t.alarmPairs(); k++) {
        b.append(',').append(state(t.alarmHigh(k, m))).append(',').append(state(t.alarmLow(k, m)));
      }
      if (t.hasSpot()) {
        b.append(',').append(t.spotInterrupted(m)).append(',').append(t.rebalanceLaunches(m));
      }
      b.append('\n');
      if (b.length() >= FLUSH_AT) {
        flushRows();
      }
    }

    private static byte[] state(byte code) {
      return code >= 0 && code < STATES.length ? STATES[code] : NO_STATE;
    }

    private void flushRows() {
      try {
        rows.writeTo(out);
        rows.clear();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * {@code Instant.ofEpochSecond(s).toString()}, with the date part formatted once a day (and no long division per
     * row: the quick compiler the launcher uses calls the runtime for each).
     */
    private void time(AsciiBuffer b, long s) {
      if (s < dayStart || s >= dayEnd) {
        dayStart = Math.floorDiv(s, 86_400L) * 86_400L;
        dayEnd = dayStart + 86_400L;
        String first = Instant.ofEpochSecond(dayStart).toString();
        datePrefix = AsciiBuffer.bytes(first.substring(0, first.indexOf('T') + 1));
      }
      int sec = (int) (s - dayStart);
      b.append(datePrefix);
      b.appendTwoDigits(sec / 3600).append(':');
      b.appendTwoDigits(sec / 60 % 60).append(':');
      b.appendTwoDigits(sec % 60).append('Z');
    }

    @Override
    public void finish() {
      header(0, false, false, 1, false); // a run without rows (none has policies to name then)
      flushRows();
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
