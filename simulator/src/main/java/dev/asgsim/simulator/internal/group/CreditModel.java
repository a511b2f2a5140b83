package dev.asgsim.simulator.internal.group;

/**
 * CPU credits of a burstable instance, minute by minute (aws-behaviour §8.1 [D], §11.2): "one CPU credit is equal to one vCPU
 * running at 100 % utilization for one minute"; credits are earned at the type's rate up to its maximum balance; in
 * standard mode an instance out of credits is held at its baseline, in unlimited mode it keeps bursting and the
 * negative balance is billed as surplus credits. T2 launch credits are a balance of their own: AWS "spends the launch
 * credits first, before the earned credits", and "launch credits do not count towards the CPU credit balance limit".
 */
final class CreditModel {
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
   * computes that part once per minute for every cohort without launch credits (all of them in unlimited mode).
   */
  double earnedAfterPaying(double earned, double paid) {
    double next = earned + params.earnPerMinute() - paid;
    next = Math.min(next, Math.max(params.maxCredits(), earned));
    return params.unlimited() ? next : Math.max(0, next);
  }

  /**
   * Credits a minute at {@code cpu} percent spends. The demand spread computes it once per minute for every cohort
   * at the shared CPU (a division per cohort and balance otherwise).
   */
  double spent(double cpu) {
    return cpu / 100.0 * params.vCpus();
  }

  /** Credits spent beyond the balance in unlimited mode, billed at the end (a negative balance). */
  static double surplus(double balance) {
    return balance < 0 ? -balance : 0;
  }
}
