package dev.asgsim.simulator.internal.group;

/**
 * What the group's instances cost: per-second billing from {@code running} to termination with a 60-second minimum
 * (aws-behaviour §6.4 [D]: EC2's lifecycle table bills {@code running}, not {@code pending}; "Amazon EC2 charges a
 * one-minute minimum for instance usage, and thereafter charges per second"), kept per purchase option and instance
 * type so each is priced at its own rate (aws-behaviour §7.11), and the surplus credits of unlimited-mode burstable
 * instances (aws-behaviour §8.1). An instance terminated before it ran is not billed.
 */
final class Billing {
  private final Cohorts cohorts;
  private final long pendingSeconds;
  private double instanceSeconds;
  private double surplusCredits;
  private double spotInstanceSeconds;
  /** [option][type] instance-seconds. */
  private final double[][] seconds;
  /** Surplus credits per type, and each type's price of them (USD per vCPU-hour, aws-behaviour §8.1). */
  private final double[] surplusByType;
  private final double[] surplusPrice;

  Billing(Cohorts cohorts, long pendingSeconds, TypeAllocation types, CreditParams group) {
    this.cohorts = cohorts;
    this.pendingSeconds = pendingSeconds;
    this.seconds = new double[2][types.size()];
    this.surplusByType = new double[types.size()];
    this.surplusPrice = new double[types.size()];
    for (int t = 0; t < types.size(); t++) {
      surplusPrice[t] = types.credits(t, group).surplusPricePerVcpuHour();
    }
  }

  /** Bills cohort {@code i}, ended (terminated, or the run's end) at {@code end}. */
  void bill(int i, long end) {
    bill(cohorts.count[i], runningAt(i), billedUntil(i, end), cohorts.credits[i], cohorts.option[i], cohorts.type[i]);
  }

  /**
   * The running cohorts' instance-seconds since {@code running} up to {@code t}, of purchase {@code option} and
   * {@code type} (−1: every type): what {@link #bill(int, long)} will add for that time.
   */
  double running(long t, int option, int type) {
    double running = 0;
    for (int i = 0; i < cohorts.size; i++) {
      if (cohorts.option[i] == option && (type < 0 || cohorts.type[i] == type)) {
        running += (double) cohorts.count[i]
            * Math.max(0, Math.min(t, billedUntil(i, cohorts.terminatedAt[i])) - runningAt(i));
      }
    }
    return running;
  }

  /** When cohort {@code i} entered EC2's {@code running} state: PendingSeconds after launch, at latest InService. */
  private long runningAt(int i) {
    return Math.min(cohorts.launchAt[i] + pendingSeconds, cohorts.inServiceAt[i]);
  }

  /** Billing ends at {@code end}, or when EC2 interrupted the Spot instance, if earlier (aws-behaviour §7.7). */
  private long billedUntil(int i, long end) {
    return Math.min(end, cohorts.interruptAt[i]);
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
    double surplus = CreditModel.surplus(credits) * count;
    surplusCredits += surplus;
    surplusByType[type] += surplus;
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

  /**
   * What one surplus credit-hour of the run cost on average (USD per vCPU-hour): each type's surplus at its own price
   * (T4g is cheaper than T2/T3/T3a, aws-behaviour §8.1); {@code fallback} without surplus, and exactly the price when
   * every surplus credit came from types of one price.
   */
  double surplusPricePerVcpuHour(double fallback) {
    double cost = 0;
    double price = Double.NaN;
    boolean onePrice = true;
    for (int t = 0; t < surplusByType.length; t++) {
      if (surplusByType[t] > 0) {
        onePrice &= Double.isNaN(price) || price == surplusPrice[t];
        price = surplusPrice[t];
        cost += surplusByType[t] * surplusPrice[t];
      }
    }
    return Double.isNaN(price) ? fallback : onePrice ? price : cost / surplusCredits;
  }
}
