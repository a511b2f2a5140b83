package dev.asgsim.simulator.sweep;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.StatisticalSummary;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.SecondMoment;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.util.FastMath;

/**
 * A score over the seeds of one point and load: mean, sample standard deviation and the confidence interval of the
 * mean from Student's t distribution (the seeds are few, so the normal approximation would be too narrow). With one
 * seed the deviation and the interval are unknown (NaN).
 */
public record Estimate(long n, double mean, double standardDeviation, double ciLow, double ciHigh) {
  /** The confidence level of the reported interval. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /**
   * Student's t quantiles by degrees of freedom and confidence. Every row of a sweep has the same seed count, and each
   * quantile is an iterative solve of tens of microseconds, asked for every score of every row: 40 scores cost a row
   * of a multi-seed sweep more than a short point's simulations. The quantile is a function of its key, so the
   * cached value is the value computed.
   */
  private static final Map<Quantile, Double> T = new ConcurrentHashMap<>();

  private record Quantile(long degreesOfFreedom, double confidence) {}

  public static Estimate of(StatisticalSummary stats) {
    return of(stats, DEFAULT_CONFIDENCE);
  }

  public static Estimate of(StatisticalSummary stats, double confidence) {
    long n = stats.getN();
    return of(n, stats.getMean(), n < 2 ? Double.NaN : stats.getStandardDeviation(), confidence);
  }

  /**
   * The estimate of the values {@code moments} was incremented with: the mean and variance
   * {@link org.apache.commons.math3.stat.descriptive.SummaryStatistics} reads from the same moments (the same bits),
   * without its sums, extremes and logarithms, which a sweep never reads.
   */
  public static Estimate of(SecondMoment moments) {
    long n = moments.getN();
    double sd = n < 2 ? Double.NaN : FastMath.sqrt(new Variance(moments).getResult());
    return of(n, new Mean(moments).getResult(), sd, DEFAULT_CONFIDENCE);
  }

  private static Estimate of(long n, double mean, double sd, double confidence) {
    if (n < 2) {
      return new Estimate(n, mean, Double.NaN, Double.NaN, Double.NaN);
    }
    double t = T.computeIfAbsent(new Quantile(n - 1, confidence),
        q -> new TDistribution(null, q.degreesOfFreedom()).inverseCumulativeProbability(1 - (1 - q.confidence()) / 2));
    double half = t * sd / Math.sqrt(n);
    return new Estimate(n, mean, sd, mean - half, mean + half);
  }

  public double halfWidth() {
    return (ciHigh - ciLow) / 2;
  }
}
