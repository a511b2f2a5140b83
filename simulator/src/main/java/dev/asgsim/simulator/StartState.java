package dev.asgsim.simulator;

import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.SimulationSettings.Start;
import dev.asgsim.core.policy.Adjustments;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.internal.group.CreditParams;
import java.util.List;

/**
 * How a run starts (aws-behaviour §12.1 [I]). {@code Cold}: a group created at t0 — alarms empty, desired from the file,
 * launch credits. {@code Steady} (the default): a group that has been running — every scheduled action's last run
 * before t0 applied in time order, desired settled where target tracking puts the first minute's load
 * ({@code ceil(L0 / T)}, the largest over the policies, within Min and Max), each alarm's window filled with the
 * datapoints that state implies, and burstable instances at the credit balance that load converges to.
 *
 * @param mode            Steady or Cold
 * @param desired         desired capacity at t0
 * @param desiredFrom     where {@code desired} came from: {@code file} (DesiredCapacity, or Min with none), {@code
 *                        schedule} (the schedule in force), {@code targetTracking} (ceil(L0 / T) of the first minute's
 *                        load) or {@code trace} (the GroupDesiredCapacity column of a trace written by asgsim history)
 * @param minSize         MinSize at t0 (after the schedule in force)
 * @param maxSize         MaxSize at t0
 * @param scheduleInForce names of the scheduled actions applied at t0, in the order they ran
 * @param credits         each initial instance's credit balance (NaN for fixed-performance types)
 * @param burnInMinutes   minutes at the start left out of the scores
 */
