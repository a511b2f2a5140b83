package dev.asgsim.simulator.internal.group;

/**
 * CPU credits of a burstable instance, minute by minute (aws-behaviour §8.1 [D], §11.2): "one CPU credit is equal to one vCPU
 * running at 100 % utilization for one minute"; credits are earned at the type's rate up to its maximum balance; in
 * standard mode an instance out of credits is held at its baseline. T2 launch credits are a balance of their own: AWS
 * "spends the launch credits first, before the earned credits", and "launch credits do not count towards the CPU
 * credit balance limit".
 *
 * <p>Unlimited mode (aws-behaviour §8.1 [D]): "When it depletes its CPU credit balance …, it can spend surplus CPU
 * credits—that it has not yet earned—to burst for as long as it needs"; CPUSurplusCreditBalance "is paid down by
 * earned CPU credits". So an instance holds earned credits (≥ 0) or owes surplus credits (≥ 0), never both: earned
 * credits pay the surplus down before the balance grows, and surplus is spent only at an earned balance of zero. One
 * signed number per instance holds the two, CPUCreditBalance − CPUSurplusCreditBalance (negative: surplus owed).
 * "Because a t3.nano instance earns a maximum of 144 credits in a 24-hour period, it can spend surplus credits up to
 * that maximum without being charged immediately. If it spends more than 144 CPU credits, it is charged for the
 * difference at the end of the hour": {@link #chargedAtHourEnd} and {@link #afterHourEnd}, at the end of each clock hour
 * ({@link #nextHourEnd}, [I]); what is still owed is charged when the instance is terminated ({@link #surplus}).
 */
final class CreditModel {
  /** Seconds in the hour at whose end surplus above the free amount is charged (aws-behaviour §8.1 [D]). */
  private static final long HOUR_SECONDS = 3600;
  /** "the maximum number of credits that the instance can earn in a 24-hour period" (aws-behaviour §8.1 [D]). */
  private static final int FREE_SURPLUS_MINUTES = 24 * 60;
  /** Credits: far above what rounding moves a balance of at most a few thousand credits in a few hundred minutes. */
  static final double ROUNDING = 1e-6;

  private final CreditParams params;

  CreditModel(CreditParams params) {
    this.params = params;
  }

  boolean burstable() {
    return params.burstable();
  }

  /** Unlimited mode: an instance never runs below its demand for lack of credits ({@link #cpuCap} is 100). */
  boolean unlimited() {
    return params.unlimited();
  }

  /**
   * The most CPU (percent of the instance) an instance with {@code balance} credits (launch and earned) may use this
   * minute: what its balance plus this minute's earnings pay for, never below the baseline nor above 100; 100 in
   * unlimited mode.
   */
  double cpuCap(double balance) {
    if (params.unlimited()) {
      return 100.0;
    }
    double byCredits = (balance + params.earnPerMinute()) / params.vCpus() * 100.0;
    return Math.max(params.baselinePercent(), Math.min(100.0, byCredits));
  }

  /**
   * Whether an instance whose balance (launch and earned credits) is at least {@code lowest} runs a minute at
   * {@code cpu} percent unheld, that is {@code cpu <= }{@link #cpuCap}: at or under the baseline, or with the credits for
   * it. {@link #ROUNDING} is taken off {@code lowest} first, so that a bound summed apart from the balance it bounds
   * still holds after both were rounded (the quiet kernel's minutes ahead, DemandSpread).
   */
  boolean neverHeld(double lowest, double cpu) {
    return cpu <= params.baselinePercent()
        || (lowest - ROUNDING + params.earnPerMinute()) / params.vCpus() * 100.0 >= cpu;
  }

  /** Launch credits left after a minute at {@code cpu} percent: they are spent first. */
  double launchAfter(double launch, double cpu) {
    return launchAfterSpending(launch, spent(cpu));
  }

  /** {@link #launchAfter} for a minute that spent {@code spent} credits ({@link #spent}). */
  double launchAfterSpending(double launch, double spent) {
    return Math.max(0, launch - spent);
  }

