package dev.asgsim.core.validate;

import java.util.List;
import java.util.Locale;

/**
 * Checks the 5-field Unix cron of a scheduled action's {@code Recurrence} (aws-behaviour §5.1 [D]): minute, hour, day of
 * month, month, day of week; each field a comma list of {@code *}, {@code n}, {@code a-b}, optionally {@code /step}.
 */
public final class Cron {
  private static final String[] FIELDS = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 7};
  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private Cron() {}

  /** What is wrong with {@code expression}, or {@code null} if it is a valid 5-field cron. */
  public static String problem(String expression) {
    if (expression == null || expression.isBlank()) {
      return "the recurrence is empty";
    }
    String[] fields = expression.trim().split("\\s+");
    if (fields.length != 5) {
      return "a recurrence has 5 fields (minute hour day-of-month month day-of-week), this one has "
          + fields.length;
    }
    for (int i = 0; i < 5; i++) {
      String p = field(fields[i], i);
      if (p != null) {
        return "the " + FIELDS[i] + " field \"" + fields[i] + "\" " + p;
      }
    }
    return null;
  }

  private static String field(String text, int index) {
    for (String item : text.split(",", -1)) {
      if (item.isEmpty()) {
        return "has an empty list item";
      }
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        range = item.substring(0, slash);
        String step = item.substring(slash + 1);
        if (!step.matches("[0-9]{1,2}") || Integer.parseInt(step) == 0 || Integer.parseInt(step) > MAX[index]) {
          return "has an invalid step /" + step;
        }
      }
      if (range.equals("*") || (index == 2 || index == 4) && range.equals("?")) {
        continue;
      }
      String[] ends = range.split("-", -1);
      if (ends.length > 2) {
        return "has an invalid range " + range;
      }
      int[] values = new int[ends.length];
      for (int k = 0; k < ends.length; k++) {
        Integer v = value(ends[k], index);
        if (v == null) {
          return "holds " + (ends[k].isEmpty() ? "nothing" : ends[k]) + ", not a value from " + MIN[index] + " to "
              + MAX[index] + (index == 3 ? " or JAN-DEC" : index == 4 ? " or SUN-SAT" : "");
        }
        values[k] = v;
      }
      if (values.length == 2 && values[0] > values[1]) {
        return "has a backwards range " + range;
      }
    }
    return null;
  }

  private static Integer value(String s, int index) {
    if (s.matches("[0-9]{1,2}")) {
      int v = Integer.parseInt(s);
      return v >= MIN[index] && v <= MAX[index] ? v : null;
    }
    String upper = s.toUpperCase(Locale.ROOT);
    if (index == 3 && MONTHS.contains(upper)) {
      return MONTHS.indexOf(upper) + 1;
    }
    if (index == 4 && DAYS.contains(upper)) {
      return DAYS.indexOf(upper);
    }
    return null;
  }
}
