package dev.asgsim.core.policy;

import dev.asgsim.core.activity.ActivityText;
import java.time.Instant;

/**
 * The outcome of one {@link ScalingEngine#evaluate}: whether desired changed, and why. One instance per engine,
 * reused by every call (read it before the next call); only {@link #cause()} allocates.
 */
public final class Decision {
  private boolean changed;
  private boolean reevaluate;
  private long time;
  private int oldDesired;
  private int newDesired;
  private int minSize;
  private int maxSize;
  private DecisionSource source;
  private int policyIndex = -1;
  private String policyName;
  private String alarmName;
  private double metricValue = Double.NaN;
  private int warmupSeconds;
  private String scheduledActionName;
  /** A {@link Hold} ordinal (see {@link Hold#ofOrdinal} for why not the enum). */
  private int hold = Hold.NONE_ORDINAL;
  private int holdPolicyIndex = -1;

  void reset(long now, GroupSize size) {
    reset(now, size.desired, size.min, size.max);
  }

  void reset(long now, int desired, int min, int max) {
    changed = false;
    reevaluate = false;
    time = now;
    oldDesired = desired;
    newDesired = desired;
    minSize = min;
    maxSize = max;
    // every evaluation ends in a change (which writes the change's fields) or in held (which writes the reason);
    // the fields of the one not written are read only through the other's accessors, which check changed
  }

  void policyChange(int newDesired, DecisionSource source, int policyIndex, String policyName, String alarmName,
      double metricValue, int warmupSeconds) {
    this.changed = true;
    this.newDesired = newDesired;
    this.source = source;
    this.policyIndex = policyIndex;
    this.policyName = policyName;
    this.alarmName = alarmName;
    this.metricValue = metricValue;
    this.warmupSeconds = warmupSeconds;
    this.scheduledActionName = null;
  }

  void scheduledChange(int newDesired, int min, int max, String actionName, int warmupSeconds) {
    this.changed = true;
    this.reevaluate = true;
    this.newDesired = newDesired;
    this.minSize = min;
    this.maxSize = max;
    this.source = DecisionSource.SCHEDULED;
    this.scheduledActionName = actionName;
    this.policyName = actionName;
    this.policyIndex = -1;
    this.alarmName = null;
    this.metricValue = Double.NaN;
    this.warmupSeconds = warmupSeconds;
  }

  /** Nothing changed because of the {@link Hold} of ordinal {@code why}, about policy {@code policyIndex} (-1: none). */
  void held(int why, int policyIndex) {
    hold = why;
    holdPolicyIndex = policyIndex;
  }

  void bounds(int min, int max) {
    minSize = min;
    maxSize = max;
  }

  /** Whether desired capacity changed at this evaluation. */
  public boolean changed() {
    return changed;
  }

  /**
   * True when a scheduled action changed the group at this call and dynamic policies were not run yet: call
   * {@link ScalingEngine#evaluate} again with the same time to run them (each call yields at most one change).
   */
  public boolean reevaluate() {
    return reevaluate;
  }

  public long time() {
    return time;
  }

  public int oldDesired() {
    return oldDesired;
  }

  public int newDesired() {
    return newDesired;
  }

  /** True when desired grew: instances launched for it are "launched by a scale-out" (aws-behaviour §2.2). */
  public boolean scaleOut() {
    return changed && newDesired > oldDesired;
  }

  /** Min after this evaluation. */
  public int minSize() {
    return minSize;
  }

  /** Max after this evaluation. */
  public int maxSize() {
    return maxSize;
  }

  /** What changed desired, null if nothing did. */
  public DecisionSource source() {
    return changed ? source : null;
  }

  /** Index of the policy in {@link ScalingEngine#policy(int)} order, -1 for scheduled actions. */
  public int policyIndex() {
    return changed ? policyIndex : -1;
  }

  public String policyName() {
    return changed ? policyName : null;
  }

  /** The alarm in ALARM that invoked the policy, null for plug-ins and scheduled actions. */
  public String alarmName() {
    return changed ? alarmName : null;
  }

  /** The metric value the policy used, NaN if none. */
  public double metricValue() {
    return changed ? metricValue : Double.NaN;
  }

  /**
   * Warm-up seconds for the instances launched by this decision (aws-behaviour §2.1 [D] chain: EstimatedInstanceWarmup, else
   * DefaultInstanceWarmup, else DefaultCooldown for target tracking and step; DefaultInstanceWarmup, else 0, for
   * simple policies, plug-ins and scheduled actions).
   */
  public int warmupSeconds() {
    return changed ? warmupSeconds : 0;
  }

  /**
   * When desired did not change: the rule that held the group back ({@link Hold}), from the engine's own decision
   * path; {@link Hold#NONE} when desired changed or no policy had anything to say.
   */
  public Hold hold() {
    return changed ? Hold.NONE : Hold.ofOrdinal(hold);
  }

  /** The policy {@link #hold()} concerns, in {@link ScalingEngine#policy(int)} order, or -1. */
  public int holdPolicyIndex() {
    return changed ? -1 : holdPolicyIndex;
  }

  public String scheduledActionName() {
    return changed ? scheduledActionName : null;
  }

  /**
   * The Cause text in AWS's format (aws-behaviour §10.3), e.g. "At 2021-12-02T10:04:00Z a monitor alarm
   * TargetTracking-web-asg-AlarmHigh-… in state ALARM triggered policy cpu50 changing the desired capacity from 1 to
   * 2." Allocates; call it only when {@link #changed()}.
   */
  public String cause() {
    return changed ? cause(source, time, policyName, alarmName, minSize, maxSize, oldDesired, newDesired) : "";
  }

  /**
   * The Cause text of a change of desired from {@code from} to {@code to} (aws-behaviour §10.3) made by {@code source}
   * at {@code epochSecond}: the one home of the choice of wording, for {@link #cause()} and for a change recorded
   * without its text, whose Cause is written only when asked for (a sweep point asks for none).
   */
  public static String cause(DecisionSource source, long epochSecond, String policyName, String alarmName, int min,
      int max, int from, int to) {
    if (source == DecisionSource.SCHEDULED) {
      return ActivityText.scheduledUpdate(epochSecond, min, max, from, to);
    }
    if (source == DecisionSource.PREDICTIVE) {
      return ActivityText.predictivePolicy(epochSecond, policyName, from, to);
    }
    if (alarmName != null) {
      return ActivityText.alarmTriggeredPolicy(epochSecond, alarmName, policyName, from, to);
    }
    return ActivityText.policyChanged(epochSecond, policyName, from, to);
  }

  @Override
  public String toString() {
    return changed ? cause() : "no change at " + Instant.ofEpochSecond(time) + " (desired " + newDesired + ")";
  }
}
