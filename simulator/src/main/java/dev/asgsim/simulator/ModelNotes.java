package dev.asgsim.simulator;

import dev.asgsim.core.activity.ActivityText;
import dev.asgsim.core.alarm.Statistic;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScalingProcess;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.forecast.GivenForecast;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.core.policy.WarmupChain;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.internal.group.CreditParams;
import dev.asgsim.simulator.internal.group.TerminationPolicy;
import dev.asgsim.simulator.internal.group.TypeAllocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the run says about itself beside the numbers: what the config asks for that is not modelled or only
 * approximated, and what happened that the scores alone do not explain (protected instances, exhausted credits).
 * Nothing configured is dropped without a note here.
 */
final class ModelNotes {
  private final List<String> notes = new ArrayList<>();
  private int throttledMinutes;
  private final TypeAllocation types;
  /** The notes of the purchase options, instance types and Spot (the run adds their results at its end). */
  final PurchaseNotes purchase;

  /**
   * Notes nobody reads: a run that returns its scores alone ({@link Simulation#runScores}) writes none of the notes
   * known before it; what the run adds as it goes (a throttled minute, all instances protected) is kept and unread.
   */
  static ModelNotes unread(ScalingConfig config, String instanceType, TypeAllocation types) {
    return new ModelNotes(config, instanceType, types);
  }

  private ModelNotes(ScalingConfig config, String instanceType, TypeAllocation types) {
    this.types = types;
    this.purchase = new PurchaseNotes(notes, config, instanceType, types);
  }

