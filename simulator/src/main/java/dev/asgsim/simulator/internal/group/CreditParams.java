package dev.asgsim.simulator.internal.group;

/**
 * CPU credit figures of the instance type (spec §8.1 [D]): one credit is one vCPU at 100 % for one minute.
 *
 * @param burstable        earns and spends credits
 * @param unlimited        unlimited mode: never throttled, surplus credits are billed
 * @param baselinePercent  instance-level utilisation sustainable forever
 * @param initialCredits   earned credits of the instances in the group at the start ({@code Simulation.InitialCredits})
 * @param initialLaunchCredits launch credits of the instances in the group at the start: a new group's instances have
 *                         the type's launch credits, a running group's ({@code InitialCredits} given) none
 * @param launchCredits    launch credits of a newly launched instance (T2 standard: 30 per vCPU, spec §8.1)
 */
public record CreditParams(
    boolean burstable,
    boolean unlimited,
    int vCpus,
    double earnPerMinute,
    double maxCredits,
    double baselinePercent,
    double initialCredits,
    double initialLaunchCredits,
    double launchCredits,
    double surplusPricePerVcpuHour) {

  public static final CreditParams FIXED = new CreditParams(false, false, 1, 0, 0, 100, 0, 0, 0, 0);
}