  /**
   * The earned balance after a minute at {@code cpu} percent: it pays what the launch credits did not, and earns up
   * to the maximum balance (an earned balance above it, given at the start, is kept until spent).
   */
  double earnedAfter(double launch, double earned, double cpu) {
    return earnedAfterSpending(launch, earned, spent(cpu));
  }

  /** {@link #earnedAfter} for a minute that spent {@code spent} credits ({@link #spent}). */
  double earnedAfterSpending(double launch, double earned, double spent) {
    return earnedAfterPaying(earned, paidFromEarned(launch, spent));
  }

  /** What the earned balance pays of {@code spent} credits: what the launch credits did not. */
  double paidFromEarned(double launch, double spent) {
    return Math.max(0, spent - launch);
  }

  /**
   * {@link #earnedAfterSpending} once the earned balance's part ({@link #paidFromEarned}) is known: the demand spread
   * computes that part once per minute for every cohort without launch credits (all of them in unlimited mode). In
   * unlimited mode the result is negative while surplus credits are owed: earned credits pay them down first.
   */
  double earnedAfterPaying(double earned, double paid) {
    double next = earned + params.earnPerMinute() - paid;
    double max = params.maxCredits();
    // next capped at Math.max(max, earned), by compares the CPU predicts, which keep the cap off the balance's
    // minute-to-minute chain (the quiet kernel's shares, MinutesAhead.creditsAhead; Math.max of doubles is a sequence
    // of blends, issue 15 item 2): a balance at or under the maximum is next; above it, the cap is the maximum or, for
    // an earned balance above it, that balance. The same bits but for a NaN maximum or a -0.0 one, and the maximum is
    // a number >= +0.0 (a NaN earned gives NaN both ways). CreditModelTest compares the two.
    if (!(next <= max)) {
      next = earned <= max ? max : next <= earned ? next : earned;
    }
    return params.unlimited() ? next : Math.max(0, next);
  }

  /**
   * Credits a minute at {@code cpu} percent spends. The demand spread computes it once per minute for every cohort
   * at the shared CPU (a division per cohort and balance otherwise).
   */
  double spent(double cpu) {
    return cpu / 100.0 * params.vCpus();
  }

  /**
   * Surplus credits owed at {@code balance} (its negative part: CPUSurplusCreditBalance), charged when the instance is
   * terminated — CPUSurplusCreditsCharged counts them when "the instance is stopped or terminated" (aws-behaviour §8.1
   * [D]) — or at the run's end.
   */
  static double surplus(double balance) {
    return balance < 0 ? -balance : 0;
  }

  /**
   * The surplus an instance may owe without being charged: "the maximum number of credits that the instance can earn
   * in a 24-hour period" (aws-behaviour §8.1 [D]; 144 for a t3.nano, which earns 6 an hour). It follows the type's
   * earn rate ({@code CreditsPerHour}); the type table's maximum balance is the same number for every T2/T3/T3a/T4g.
   */
  double freeSurplus() {
    return params.earnPerMinute() * FREE_SURPLUS_MINUTES;
  }

  /**
   * Surplus credits charged at the end of an hour from an instance at {@code balance}: "Spent surplus credits above the
   * maximum are charged at the end of the hour" (CPUSurplusCreditsCharged, aws-behaviour §8.1 [D]); 0 in standard mode.
   */
  double chargedAtHourEnd(double balance) {
    return params.unlimited() ? Math.max(0, -balance - freeSurplus()) : 0;
  }

  /** The balance after the end of an hour: the surplus charged ({@link #chargedAtHourEnd}) is no longer owed. */
  double afterHourEnd(double balance) {
    return params.unlimited() ? Math.max(balance, -freeSurplus()) : balance;
  }

  /**
   * The first clock hour's end (UTC) after {@code t} (epoch seconds), where surplus above the free amount is charged:
   * the minute {@code [s, s + 60)} ends an hour when {@code s + 60} reaches it. AWS says "at the end of the hour"
   * without saying whose hour [I]: the clock's, as EC2's bill itemises usage by the clock hour, not the instance's hour
   * since launch. A run that does not start on a whole minute is charged at the end of the minute the hour ends in.
   */
  static long nextHourEnd(long t) {
    return (Math.floorDiv(t, HOUR_SECONDS) + 1) * HOUR_SECONDS;
  }
}