  /** The notes known before the run: metrics without data, basic monitoring, features not simulated. */
  ModelNotes(ScalingConfig config, ScalingEngine engine, MetricFeed feed, String instanceType,
      Double requestsAtFullCpu, int minutes, TypeAllocation types) {
    this.types = types;
    AutoScalingGroup group = config.autoScalingGroup();
    List<ScalingPolicy> policies = config.policies();
    MetricSpec[] metrics = engine.metrics();
    for (int i = 0; i < metrics.length; i++) {
      MetricKind k = metrics[i].kind();
      if (k == MetricKind.NETWORK_IN || k == MetricKind.NETWORK_OUT || k == MetricKind.CUSTOM) {
        notes.add("metric " + metrics[i] + " is not modelled by the simulator: it never gets datapoints, so its "
            + "alarms stay INSUFFICIENT_DATA");
      }
      if (feed.updatedEachMinute(i)) {
        notes.add("basic monitoring on a Nitro type (" + instanceType + "): " + metrics[i] + " gets one datapoint per 5 "
            + "minutes, published MetricPublishDelaySeconds after the period's first minute and updated after each of "
            + "the next four (aws-behaviour §1.9: Nitro types \"publish after the first sample and update the same datapoint\")");
      }
      if (feed.periodSeconds(i) > metrics[i].periodSeconds()) {
        notes.add("basic monitoring: " + metrics[i] + " gets one datapoint per 5 minutes, "
            + (feed.updatedEachMinute(i) ? "stamped at the period's start" : "visible "
            + "MetricPublishDelaySeconds after the start of the period's last minute") + "; alarms with 60 s periods see "
            + "at most one datapoint in five periods and may stay INSUFFICIENT_DATA (aws-behaviour §1.9, §13 Q3)");
      }
      statistic(metrics[i], notes);
      if (k == MetricKind.ALB_REQUEST_COUNT_PER_TARGET && requestsAtFullCpu == null) {
        notes.add("WARNING: " + metrics[i] + " is simulated without Simulation.RequestsPerMinuteAtFullCpu, so the "
            + "load is read both as requests per minute (requests per target = load / serving targets) and as percent "
            + "of one instance's CPU (aws-behaviour §12.2); set the requests per minute one instance serves at 100 % CPU");
      }
    }
    if (requestsAtFullCpu != null) {
      notes.add("the load is requests per minute; one instance serves " + Numbers.shortest(requestsAtFullCpu)
          + " at 100 % CPU (RequestsPerMinuteAtFullCpu, aws-behaviour §12.2): demand, served and CPU are percent of one "
          + "instance's CPU, RequestCountPerTarget is the load / serving targets");
    }
    SimulationSettings settings = config.effectiveSimulation();
    outsideTargets(settings, group.hasLoadBalancer(), instanceType, notes);
    notes.add("billing: per second from EC2's running state, PendingSeconds (" + settings.effectivePendingSeconds()
        + " s) after launch, with a 60-second minimum (aws-behaviour §6.4: pending is \"Not billed\")"
        + (settings.effectiveDetailedMonitoring() ? "; detailed monitoring adds " + settings.effectiveDetailedMonitoringMetrics()
            + " metrics per instance at $" + Numbers.shortest(settings.effectiveCloudWatchPricePerMetricMonth())
            + " per metric-month (CloudWatchPricePerMetricMonth), prorated by the hour (aws-behaviour §8.1)"
            : "; basic monitoring is free (aws-behaviour §8.1)"));
    if (group.lifecycleHookSpecificationList() != null && !group.lifecycleHookSpecificationList().isEmpty()) {
      notes.add("lifecycle hooks are simulated (aws-behaviour §6.5): launch hooks hold new instances in Pending:Wait "
          + "before registration and InService (the grace period and a simple policy's cooldown start after them), "
          + "terminate hooks hold them in Terminating:Wait after deregistration (still billed); how long is "
          + "Simulation.LifecycleHooks.<name> (without HoldSeconds the full HeartbeatTimeout, then DefaultResult; "
          + "ABANDON on launch terminates and replaces); notifications and their targets are not modelled");
    }
    if (group.terminationPolicies() != null) {
      for (String policy : group.terminationPolicies()) {
        if (!TerminationPolicy.of(policy).simulated(types.size())) {
          notes.add("termination policy " + policy + " is not simulated: with one launch template"
              + (types.size() > 1 ? "" : ", one instance type") + " and no custom Lambda function it tells no "
              + "instances apart, so the next policy decides (aws-behaviour §7.4)");
        }
      }
    }
    purchase = new PurchaseNotes(notes, config, instanceType, types);
    boolean warmedPolicy = policies.stream().anyMatch(p -> p != null && p.effectiveEnabled()
        && (p.type() == PolicyType.TargetTrackingScaling || p.type() == PolicyType.StepScaling));
    if (warmedPolicy && !WarmupChain.defaultWarmupEnabled(group)) {
      notes.add(config.effectiveSimulation().effectivePolicyWarmupHidesMetrics()
          ? "without DefaultInstanceWarmup, the policies' warm-up keeps new instances out of the aggregated metric "
              + "(Simulation.PolicyWarmupHidesMetrics: true, an older AWS page's reading; current docs say they count "
              + "as soon as they are InService, aws-behaviour §2.2 item 1)"
          : "without DefaultInstanceWarmup, new instances join the aggregated metric as soon as they are InService "
              + "(current AWS docs, aws-behaviour §2.2 item 1; the policies' warm-up still gates scale-out and scale-in); "
              + "Simulation.PolicyWarmupHidesMetrics: true simulates the older reading");
    }
    if (group.warmPoolConfiguration() != null) {
      notes.add("the warm pool is simulated (aws-behaviour §7.6): its size follows max(MinSize, P - desired), filling is a "
          + "cold launch plus the launch hooks (Warmed:Pending:Wait), scale-outs take warmed instances first and start "
          + "them in Simulation.WarmPool.From<State>Seconds before the launch hooks run again, ReuseOnScaleIn returns "
          + "scaled-in instances after their termination steps; a falling size, a launch hook's ABANDON and a failed "
          + "pool health check (Simulation.WarmPool.UnhealthyPerInstanceDay, default none; terminated "
          + "UnhealthyTerminationSeconds later and replaced) take instances out through Warmed:Terminating, held by "
          + "terminate hooks in Warmed:Terminating:Wait; pooled instances keep their id and Availability Zone, the "
          + "pool fills its emptiest AZ and a warm start takes the oldest warmed instance in the group's emptiest AZ "
          + "that has one [I]; its cost (running time, EBS while Stopped or Hibernated, also while terminating) is "
          + "warmPoolCost. Not modelled: launch delay jitter while filling");
    }
    for (ScalingProcess p : group.suspended()) {
      notes.add("SuspendedProcesses: " + p + " is suspended for the whole run (aws-behaviour §7.8): " + SUSPENDED.get(p));
    }
    notes.addAll(engine.notes());
    for (PredictiveEvaluator p : engine.predictivePolicies()) {
      notes.add("predictive policy " + p.name() + " (" + (p.scales() ? "ForecastAndScale" : "ForecastOnly")
          + "): forecasts by " + p.forecasterName() + " from the load the run observes, recomputed every "
          + PredictiveEvaluator.REFORECAST_HOURS + " h for the next " + PredictiveEvaluator.HORIZON_HOURS
          + " h (aws-behaviour §5.2)" + (builtIn(p) ? "; it needs " + PredictiveEvaluator.MIN_HISTORY_HOURS
          + " h of history, so the run's first day has no forecast" : ""));
      if (builtIn(p) && minutes < (PredictiveEvaluator.MIN_HISTORY_HOURS + 1) * 60) {
        notes.add("predictive policy " + p.name() + ": the run is shorter than 25 hours, so it never forecasts "
            + "(AWS needs 24 h of history, aws-behaviour §5.2)");
      }
    }
  }

