package dev.asgsim.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Every number asgsim writes for people or files, in one place: locale-free, never in scientific notation, so the
 * same run gives the same bytes on any machine. Each style is named for where it is used.
 */
public final class Numbers {
  private static final MathContext TEN_DIGITS = new MathContext(10);
  private static final MathContext FOUR_DIGITS = new MathContext(4);
  private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  private static final int[] INT_POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private Numbers() {}

  /** Result files (results.csv, a sweep's JSON): at most 10 significant digits; "" for NaN, "inf"/"-inf". */
  public static String significant(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(TEN_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** Tables and sentences for people: 4 significant digits; "-" for NaN. */
  public static String brief(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (v == 0 || Double.isInfinite(v)) {
      return significant(v);
    }
    return new BigDecimal(v).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
  }

  /** Timelines and reports: at most {@code decimals} decimals (half-even), no trailing zeros; "" for NaN and ±inf. */
  public static String decimals(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    return appendDecimals(new AsciiBuffer(24), v, decimals).toString();
  }

  /**
   * Appends {@link #decimals} of {@code v} to {@code out} (nothing for NaN and ±inf) without allocating in the common
   * case: a year's timeline.csv formats five million numbers. The value is scaled and rounded in {@code double}
   * arithmetic only when that cannot differ from rounding {@code BigDecimal.valueOf(v)}: the scaled value is far below
   * 2^53 and its fraction is not within a few ulps of one half (where the decimal string and the binary value could
   * round differently); those few go the exact way.
   */
  public static AsciiBuffer appendDecimals(AsciiBuffer out, double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return out;
    }
    if (decimals >= 0 && decimals < POW10.length) {
      double x = Math.abs(v) * POW10[decimals];
      // x >= 0, so truncation is the floor where it is used (x < 1e14), without a call to StrictMath.floor
      double frac = x - (long) x;
      if (x < 1e14 && Math.abs(frac - 0.5) > Math.max(x, 1) * 1e-13) {
        long r = Math.round(x);
        if (r == 0) {
          return out.append('0');
        }
        int unit = INT_POW10[decimals];
        long whole;
        int fraction;
        if (r <= Integer.MAX_VALUE) { // int division: the quick compiler calls the runtime for each long one
          whole = (int) r / unit;
          fraction = (int) r % unit;
        } else {
          whole = r / unit;
          fraction = (int) (r % unit);
        }
        int digits = decimals;
        while (digits > 0 && fraction % 10 == 0) {
          fraction /= 10;
          digits--;
        }
        if (v < 0) {
          out.append('-');
        }
        out.append(whole);
        if (digits > 0) {
          out.append('.');
          for (int p = INT_POW10[digits - 1]; p > fraction && p > 1; p /= 10) {
            out.append('0');
          }
          out.append(fraction);
        }
        return out;
      }
    }
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return b.signum() == 0 ? out.append('0') : out.append(b.toPlainString());
  }

  /** A JSON number: {@link #decimals} to 6 places, or null for NaN and ±inf (JSON has neither). */
  public static BigDecimal json(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    return new BigDecimal(decimals(v, 6));
  }

  /** Specs, traces and messages: the shortest exact decimal ({@code 20}, {@code 0.5}); finite values only. */
  public static String shortest(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** Advice text: a whole number as is, else one decimal ({@code 2.5}). */
  public static String oneDecimal(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
