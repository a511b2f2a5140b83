package dev.asgsim.simulator.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed, locale-free number text for outputs: at most 4 decimals, no trailing zeros, empty for NaN. */
final class Fmt {
  private Fmt() {}

  static String num(double v) {
    return num(v, 4);
  }

  static String num(double v, int decimals) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return "";
    }
    BigDecimal b = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (b.signum() == 0) {
      return "0";
    }
    return b.toPlainString();
  }

  /** A JSON-friendly value: NaN and infinities become null; other doubles are rounded like {@link #num}. */
  static Object json(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return null;
    }
    return new BigDecimal(num(v, 6));
  }
}
