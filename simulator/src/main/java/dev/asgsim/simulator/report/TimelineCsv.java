package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
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
 * CPU credit balance; empty for fixed-performance types), why (the rule that held desired where it was this minute, a
 * {@link dev.asgsim.core.policy.Hold} name; empty when desired changed or nothing held it), proposed_1 … proposed_n (what
 * each policy proposed at the minute's last evaluation, before clamping, in summary.json's {@code policies} order; empty
 * for no proposal), and, when the group has lifecycle hooks, hook_wait
 * (instances in Pending:Wait, Warmed:Pending:Wait or Terminating:Wait, aws-behaviour §6.5), with a warm pool,
 * warm_pool (its instances, aws-behaviour §7.6), and when the engine has more than one alarm pair, alarm_high_k and
 * alarm_low_k for each further pair k (summary.json's {@code alarms.pairs}).
 *
 * <p>Written row by row as the run streams ({@link Rows}): a year is 525 600 rows and 35 MB, so a row is formatted
 * into one reused buffer without a {@code String} per number or timestamp, and written as the ASCII bytes it is.
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
    private final OutputStream out;
    private final StringBuilder row = new StringBuilder(192);
    private byte[] bytes = new byte[192];
    private long day = Long.MIN_VALUE;
    /** "2024-01-01T": the date part of the current day's timestamps, as {@link Instant#toString()} writes it. */
    private String datePrefix;

    /** The header is written with the first row, which tells how many policies propose; -1 before. */
    private int policies = -1;

    Rows(OutputStream out) {
      this.out = out;
    }

    private void header(Timeline t) {
      header(t.policies(), t.hasHookWait(), t.hasWarmPool(), t.alarmPairs());
    }

    private void header(int n, boolean hookWait, boolean warmPool, int alarmPairs) {
      if (policies < 0) {
        policies = n;
        StringBuilder more = new StringBuilder();
        for (int k = 2; k <= alarmPairs; k++) {
          more.append(",alarm_high_").append(k).append(",alarm_low_").append(k);
        }
        write(TimelineCsv.header(n) + (hookWait ? ",hook_wait" : "") + (warmPool ? ",warm_pool" : "") + more + '\n');
      }
    }

    @Override
    public void timelineRow(Timeline t, int m) {
      header(t);
      StringBuilder sb = row;
      sb.setLength(0);
      time(sb, t.time(m));
      sb.append(',').append(m).append(',');
      Numbers.appendDecimals(sb, t.demand(m), 4).append(',')
          .append(t.desired(m)).append(',')
          .append(t.pending(m)).append(',')
          .append(t.inService(m)).append(',')
          .append(t.warm(m)).append(',')
          .append(t.serving(m)).append(',');
      Numbers.appendDecimals(sb, t.cpu(m), 4).append(',');
      Numbers.appendDecimals(sb, t.metric(m), 4).append(',')
          .append(Timeline.stateName(t.alarmHigh(m))).append(',')
          .append(Timeline.stateName(t.alarmLow(m))).append(',');
      Numbers.appendDecimals(sb, t.unserved(m), 4).append(',');
      Numbers.appendDecimals(sb, t.credits(m), 4).append(',');
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
      for (int k = 2; k <= t.alarmPairs(); k++) {
        sb.append(',').append(Timeline.stateName(t.alarmHigh(k, m))).append(',')
            .append(Timeline.stateName(t.alarmLow(k, m)));
      }
      sb.append('\n');
      int n = sb.length();
      if (bytes.length < n) {
        bytes = new byte[n * 2];
      }
      for (int i = 0; i < n; i++) {
        bytes[i] = (byte) sb.charAt(i); // digits, signs, '.', ',', ':', state and Hold names: all ASCII
      }
      write(bytes, n);
    }

    private void write(String ascii) {
      byte[] b = ascii.getBytes(StandardCharsets.US_ASCII);
      write(b, b.length);
    }

    private void write(byte[] b, int n) {
      try {
        out.write(b, 0, n);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@code Instant.ofEpochSecond(s).toString()}, with the date part formatted once a day. */
    private void time(StringBuilder sb, long s) {
      long d = Math.floorDiv(s, 86_400L);
      if (d != day) {
        day = d;
        String first = Instant.ofEpochSecond(d * 86_400L).toString();
        datePrefix = first.substring(0, first.indexOf('T') + 1);
      }
      int sec = (int) Math.floorMod(s, 86_400L);
      sb.append(datePrefix);
      two(sb, sec / 3600).append(':');
      two(sb, sec / 60 % 60).append(':');
      two(sb, sec % 60).append('Z');
    }

    private static StringBuilder two(StringBuilder sb, int v) {
      return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    @Override
    public void finish() {
      header(0, false, false, 1); // a run without rows (none has policies to name then)
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
