package dev.asgsim.simulator.internal.group;

/**
 * What the group's instances cost: per-second billing from {@code running} to termination with a 60-second minimum
 * (aws-behaviour §6.4 [D]: EC2's lifecycle table bills {@code running}, not {@code pending}; "Amazon EC2 charges a
 * one-minute minimum for instance usage, and thereafter charges per second"), and the surplus credits of
 * unlimited-mode burstable instances (aws-behaviour §8.1). An instance terminated before it ran is not billed.
 */
final class Billing {
  private double instanceSeconds;
  private double surplusCredits;
  private double spotInstanceSeconds;

  /**
   * Bills {@code count} instances of purchase {@code option} running from {@code runningAt} and ending at {@code end}
   * with {@code credits} each.
   */
  void bill(int count, long runningAt, long end, double credits, int option) {
    if (end > runningAt) {
      double seconds = (double) count * Math.max(60, end - runningAt);
      instanceSeconds += seconds;
      if (option == PurchaseMix.SPOT) {
        spotInstanceSeconds += seconds;
      }
    }
    surplusCredits += CreditModel.surplus(credits) * count;
  }

  double instanceSeconds() {
    return instanceSeconds;
  }

  /** The Spot instances' share of {@link #instanceSeconds()}. */
  double spotInstanceSeconds() {
    return spotInstanceSeconds;
  }

  double surplusCredits() {
    return surplusCredits;
  }
}
