package dev.asgsim.simulator.score;

/**
 * Every score of one run (aws-behaviour §18). Percentages are 0-100. Elasticity metrics use
 * {@code d_t = max(1, ceil(demand_t / CpuThresholdPercent))} — the fewest instances that keep CPU at or under the SLO
 * threshold — and {@code s_t} = instances the load balancer serves, one step per simulated minute:
 * <ul>
 *   <li>θU = 100/T · Σ max(d−s, 0)/d, θO = 100/T · Σ max(s−d, 0)/d (normalised by d, TOMPECS 2018);</li>
 *   <li>τU = 100/T · Σ 1[d > s], τO = 100/T · Σ 1[s > d];</li>
 *   <li>instability υ = 100/(T−1) · Σ_{t≥2} min(1, |sgn Δs − sgn Δd|) (JoyGraph's deltas), with its one-sided parts
 *       k (supply moves up against demand) and k′ (the reverse);</li>
 *   <li>jitter = (E_S − E_D) / hours, E = number of minutes in which supply (demand) changed.</li>
 * </ul>
 * {@code warmPoolCost} is what the warm pool cost beside the group (its instances' running time at the instance price,
 * EBS while Stopped or Hibernated; aws-behaviour §7.6), 0 without one; {@code cost} includes it.
 * Reaction times: after each rise of d_t above s_t that caused a scale-out (desired rose above its value before the
 * rise), minutes until desired ≥ d_t and until s_t ≥ d_t; {@code demandRises} counts those rises,
 * {@code demandRisesNeverMet} those of them whose capacity never caught up, and {@code demandRisesNotScaled} the rises
 * that caused no scale-out (at MaxSize, in the dead band, or demand fell back first): they have no reaction time.
 * Cost and instance-hours split by purchase option (aws-behaviour §7.11): {@code instanceHours} = On-Demand + Spot
 * instance-hours, {@code instanceCost} = On-Demand hours × {@code pricePerHour} + Spot hours × {@code spotPricePerHour},
 * both billed per second with a 60-second minimum per launch (aws-behaviour §6.4).
 * Spot interruptions (aws-behaviour §7.7): {@code spotInterruptions} counts the Spot instances EC2 interrupted,
 * {@code capacityRebalanceLaunches} the replacements Capacity Rebalancing launched on a rebalance recommendation, and
 * {@code unservedMinutesAfterInterruption} the minutes with unserved demand between an interruption and the first
 * minute the group serves its desired capacity again (all 0 without {@code Simulation.Spot.InterruptionsPerInstanceHour}).
 */
public record Scores(
    int minutes,
    double instanceHours,
    double pricePerHour,
    double instanceCost,
    double surplusCreditCost,
    double warmPoolCost,
    double monitoringCost,
    double cost,
    double totalDemand,
    double unservedDemand,
    double unservedPercent,
    int minutesWithUnserved,
    double cpuThresholdPercent,
    int minutesCpuAboveThreshold,
    double meanServing,
    double meanCpu,
    double thetaU,
    double thetaO,
    double tauU,
    double tauO,
    double instability,
    double instabilityK,
    double instabilityKPrime,
    double jitterPerHour,
    int scaleOutActivities,
    int scaleInActivities,
    int instancesLaunched,
    int instancesTerminated,
    int demandRises,
    int demandRisesNeverMet,
    double meanMinutesToDesired,
    double maxMinutesToDesired,
    double meanMinutesToCapacity,
    double maxMinutesToCapacity,
    int demandRisesNotScaled,
    double onDemandInstanceHours,
    double spotInstanceHours,
    double spotPricePerHour,
    double onDemandInstanceCost,
    double spotInstanceCost,
    int spotInterruptions,
    int capacityRebalanceLaunches,
    int unservedMinutesAfterInterruption) {}
