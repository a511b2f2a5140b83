package dev.asgsim.simulator.internal.group;

/**
 * What the group's instances cost: per-second billing from {@code running} to termination with a 60-second minimum
 * (aws-behaviour §6.4 [D]: EC2's lifecycle table bills {@code running}, not {@code pending}; "Amazon EC2 charges a
 * one-minute minimum for instance usage, and thereafter charges per second"), kept per purchase option and instance
 * type so each is priced at its own rate (aws-behaviour §7.11), and the surplus credits of unlimited-mode burstable
 * instances (aws-behaviour §8.1). An instance terminated before it ran is not billed.
 */
final class Billing {
  private double instanceSeconds;
  private double surplusCredits;
  private double spotInstanceSeconds;
  /** [option][type] instance-seconds. */
  private final double[][] seconds;

  Billing(int types) {
    this.seconds = new double[2][types];
  }

  /**
   * Bills {@code count} instances of purchase {@code option} and {@code type} running from {@code runningAt} and
   * ending at {@code end} with {@code credits} each.
   */
  void bill(int count, long runningAt, long end, double credits, int option, int type) {
    if (end > runningAt) {
      double s = (double) count * Math.max(60, end - runningAt);
      instanceSeconds += s;
      seconds[option][type] += s;
      if (option == PurchaseMix.SPOT) {
        spotInstanceSeconds += s;
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

  /** The instance-seconds of purchase {@code option} and {@code type}. */
  double seconds(int option, int type) {
    return seconds[option][type];
  }

  double surplusCredits() {
    return surplusCredits;
  }
}