  /**
   * How the run computes an alarm's statistic over the group's instances (aws-behaviour §8.2), where it is not the
   * Average target tracking uses.
   */
  private static void statistic(MetricSpec m, List<String> notes) {
    String stat = m.statistic();
    if (m.kind() == MetricKind.ALB_REQUEST_COUNT_PER_TARGET) {
      if (!"Sum".equals(stat)) {
        notes.add("metric " + m + ": RequestCountPerTarget's \"only valid statistic is Sum\" (aws-behaviour §8.2); the "
            + "run reads " + stat + " as Sum");
      }
    } else if (m.kind() == MetricKind.CPU && !"Average".equals(stat)) {
      notes.add("metric " + m + ": " + (Statistic.percentile(stat)
          ? "a percentile is read as the Average: the simulator spreads demand evenly, so the group's instances "
              + "all run at the same CPU but for those not yet serving or held at their credit baseline"
          : stat + " over the samples of the group's InService, warm instances (one per instance per minute with "
              + "detailed monitoring, one 5-minute average with basic); demand is spread evenly, so Minimum and "
              + "Maximum differ from the Average only while an instance serves nothing yet or is held at its credit "
              + "baseline") + " (aws-behaviour §8.2)");
    }
  }

  /** Whether targets outside the group share the load balancer (aws-behaviour §12.1a), and what that means. */
  private static void outsideTargets(SimulationSettings s, boolean loadBalanced, String groupType,
      List<String> notes) {
    SimulationSettings.OutsideTargets o = s.effectiveOutsideTargets();
    if (o.effectiveCount() == 0) {
      return;
    }
    String type = o.instanceType() == null ? groupType : o.instanceType();
    if (!loadBalanced) {
      notes.add("OutsideTargets is not simulated: the group has no load balancer to share (aws-behaviour §12.1a)");
    } else if (!o.effectiveHealthy()) {
      notes.add("OutsideTargets: " + o.effectiveCount() + " unhealthy " + type + " target(s) outside the group get no "
          + "requests (the load balancer routes to healthy targets only, aws-behaviour §12.1a)");
    } else {
      notes.add("OutsideTargets: " + o.effectiveCount() + " healthy " + type + " target(s) outside the group share the "
          + "requests evenly with the group's serving instances, each serving at most its vCPUs' worth; the group's CPU "
          + "metric averages only its own instances and RequestCountPerTarget divides by every healthy target "
          + "(aws-behaviour §12.1a); their cost and CPU credits are not simulated");
    }
  }

  /** What each suspended process changes in the run (aws-behaviour §7.8 [D]). */
  private static final Map<ScalingProcess, String> SUSPENDED = Map.of(
      ScalingProcess.Launch, "desired capacity changes but no instance launches",
      ScalingProcess.Terminate, "desired capacity changes but no instance terminates (no scale-in, no unhealthy "
          + "replacement, no MaxInstanceLifetime retirement)",
      ScalingProcess.AddToLoadBalancer, "instances launched during the run are not registered with the load "
          + "balancer: they serve nothing but count in the group's CPU average",
      ScalingProcess.AlarmNotification, "alarms change state but no dynamic scaling policy acts",
      ScalingProcess.AZRebalance, "no effect: the simulator does not rebalance zones",
      ScalingProcess.HealthCheck, "no instance is marked Unhealthy, so none is replaced",
      ScalingProcess.InstanceRefresh, "no effect: the simulator does not run instance refreshes",
      ScalingProcess.ReplaceUnhealthy, "unhealthy instances are not replaced",
      ScalingProcess.ScheduledActions, "no scheduled action runs");

