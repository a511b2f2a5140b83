package dev.asgsim.simulator.load;

/**
 * Reads the common spellings of a trace row straight from the line's characters (the reader's own array: a year is
 * 525 600 rows, and an interface call per character costs the quick compiler the launcher uses more than the parse),
 * without a {@code String}, a {@code java.time} object or a parser's temporaries per row: a UTC timestamp
 * {@code YYYY-MM-DDTHH:MM:SS} with a {@code Z} or no zone (or a space for the {@code T}), and a plain decimal number of
 * at most 15 digits. Anything else — zones, fractions of a second, exponents, long numbers, errors — returns "not
 * read" and {@link TraceReader} reads the row the general way, so every accepted value is the one the general way gives.
 */
final class TraceRowParser {
  /** Powers of ten held exactly by a double: a 15-digit integer divided by one is correctly rounded (Clinger). */
  private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
      1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  /** Returned when the fast way cannot read the field. */
  static final long NO_TIME = Long.MIN_VALUE;

  private TraceRowParser() {}

  /** The first index in {@code [from, to)} that is not whitespace as {@link String#trim()} sees it. */
  static int skipLeft(char[] s, int from, int to) {
    while (from < to && s[from] <= ' ') {
      from++;
    }
    return from;
  }

  /** One past the last index in {@code [from, to)} that is not whitespace as {@link String#trim()} sees it. */
  static int skipRight(char[] s, int from, int to) {
    while (to > from && s[to - 1] <= ' ') {
      to--;
    }
    return to;
  }

  /**
   * The epoch second of {@code s[from, to)} as {@code YYYY-MM-DD[T| ]HH:MM:SS[Z]} (UTC), or {@link #NO_TIME} when it
   * is spelled otherwise.
   */
  static long timestamp(char[] s, int from, int to) {
    int n = to - from;
    if (n != 19 && !(n == 20 && s[from + 19] == 'Z')) {
      return NO_TIME;
    }
    char sep = s[from + 10];
    if (s[from + 4] != '-' || s[from + 7] != '-' || (sep != 'T' && sep != ' ')
        || s[from + 13] != ':' || s[from + 16] != ':') {
      return NO_TIME;
    }
    int year = digits(s, from, 4);
    int month = digits(s, from + 5, 2);
    int day = digits(s, from + 8, 2);
    int hour = digits(s, from + 11, 2);
    int minute = digits(s, from + 14, 2);
    int second = digits(s, from + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return NO_TIME;
    }
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > DAYS_IN_MONTH[month - 1] + (month == 2 && leap ? 1 : 0)) {
      return NO_TIME;
    }
    return epochDay(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
  }

  /**
   * Days from 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse, as LocalDate computes it), in int
   * arithmetic: a four-digit year keeps every term small, and the quick compiler calls the runtime for each long
   * division.
   */
  private static long epochDay(int y, int m, int d) {
    int year = m <= 2 ? y - 1 : y;
    int era = Math.floorDiv(year, 400);
    int yoe = year - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468;
  }

  private static int digits(char[] s, int at, int count) {
    int v = 0;
    for (int i = at; i < at + count; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * {@code s[from, to)} as a plain decimal ({@code 12}, {@code -0.5}, {@code 3.}), exactly as
   * {@link Double#parseDouble} reads it, or NaN when it is spelled otherwise or has more than 15 digits.
   */
  static double decimal(char[] s, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean point = false;
    for (; i < to; i++) {
      char c = s[i];
      if (c == '.' && !point) {
        point = true;
      } else if (c >= '0' && c <= '9') {
        if (++digits > 15) {
          return Double.NaN;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          fraction++;
        }
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    double v = mantissa / POW10[fraction];
    return negative ? -v : v;
  }
}
