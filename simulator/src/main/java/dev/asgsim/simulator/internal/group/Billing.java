package dev.asgsim.simulator.internal.group;

/**
 * What the group's instances cost: per-second billing from launch to termination with a 60-second minimum per
 * launch (aws-behaviour §6.4), and the surplus credits of unlimited-mode burstable instances (aws-behaviour §8.1).
 */
final class Billing {
  private double instanceSeconds;
  private double surplusCredits;
  private double spotInstanceSeconds;

  /**
   * Bills {@code count} instances of purchase {@code option} launched at {@code launchAt} and ending at {@code end}
   * with {@code credits} each.
   */
  void bill(int count, long launchAt, long end, double credits, int option) {
    double seconds = (double) count * Math.max(60, end - launchAt);
    instanceSeconds += seconds;
    if (option == PurchaseMix.SPOT) {
      spotInstanceSeconds += seconds;
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
