package dev.asgsim.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one number formatter: each style's edge cases, as the files have always written them. */
class NumbersTest {
  @Test
  void significantKeepsTenDigitsWithoutExponent() {
    assertThat(Numbers.significant(1.0 / 3)).isEqualTo("0.3333333333");
    assertThat(Numbers.significant(1e-12)).isEqualTo("0.000000000001");
    assertThat(Numbers.significant(12345678901234.0)).isEqualTo("12345678900000");
    assertThat(Numbers.significant(Double.NaN)).isEmpty();
    assertThat(Numbers.significant(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(Numbers.significant(-0.0)).isEqualTo("0");
  }

  @Test
  void briefKeepsFourDigitsAndShowsNanAsDash() {
    assertThat(Numbers.brief(123.456)).isEqualTo("123.5");
    assertThat(Numbers.brief(0.000123456)).isEqualTo("0.0001235");
    assertThat(Numbers.brief(Double.NaN)).isEqualTo("-");
    assertThat(Numbers.brief(Double.POSITIVE_INFINITY)).isEqualTo("inf");
  }

  @Test
  void decimalsRoundHalfEvenAndDropZeros() {
    assertThat(Numbers.decimals(0.12345, 4)).isEqualTo("0.1234");
    assertThat(Numbers.decimals(0.12355, 4)).isEqualTo("0.1236");
    assertThat(Numbers.decimals(2.5, 4)).isEqualTo("2.5");
    assertThat(Numbers.decimals(-0.00001, 4)).isEqualTo("0");
    assertThat(Numbers.decimals(Double.NaN, 4)).isEmpty();
    assertThat(Numbers.json(Double.NaN)).isNull();
    assertThat(Numbers.json(1.23456789)).hasToString("1.234568");
  }

  /** The allocation-free path must write what the exact BigDecimal rounding writes, halves and huge values included. */
  @Test
  void decimalsFastPathMatchesExactRounding() {
    java.util.Random random = new java.util.Random(15);
    double[] edges = {0.00005, 0.00015, 1.23445, 1.23455, -2.00005, 0.5, 1e-9, 123456789.12345, 9.99995, 99999.99995,
        1e13 + 0.5, 4.5e15, -0.0, 1e300, Double.MIN_VALUE, 0.1 + 0.2, 100.0 / 3};
    for (double v : edges) {
      for (int k = 0; k <= 6; k++) {
        assertThat(Numbers.decimals(v, k)).as("%s to %d", v, k).isEqualTo(exact(v, k));
      }
    }
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 4) {
        case 0 -> random.nextDouble() * 1000;
        case 1 -> Math.round(random.nextDouble() * 1e7) / 1e5 + 0.00005; // ties at 4 decimals, as written
        case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16));
        default -> random.nextInt(100_000) / 8.0;
      };
      assertThat(Numbers.decimals(v, 4)).as("%s", v).isEqualTo(exact(v, 4));
    }
  }

  private static String exact(double v, int k) {
    java.math.BigDecimal b = java.math.BigDecimal.valueOf(v).setScale(k, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return b.signum() == 0 ? "0" : b.toPlainString();
  }

  @Test
  void shortestIsExactAndPlainWhateverTheLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(Numbers.shortest(20)).isEqualTo("20");
      assertThat(Numbers.shortest(0.5)).isEqualTo("0.5");
      assertThat(Numbers.shortest(1e-5)).isEqualTo("0.00001");
      assertThat(Numbers.shortest(1e20)).isEqualTo("100000000000000000000");
      assertThat(Numbers.oneDecimal(2.25)).isEqualTo("2.3");
      assertThat(Numbers.oneDecimal(40)).isEqualTo("40");
    } finally {
      Locale.setDefault(before);
    }
  }
}
