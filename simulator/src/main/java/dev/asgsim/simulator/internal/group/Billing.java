package dev.asgsim.simulator.internal.group;

/**
 * What the group's instances cost: per-second billing from launch to termination with a 60-second minimum per
 * launch (spec §6.4), and the surplus credits of unlimited-mode burstable instances (spec §8.1).
 */
final class Billing {
  private double instanceSeconds;
  private double surplusCredits;

  /** Bills {@code count} instances launched at {@code launchAt} and ending at {@code end} with {@code credits} each. */
  void bill(int count, long launchAt, long end, double credits) {
    instanceSeconds += (double) count * Math.max(60, end - launchAt);
    surplusCredits += CreditModel.surplus(credits) * count;
  }

  double instanceSeconds() {
    return instanceSeconds;
  }

  double surplusCredits() {
    return surplusCredits;
  }
}
