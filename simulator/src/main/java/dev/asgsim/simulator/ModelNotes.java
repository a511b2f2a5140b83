package dev.asgsim.simulator;

import dev.asgsim.core.activity.ActivityText;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.forecast.GivenForecast;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.internal.group.CreditParams;
import dev.asgsim.simulator.internal.group.TerminationPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the run says about itself beside the numbers: what the config asks for that is not modelled or only
 * approximated, and what happened that the scores alone do not explain (protected instances, exhausted credits).
 * Nothing configured is dropped without a note here.
 */
final class ModelNotes {
  private final List<String> notes = new ArrayList<>();
  private int throttledMinutes;

  /** The notes known before the run: metrics without data, basic monitoring, features not simulated. */
  ModelNotes(AutoScalingGroup group, ScalingEngine engine, MetricFeed feed, String instanceType, int minutes) {
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
            + "the next four (spec §1.9: Nitro types \"publish after the first sample and update the same datapoint\")");
      }
      if (feed.periodSeconds(i) > metrics[i].periodSeconds()) {
        notes.add("basic monitoring: " + metrics[i] + " gets one datapoint per 5 minutes, "
            + (feed.updatedEachMinute(i) ? "stamped at the period's start" : "visible "
            + "MetricPublishDelaySeconds after the start of the period's last minute") + "; alarms with 60 s periods see "
            + "at most one datapoint in five periods and may stay INSUFFICIENT_DATA (spec §1.9, §13 Q3)");
      }
      if (k == MetricKind.ALB_REQUEST_COUNT_PER_TARGET) {
        notes.add("ALBRequestCountPerTarget reads the load as requests per minute: demand / serving targets");
      }
    }
    if (group.lifecycleHookSpecificationList() != null && !group.lifecycleHookSpecificationList().isEmpty()) {
      notes.add("lifecycle hooks are not modelled: instances go InService (and terminate) without waiting for them");
    }
    if (group.terminationPolicies() != null) {
      for (String policy : group.terminationPolicies()) {
        if (!TerminationPolicy.of(policy).simulated()) {
          notes.add("termination policy " + policy + " is not simulated: with one launch template, one instance type "
              + "and no custom Lambda function it tells no instances apart, so the next policy decides (spec §7.4)");
        }
      }
    }
    if (group.mixedInstancesPolicy() != null) {
      notes.add("MixedInstancesPolicy is simulated as one type, Simulation.InstanceType, without instance weights");
    }
    notes.addAll(engine.notes());
    for (PredictiveEvaluator p : engine.predictivePolicies()) {
      notes.add("predictive policy " + p.name() + " (" + (p.scales() ? "ForecastAndScale" : "ForecastOnly")
          + "): forecasts by " + p.forecasterName() + " from the load the run observes, recomputed every "
          + PredictiveEvaluator.REFORECAST_HOURS + " h for the next " + PredictiveEvaluator.HORIZON_HOURS
          + " h (spec §5.2)" + (builtIn(p) ? "; it needs " + PredictiveEvaluator.MIN_HISTORY_HOURS
          + " h of history, so the run's first day has no forecast" : ""));
      if (builtIn(p) && minutes < (PredictiveEvaluator.MIN_HISTORY_HOURS + 1) * 60) {
        notes.add("predictive policy " + p.name() + ": the run is shorter than 25 hours, so it never forecasts "
            + "(AWS needs 24 h of history, spec §5.2)");
      }
    }
  }

  private static boolean builtIn(PredictiveEvaluator p) {
    return !p.forecasterName().startsWith(GivenForecast.NAME);
  }

  /** A scale-in found every remaining instance protected (spec §7.4 [D]: desired falls, nothing terminates). */
  void allProtected(long at) {
    notes.add("At " + ActivityText.at(at) + ": could not scale to desired capacity because all remaining instances are "
        + "protected from scale-in");
  }

  /** A serving instance was held at its baseline for lack of CPU credits this minute. */
  void throttledMinute() {
    throttledMinutes++;
  }

  /** The load's notes, then this run's, then the credit summary. */
  List<String> all(List<String> loadNotes, CreditParams credits) {
    List<String> all = new ArrayList<>(loadNotes);
    all.addAll(notes);
    if (throttledMinutes > 0) {
      all.add(String.format(Locale.ROOT, "CPU credits ran out: %d minutes with instances throttled to the "
          + "%s %% baseline (standard mode); the reported CPU falls with them, which can make target tracking scale "
          + "in (spec §11.2). Consider CreditSpecification unlimited or a larger type.", throttledMinutes,
          Numbers.decimals(credits.baselinePercent(), 2)));
    }
    return all;
  }
}
