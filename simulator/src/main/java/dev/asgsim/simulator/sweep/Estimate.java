package dev.asgsim.simulator.sweep;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;

/**
 * A score over the seeds of one point and load: mean, sample standard deviation and the confidence interval of the
 * mean from Student's t distribution (the seeds are few, so the normal approximation would be too narrow). With one
 * seed the deviation and the interval are unknown (NaN).
 */
public record Estimate(long n, double mean, double standardDeviation, double ciLow, double ciHigh) {
  /** The confidence level of the reported interval. */
  public static final double DEFAULT_CONFIDENCE = 0.95;
  /** A deviation below this fraction of the values is rounding error of equal values. */
  private static final double NOISE = 1e-12;

  public static Estimate of(StatisticalSummary stats) {
    return of(stats, DEFAULT_CONFIDENCE);
  }

  public static Estimate of(StatisticalSummary stats, double confidence) {
    long n = stats.getN();
    double mean = stats.getMean();
    if (n < 2) {
      return new Estimate(n, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    // Equal runs give a deviation of rounding error (6e-18 around a mean of 0.36); that is 0, not float noise in
    // results.csv.
    double sd = stats.getStandardDeviation();
    if (sd <= NOISE * Math.max(Math.abs(mean), Math.abs(stats.getMax()))) {
      sd = 0;
    }
    double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double half = t * sd / Math.sqrt(n);
    return new Estimate(n, mean, sd, mean - half, mean + half);
  }

  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }
}
