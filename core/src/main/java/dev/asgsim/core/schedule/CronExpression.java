package dev.asgsim.core.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The 5-field Unix cron of {@code Recurrence} (aws-behaviour §5.1 [D]): {@code minute hour day-of-month month day-of-week},
 * each field {@code *}, a value, a range {@code a-b}, a step {@code * /n}, {@code a/n} or {@code a-b/n}, or a comma
 * list of those; months {@code JAN}-{@code DEC}, weekdays {@code SUN}-{@code SAT}, Sunday = 0 or 7. As in Unix cron,
 * when both day-of-month and day-of-week are restricted a day matching either one matches.
 *
 * <p>Times are wall-clock times in the action's zone: a time skipped by a DST jump runs at the equivalent instant
 * after the jump, a time repeated by a DST fall-back runs once (the earlier occurrence) [I].
 */
public final class CronExpression {
  private static final String[] MONTHS =
      {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
  /** Searching further than this finds nothing that will ever match (e.g. 30 FEB). */
  private static final int MAX_SEARCH_DAYS = 366 * 8 + 1;

  private final String text;
  private final long minutes;
  private final long hours;
  private final long daysOfMonth;
  private final long months;
  private final long daysOfWeek;
  private final boolean domRestricted;
  private final boolean dowRestricted;

  private CronExpression(String text, long minutes, long hours, long daysOfMonth, long months, long daysOfWeek,
      boolean domRestricted, boolean dowRestricted) {
    this.text = text;
    this.minutes = minutes;
    this.hours = hours;
    this.daysOfMonth = daysOfMonth;
    this.months = months;
    this.daysOfWeek = daysOfWeek;
    this.domRestricted = domRestricted;
    this.dowRestricted = dowRestricted;
  }

  /** Parses a recurrence; a bad one throws with a message naming the field and the accepted syntax. */
  public static CronExpression parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Recurrence is empty; expected 5 fields: minute hour day-of-month month "
          + "day-of-week, e.g. \"0 9 * * MON-FRI\"");
    }
    String[] f = text.trim().split("\\s+");
    if (f.length != 5) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Recurrence '%s' has %d fields; expected 5: minute hour day-of-month month day-of-week, e.g. "
              + "\"0 9 * * MON-FRI\"", text, f.length));
    }
    long min = field(text, "minute", f[0], 0, 59, null);
    long hour = field(text, "hour", f[1], 0, 23, null);
    long dom = field(text, "day-of-month", f[2], 1, 31, null);
    long mon = field(text, "month", f[3], 1, 12, MONTHS);
    long dow = field(text, "day-of-week", f[4], 0, 7, DAYS);
    if ((dow & (1L << 7)) != 0) {
      dow = (dow | 1L) & ~(1L << 7);
    }
    return new CronExpression(text, min, hour, dom, mon, dow, !isStar(f[2]), !isStar(f[4]));
  }

  private static boolean isStar(String field) {
    return field.equals("*") || field.equals("?");
  }

  private static long field(String text, String name, String field, int lo, int hi, String[] names) {
    long bits = 0;
    for (String item : field.split(",", -1)) {
      int step = 1;
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        step = number(text, name, item.substring(slash + 1), 1, hi - lo + 1, null, 0);
        range = item.substring(0, slash);
      }
      int from;
      int to;
      if (range.equals("*") || range.equals("?")) {
        from = lo;
        to = hi;
      } else {
        int dash = range.indexOf('-', 1);
        if (dash >= 0) {
          from = number(text, name, range.substring(0, dash), lo, hi, names, lo);
          to = number(text, name, range.substring(dash + 1), lo, hi, names, lo);
          if (to < from) {
            throw bad(text, name, item, "range end is before its start");
          }
        } else {
          from = number(text, name, range, lo, hi, names, lo);
          to = slash >= 0 ? hi : from;
        }
      }
      for (int v = from; v <= to; v += step) {
        bits |= 1L << v;
      }
    }
    return bits;
  }

  private static int number(String text, String name, String s, int lo, int hi, String[] names, int nameBase) {
    if (names != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equalsIgnoreCase(s)) {
          return i + nameBase;
        }
      }
    }
    int v;
    try {
      v = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw bad(text, name, s, "not a number" + (names == null ? "" : " or a name like " + names[0]));
    }
    if (v < lo || v > hi) {
      throw bad(text, name, s, "out of range " + lo + "-" + hi);
    }
    return v;
  }

  private static IllegalArgumentException bad(String text, String name, String item, String why) {
    return new IllegalArgumentException(String.format(Locale.ROOT,
        "Recurrence '%s': %s field '%s' is invalid (%s). Fields: minute 0-59, hour 0-23, day-of-month 1-31, "
            + "month 1-12 or JAN-DEC, day-of-week 0-7 or SUN-SAT; each *, a, a-b, */n, a-b/n or a comma list",
        text, name, item, why));
  }

  /** Whether the wall-clock time {@code t} matches. */
  public boolean matches(LocalDateTime t) {
    return (minutes & (1L << t.getMinute())) != 0
        && (hours & (1L << t.getHour())) != 0
        && (months & (1L << t.getMonthValue())) != 0
        && dayMatches(t);
  }

  private boolean dayMatches(LocalDateTime t) {
    boolean dom = (daysOfMonth & (1L << t.getDayOfMonth())) != 0;
    boolean dow = (daysOfWeek & (1L << (t.getDayOfWeek().getValue() % 7))) != 0;
    if (domRestricted && dowRestricted) {
      return dom || dow;
    }
    return dom && dow;
  }

  /** The first matching instant strictly after {@code afterEpochSecond}, or {@code Long.MAX_VALUE} if none. */
  public long next(long afterEpochSecond, ZoneId zone) {
    ZonedDateTime start = Instant.ofEpochSecond(afterEpochSecond).atZone(zone);
    LocalDateTime t = start.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDateTime limit = t.plusDays(MAX_SEARCH_DAYS);
    while (t.isBefore(limit)) {
      if ((months & (1L << t.getMonthValue())) == 0) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
      } else if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
      } else if ((hours & (1L << t.getHour())) == 0) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
      } else if ((minutes & (1L << t.getMinute())) == 0) {
        t = t.plusMinutes(1);
      } else {
        long e = ZonedDateTime.ofLocal(t, zone, null).toEpochSecond();
        if (e > afterEpochSecond) {
          return e;
        }
        t = t.plusMinutes(1);
      }
    }
    return Long.MAX_VALUE;
  }

  @Override
  public String toString() {
    return text;
  }
}