  /** What each {@link StartState#desiredFrom()} means, in a note. */
  private static final Map<String, String> FROM = Map.of(
      "file", "the file",
      "schedule", "the file after the schedule in force",
      "targetTracking", "target tracking at the first minute's load",
      "trace", "the trace's GroupDesiredCapacity (CloudWatch history)");

  /** How the run started (aws-behaviour §12.1 [I]), so a reader knows what the first minutes mean. */
  void started(StartState s) {
    String burnIn = s.burnInMinutes() > 0 ? "; the first " + s.burnInMinutes() + " minutes are left out of the scores"
        : "";
    if (s.mode() == SimulationSettings.Start.Cold) {
      notes.add("Cold start (Simulation.Start, aws-behaviour §12.1): a group created at the start, alarms empty, desired "
          + s.desired() + " from the file" + burnIn);
    } else {
      notes.add("Steady start (Simulation.Start, aws-behaviour §12.1): desired " + s.desired() + " from "
          + FROM.get(s.desiredFrom()) + " (Min " + s.minSize()
          + ", Max " + s.maxSize() + ")" + (s.scheduleInForce().isEmpty() ? ""
              : ", schedule in force: " + String.join(", ", s.scheduleInForce()))
          + ", alarm windows filled with that state's datapoints" + burnIn + "; Start: Cold simulates a new group");
    }
  }

  private static boolean builtIn(PredictiveEvaluator p) {
    return !p.forecasterName().startsWith(GivenForecast.NAME);
  }

  /** A scale-in found every remaining instance protected (aws-behaviour §7.4 [D]: desired falls, nothing terminates). */
  void allProtected(long at) {
    notes.add("At " + ActivityText.at(at) + ": could not scale to desired capacity because all remaining instances are "
        + "protected from scale-in");
  }

  /** A serving instance was held at its baseline for lack of CPU credits this minute. */
  void throttledMinute() {
    throttledMinutes++;
  }

  /**
   * The run ended: {@code atHourEnds} of the {@code total} surplus credits were charged at the ends of clock hours, as
   * an instance owed more than it earns in 24 hours (aws-behaviour §8.1). Said only when some were: the rest of the
   * unlimited-mode rule needs no note.
   */
  void surplusCharged(double atHourEnds, double total) {
    if (atHourEnds > 0) {
      notes.add("surplus CPU credits (unlimited mode): " + Numbers.decimals(atHourEnds, 1) + " of the "
          + Numbers.decimals(total, 1) + " charged were charged at the ends of clock hours, owed beyond what an instance "
          + "earns in 24 hours (aws-behaviour §8.1: \"Spent surplus credits above the maximum are charged at the end of "
          + "the hour\"); the rest when instances ended. An instance's balance (the timeline's credits: CPUCreditBalance "
          + "minus CPUSurplusCreditBalance) stays at or above −24 hours of its earnings");
    }
  }

  /** The load's notes, then this run's, then the credit summary. */
  List<String> all(List<String> loadNotes, CreditParams credits) {
    List<String> all = new ArrayList<>(loadNotes);
    all.addAll(notes);
    if (throttledMinutes > 0) {
      all.add(String.format(Locale.ROOT, "CPU credits ran out: %d minutes with instances throttled to the "
          + "%s %% baseline (standard mode); the reported CPU falls with them, which can make target tracking scale "
          + "in (aws-behaviour §11.2). Consider CreditSpecification unlimited or a larger type.", throttledMinutes,
          baselines(credits)));
    }
    return all;
  }

  /** The baseline instances are held at: the group's, or each burstable type's in a group of several (§8.1). */
  private String baselines(CreditParams group) {
    if (types.size() == 1) {
      return Numbers.decimals(group.baselinePercent(), 2);
    }
    List<String> parts = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      CreditParams c = types.credits(t, group);
      if (c.burstable() && !c.unlimited()) {
        parts.add(types.name(t) + " " + Numbers.decimals(c.baselinePercent(), 2));
      }
    }
    return String.join(" or ", parts);
  }
}
