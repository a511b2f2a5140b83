package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.score.Score;
import java.awt.Font;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;

/**
 * The value axis of a sweep chart: linear, or logarithmic when the values span two decades or more (an unserved
 * share of 95 % beside 0.02 % is a line on the floor of a linear axis), with a tick per decade. A log axis has no 0,
 * so zeros are drawn on its lowest tick, one decade below the smallest positive value, which is labelled "0". Tick labels are plain
 * decimals (no float noise, no exponent), with "$" on dollars.
 */
final class ChartScale {
  /** Positive values whose largest is this many times the smallest get a log axis. */
  static final double LOG_RATIO = 100;
  static final Font TICKS = new Font("DejaVu Sans", Font.PLAIN, 11);
  static final Font LABEL = new Font("DejaVu Sans", Font.PLAIN, 12);

  private final boolean log;
  private final double floor;
  private final double min;
  private final double max;
  private final boolean zeros;

  private ChartScale(boolean log, double floor, double min, double max, boolean zeros) {
    this.log = log;
    this.floor = floor;
    this.min = min;
    this.max = max;
    this.zeros = zeros;
  }

  /** The scale for these values (NaNs and infinities ignored). */
  static ChartScale of(double... values) {
    double minPositive = Double.POSITIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean negative = false;
    boolean zeros = false;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        continue;
      }
      negative |= v < 0;
      zeros |= v == 0;
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (v > 0) {
        minPositive = Math.min(minPositive, v);
      }
    }
    boolean log = !negative && max > 0 && max / minPositive >= LOG_RATIO;
    // The decade at or below the smallest positive value; one decade lower when zeros need a place of their own.
    double floor = log ? Math.pow(10, Math.floor(Math.log10(minPositive)) - (zeros ? 1 : 0)) : 0;
    return new ChartScale(log, floor, min, max, zeros && log);
  }

  boolean isLog() {
    return log;
  }

  /** Whether zeros are drawn at the floor of a log axis (its lowest tick then reads "0"). */
  boolean zerosAtFloor() {
    return zeros;
  }

  /** Where zeros are drawn on a log axis (0 on a linear one). */
  double floor() {
    return floor;
  }

  /** Whether {@code v} is in the upper half of the values (on the axis as drawn): labels there go to its left. */
  boolean upperHalf(double v) {
    if (!(max > min)) {
      return false;
    }
    double p = plot(v);
    double lo = plot(min);
    return log ? Math.log(p / lo) > Math.log(max / lo) / 2 : p - min > (max - min) / 2;
  }

  /** Where {@code v} is drawn: itself, or the floor for a zero on a log axis. */
  double plot(double v) {
    return log && v < floor ? floor : v;
  }

  /** The axis, titled {@code label} (" — log scale" added when it is one), its ticks formatted for {@code score}. */
  ValueAxis axis(String label, Score score) {
    ValueAxis axis;
    if (log) {
      LogAxis a = new LogAxis(label + " — log scale");
      a.setNumberFormatOverride(new Format(score, zeros ? floor : Double.NaN));
      a.setTickUnit(new NumberTickUnit(1)); // a tick per decade: 0.01, 0.1, 1, 10
      a.setMinorTickCount(9);
      a.setMinorTickMarksVisible(true);
      a.setRange(floor / 1.6, Math.max(max, floor * 10) * 1.6);
      axis = a;
    } else {
      NumberAxis a = new NumberAxis(label);
      a.setNumberFormatOverride(new Format(score, Double.NaN));
      a.setAutoRangeIncludesZero(false);
      axis = a;
    }
    axis.setTickLabelFont(TICKS);
    axis.setLabelFont(LABEL);
    return axis;
  }

  /** Ticks as {@link ScoreText#value}; the log axis's floor reads "0". */
  private static final class Format extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final transient Score score;
    private final double zeroAt;

    Format(Score score, double zeroAt) {
      this.score = score;
      this.zeroAt = zeroAt;
    }

    @Override
    public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
      double v = !Double.isNaN(zeroAt) && number <= zeroAt * 1.0001 ? 0 : number;
      return to.append(score == null ? Numbers.brief(v) : ScoreText.value(score, v));
    }

    @Override
    public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
      return format((double) number, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      throw new UnsupportedOperationException("tick labels are only written");
    }
  }
}
