package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service level a point must meet: an upper bound per score (e.g. unserved demand <= 0.1 %, minutes above 80 %
 * CPU <= 10 per day), checked under every load on the mean over seeds, or, to be sure rather than right on average,
 * on the upper end of the 95 % confidence interval of the mean ({@link Statistic#CI95_HIGH}).
 */
public record Slo(Map<Score, Double> maxima, Statistic statistic) {
  public static final Slo NONE = new Slo(Map.of());

  /** Which value of a score's estimate is held against the bound. */
  public enum Statistic {
    MEAN,
    /** The upper 95 % confidence bound of the mean; with one seed (no interval) the mean. */
    CI95_HIGH
  }

  public Slo(Map<Score, Double> maxima) {
    this(maxima, Statistic.MEAN);
  }

  public Slo {
    statistic = statistic == null ? Statistic.MEAN : statistic;
    maxima = Collections.unmodifiableMap(new LinkedHashMap<>(maxima));
    maxima.forEach((name, max) -> {
      if (max == null || !Double.isFinite(max)) {
        throw new IllegalArgumentException("SLO " + name.scoreName() + ": the bound must be a number, not " + max);
      }
    });
  }

  /** The value of {@code e} this SLO compares with its bound. */
  public double value(Estimate e) {
    return statistic == Statistic.CI95_HIGH && !Double.isNaN(e.ciHigh()) ? e.ciHigh() : e.mean();
  }

  public boolean isEmpty() {
    return maxima.isEmpty();
  }

  public boolean meets(PointResult row) {
    return violation(row) == 0;
  }

  /** The bounds {@code row} misses, in the order the SLO lists them; empty when it meets the SLO. */
  public List<SloMiss> misses(PointResult row) {
    List<SloMiss> misses = new ArrayList<>();
    maxima.forEach((score, max) -> {
      double v = value(row.score(score));
      if (v > max) {
        misses.add(new SloMiss(score, v, max, row.load().name()));
      }
    });
    return misses;
  }

  /**
   * How far a row is from meeting the SLO: the sum over bounds of the relative excess (mean - max) / max, so that
   * bounds in different units add up; 0 when met. A bound of 0 counts the excess itself.
   */
  public double violation(PointResult row) {
    double total = 0;
    for (Map.Entry<Score, Double> bound : maxima.entrySet()) {
      double excess = value(row.score(bound.getKey())) - bound.getValue();
      if (excess > 0) {
        total += bound.getValue() == 0 ? excess : excess / Math.abs(bound.getValue());
      }
    }
    return total;
  }
}
