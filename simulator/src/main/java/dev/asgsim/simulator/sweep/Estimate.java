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

  public static Estimate of(StatisticalSummary stats) {
    return of(stats, DEFAULT_CONFIDENCE);
  }

  public static Estimate of(StatisticalSummary stats, double confidence) {
    long n = stats.getN();
    double mean = stats.getMean();
    if (n < 2) {
      return new Estimate(n, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double sd = stats.getStandardDeviation();
    double t = new TDistribution(null, n - 1.0).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double half = t * sd / Math.sqrt(n);
    return new Estimate(n, mean, sd, mean - half, mean + half);
  }

  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }
}
