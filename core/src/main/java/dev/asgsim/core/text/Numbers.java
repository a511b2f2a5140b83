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
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (b.signum() == 0) {
      return "0";
    }
    return b.toPlainString();
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
