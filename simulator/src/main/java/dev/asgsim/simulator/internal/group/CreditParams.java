package dev.asgsim.simulator.internal.group;

/**
 * CPU credit figures of the instance type (spec §8.1 [D]): one credit is one vCPU at 100 % for one minute.
 *
 * @param burstable        earns and spends credits
 * @param unlimited        unlimited mode: never throttled, surplus credits are billed
 * @param baselinePercent  instance-level utilisation sustainable forever
 * @param initialCredits   credits of the instances in the group at the start
 * @param launchCredits    credits of a newly launched instance
 */
public record CreditParams(
    boolean burstable,
    boolean unlimited,
    int vCpus,
    double earnPerMinute,
    double maxCredits,
    double baselinePercent,
    double initialCredits,
    double launchCredits,
    double surplusPricePerVcpuHour) {

  public static final CreditParams FIXED = new CreditParams(false, false, 1, 0, 0, 100, 0, 0, 0);
}
