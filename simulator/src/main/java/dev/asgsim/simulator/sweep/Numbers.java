package dev.asgsim.simulator.sweep;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number text for result files: locale-free, at most 10 significant digits, no exponent, empty for NaN. */
public final class Numbers {
  private static final MathContext DIGITS = new MathContext(10);

  private Numbers() {}

  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    return new BigDecimal(v).round(DIGITS).stripTrailingZeros().toPlainString();
  }

  /** Shorter text for people: 4 significant digits. */
  public static String brief(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (v == 0 || Double.isInfinite(v)) {
      return format(v);
    }
    return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
