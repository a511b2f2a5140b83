package dev.asgsim.simulator.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The service level a point must meet: an upper bound per score (e.g. unserved demand <= 0.1 %, minutes above 80 %
 * CPU <= 10 per day), checked on the mean over seeds under every load.
 */
public record Slo(Map<String, Double> maxima) {
  public static final Slo NONE = new Slo(Map.of());

  public Slo {
    maxima = Collections.unmodifiableMap(new LinkedHashMap<>(maxima));
    maxima.forEach((name, max) -> {
      if (max == null || !Double.isFinite(max)) {
        throw new IllegalArgumentException("SLO " + name + ": the bound must be a number, not " + max);
      }
    });
  }

  public boolean isEmpty() {
    return maxima.isEmpty();
  }

  public boolean meets(PointResult row) {
    return violation(row) == 0;
  }

  /**
   * How far a row is from meeting the SLO: the sum over bounds of the relative excess (mean - max) / max, so that
   * bounds in different units add up; 0 when met. A bound of 0 counts the excess itself.
   */
  public double violation(PointResult row) {
    double total = 0;
    for (Map.Entry<String, Double> bound : maxima.entrySet()) {
      double excess = row.score(bound.getKey()).mean() - bound.getValue();
      if (excess > 0) {
        total += bound.getValue() == 0 ? excess : excess / Math.abs(bound.getValue());
      }
    }
    return total;
  }
}
