package dev.asgsim.simulator.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Timeline;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;

/**
 * {@code timeline.csv}: one row per simulated minute. Columns: time (ISO-8601 UTC, minute start), minute, demand (%
 * of one instance), desired, pending, in_service, warm (past warm-up), serving (LB-healthy), cpu (mean of serving
 * instances), metric (the group metric datapoint for the period starting this minute; empty where none), alarm_high,
 * alarm_low (OK / ALARM / INSUFFICIENT_DATA; empty without such an alarm), unserved (% of one instance), credits (mean
 * CPU credit balance; empty for fixed-performance types).
 *
 * <p>Written row by row as the run streams ({@link Rows}): a year is 525 600 rows and 35 MB, so a row is formatted
 * into one reused buffer without a {@code String} per number or timestamp.
 */
public final class TimelineCsv {
  public static final String HEADER =
      "time,minute,demand,desired,pending,in_service,warm,serving,cpu,metric,alarm_high,alarm_low,unserved,credits";

  private TimelineCsv() {}

  /** The whole file of a kept timeline. */
  public static String render(Timeline t) {
    StringWriter w = new StringWriter(t.minutes() * 96 + 128);
    Rows rows = new Rows(w);
    for (int m = 0; m < t.minutes(); m++) {
      rows.timelineRow(t, m);
    }
    rows.finish();
    return w.toString();
  }

  /** Writes the header, then each row as the run hands it on. */
  static final class Rows implements OutputFile.Streamed {
    private final Writer out;
    private final StringBuilder row = new StringBuilder(192);
    private char[] chars = new char[192];
    private long day = Long.MIN_VALUE;
    /** "2024-01-01T": the date part of the current day's timestamps, as {@link Instant#toString()} writes it. */
    private String datePrefix;

    Rows(Writer out) {
      this.out = out;
      try {
        out.write(HEADER);
        out.write('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void timelineRow(Timeline t, int m) {
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
      Numbers.appendDecimals(sb, t.credits(m), 4).append('\n');
      if (chars.length < sb.length()) {
        chars = new char[sb.length() * 2];
      }
      sb.getChars(0, sb.length(), chars, 0);
      try {
        out.write(chars, 0, sb.length());
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
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