public record StartState(Start mode, int desired, String desiredFrom, int minSize, int maxSize,
    List<String> scheduleInForce, double credits, int burnInMinutes) {

  /** Settles {@code engine} for {@code sim}'s start mode and returns the state at t0 and the group's credits. */
  static Resolved resolve(Simulation sim, ScalingEngine engine, CreditParams credits) {
    return resolve(sim, engine, credits, 1, 1);
  }

  /**
   * As {@link #resolve(Simulation, ScalingEngine, CreditParams)} for a group whose capacity unit is not one instance
   * of {@code Simulation.InstanceType} (aws-behaviour §7.11): the type launches take first counts {@code unitsPerCpu}
   * capacity units per instance of the reference type's CPU and {@code unitsPerTarget} per instance (a target) [I].
   */
  static Resolved resolve(Simulation sim, ScalingEngine engine, CreditParams credits, double unitsPerCpu,
      double unitsPerTarget) {
    Start mode = sim.settings.effectiveStart();
    int burnIn = sim.settings.effectiveBurnInMinutes();
    if (mode == Start.Cold) {
      return new Resolved(new StartState(mode, engine.desired(), "file", engine.minSize(), engine.maxSize(), List.of(),
          credits.burstable() ? credits.initialCredits() : Double.NaN, burnIn), credits, Double.NaN, 0, Double.NaN);
    }
    List<String> applied = engine.applyScheduleInForce().stream().map(ScheduledAction::scheduledActionName).toList();
    double load = sim.load.at(0);
    double cpu = load * sim.cpuPerLoadUnit;
    // Healthy targets outside the group take their share of the load (aws-behaviour §12.1a).
    int outside = outsideTargets(sim);
    int want = -1;
    for (ScalingPolicy p : sim.config.policies()) {
      if (p == null || p.type() != PolicyType.TargetTrackingScaling || !p.effectiveEnabled()
          || p.targetTrackingConfiguration() == null || p.targetTrackingConfiguration().targetValue() == null) {
        continue;
      }
      MetricKind kind = MetricSpec.of(p.targetTrackingConfiguration(), 60, p.policyName()).kind();
      double target = p.targetTrackingConfiguration().targetValue();
      double measured = kind == MetricKind.CPU ? cpu : kind == MetricKind.ALB_REQUEST_COUNT_PER_TARGET ? load
          : Double.NaN;
      if (!Double.isNaN(measured)) {
        // The target tracking formula at rest: ceil(L / T) (aws-behaviour §1.5 "Which N"), less the targets outside
        // the group that carry their share of L (aws-behaviour §12.1a): M = L / (n + o) is at T when n = L / T - o.
        // Desired counts capacity units: units per reference instance's CPU, or per target (aws-behaviour §7.11).
        double units = kind == MetricKind.CPU ? unitsPerCpu : unitsPerTarget;
        want = Math.max(want, Adjustments.ceil(units * (measured / target - outside),
            sim.engineSettings.capacityEpsilon()));
      }
    }
    // The real capacity when the trace came from CloudWatch history with it (aws-behaviour §12.1 [I]); else where target
    // tracking settles for the first minute's load; else the file's (or the schedule's) desired.
    double real = sim.load.initialCapacity();
    String from = !Double.isNaN(real) ? "trace" : want >= 0 ? "targetTracking" : applied.isEmpty() ? "file" : "schedule";
    int desired = !Double.isNaN(real) ? engine.settle((int) Math.round(real))
        : want < 0 ? engine.desired() : engine.settle(want);
    double perInstance = desired + outside == 0 ? 0 : Math.min(100.0, cpu / (desired / unitsPerCpu + outside));
    boolean given = sim.settings.initialCredits() != null;
    CreditParams settled = settle(credits, perInstance, given);
    double settledAt = perInstance;
    if (settled.burstable() && !settled.unlimited() && settled.initialCredits() == 0) {
      perInstance = Math.min(perInstance, settled.baselinePercent());
    }
    return new Resolved(new StartState(mode, desired, from, engine.minSize(), engine.maxSize(), applied,
        settled.burstable() ? settled.initialCredits() : Double.NaN, burnIn), settled, perInstance, outside,
        given ? Double.NaN : settledAt);
  }

  /**
   * The credits of a burstable type whose instances have run at {@code perInstance} percent CPU: at or under the
   * baseline a balance fills up to its maximum; above it, it drains to 0 (aws-behaviour §8.1 [D]). Launch credits are
   * spent first, so an instance long in service has none left. Unchanged when {@code InitialCredits} is given.
   */
  private static CreditParams settle(CreditParams credits, double perInstance, boolean initialCreditsGiven) {
    if (!credits.burstable() || initialCreditsGiven) {
      return credits;
    }
    double balance = perInstance <= credits.baselinePercent() ? credits.maxCredits() : 0;
    return new CreditParams(true, credits.unlimited(), credits.vCpus(), credits.earnPerMinute(),
        credits.maxCredits(), credits.baselinePercent(), balance, 0, credits.launchCredits(),
        credits.surplusPricePerVcpuHour());
  }

  /** The healthy outside targets the load balancer routes to (none without a load balancer). */
  private static int outsideTargets(Simulation sim) {
    return sim.config.autoScalingGroup().hasLoadBalancer() ? sim.settings.effectiveOutsideTargets().serving() : 0;
  }

  /**
   * The start state, the credits the group starts with, and the per-instance CPU of the steady state (NaN for a cold
   * start: nothing to pre-fill).
   */
  record Resolved(StartState state, CreditParams credits, double steadyCpu, int outsideTargets,
      double loadPerInstance) {

    /**
     * Another type's credits at the start: settled as the group's are on a steady start without {@code InitialCredits}
     * (every serving instance runs at the same CPU, aws-behaviour §7.11 [I]), as given otherwise.
     */
    CreditParams settle(CreditParams typeCredits) {
      return Double.isNaN(loadPerInstance) ? typeCredits : StartState.settle(typeCredits, loadPerInstance, false);
    }

    /**
     * Fills every alarm's window with the datapoints the steady state implies (aws-behaviour §12.1 [I]): the first minute's
     * CPU per instance and requests per target (the group's and the outside ones), each behind all {@code desired}
     * capacity units ({@code instances} instances: CPU's samples and the targets), in each metric's statistic.
     */
    void prefill(ScalingEngine engine, MetricFeed feed, long start, double firstLoad, int range, int instances) {
      if (Double.isNaN(steadyCpu)) {
        return;
      }
      int n = state.desired();
      MetricSpec[] metrics = engine.metrics();
      for (int i = 0; i < metrics.length; i++) {
        double v = switch (metrics[i].kind()) {
          case CPU -> steadyCpu;
          case ALB_REQUEST_COUNT_PER_TARGET -> instances + outsideTargets == 0 ? Double.NaN
              : firstLoad / (instances + outsideTargets); // targets are instances, not capacity units
          default -> Double.NaN;
        };
        if (Double.isNaN(v)) {
          continue;
        }
        long period = feed.periodSeconds(i);
        // CPU's Sum and SampleCount count instances; requests per target divide by targets (instances too).
        double datapoint = feed.steadyDatapoint(i, v, instances);
        for (int k = range; k >= 1; k--) {
          engine.publish(i, start - k * period, datapoint, n);
        }
      }
    }
  }
}
