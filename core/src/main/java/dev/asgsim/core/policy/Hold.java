package dev.asgsim.core.policy;

/**
 * Why an evaluation left desired capacity where it was: the rule of the engine's own decision path that held the group
 * back (issue 17 item 3). {@link ScalingEngine#evaluate} sets it on the reused {@link Decision} without allocating:
 * {@link CombinationRule} names the rules of the combination (any out, all in, warming, clamps, the predictive floor),
 * each evaluator names why it made no proposal (its alarm is not in ALARM yet, missing data, a cooldown, no matching
 * step).
 *
 * <p>The constants are in priority order: when several policies have a reason, the combination keeps the first one in
 * this order (an alarm in ALARM that did nothing explains more than a metric that is still counting). AWS records
 * nothing for these minutes (its activities are changes only); asgsim's outputs name them "not scaled" so that nobody
 * takes them for AWS activities.
 */
public enum Hold {
  /** AlarmNotification is suspended: no dynamic policy runs (aws-behaviour §7.8). */
  SUSPENDED("AlarmNotification is suspended: dynamic scaling policies do not run", "§7.8"),
  /** A scale-out proposal above MaxSize clamps to the current capacity (§7.1). */
  AT_MAX_SIZE("at MaxSize: the scale-out is clamped to MaxSize, the current desired capacity", "§7.1"),
  /** A scale-in proposal below MinSize clamps to the current capacity (§7.1). */
  AT_MIN_SIZE("at MinSize: the scale-in is clamped to MinSize, the current desired capacity", "§7.1"),
  /** Scale-in wanted while instances launched by a scale-out warm up (§2.2 item 4). */
  WARMING("instances launched by a scale-out are still warming up: all policy-initiated scale-in is blocked", "§2.2"),
  /** Scale-in wanted during the default cooldown after a launch, without DefaultInstanceWarmup (§2.2 item 5). */
  LAUNCH_COOLDOWN("the default cooldown after a launch (no DefaultInstanceWarmup) blocks dynamic scale-in", "§2.2"),
  /** A target tracking policy wants to scale in but another with scale-in enabled does not agree (§1.7). */
  POLICY_DISAGREES("a target tracking policy wants to scale in but another one does not: scale-in needs all of them",
      "§1.7"),
  /** A predictive policy's forecast is a floor no scale-in goes below (§5.2). */
  PREDICTIVE_FLOOR("the predictive policy's forecast capacity is a floor: scale-in stops there", "§5.2"),
  /** A simple policy's alarm is in ALARM during a simple-scaling activity or its cooldown (§3). */
  SIMPLE_COOLDOWN("a simple scaling policy's alarm is in ALARM during a scaling activity or its cooldown", "§3"),
  /** A simple policy's alarm is in ALARM while a health check replacement is in progress (§3). */
  HEALTH_REPLACEMENT("a simple scaling policy's alarm is in ALARM while a health check replacement is in progress",
      "§3"),
  /** A step policy's alarm is in ALARM but the metric is in no step's interval (§4.3). */
  NO_MATCHING_STEP("the step policy's alarm is in ALARM but the metric falls in none of its step intervals", "§4.3"),
  /** AlarmLow is in ALARM but the target tracking policy has DisableScaleIn (§1.7). */
  SCALE_IN_DISABLED("the metric is below the target but the target tracking policy has DisableScaleIn", "§1.7"),
  /** An alarm is in ALARM but the policy has no datapoint to size the group with (§1.8). */
  MISSING_DATA("the alarm is in ALARM but its policy has no datapoint to compute a capacity from", "§1.8"),
  /** A policy proposed exactly the current desired capacity: rounding, or warming capacity already counted. */
  EQUALS_CURRENT("the policy's proposal equals the current desired capacity (adding rounds up, removing removes fewer;"
      + " warming instances already count toward desired)", "§1.5"),
  /** The metric is above the target but AlarmHigh has not seen its 3 of 3 breaching datapoints yet (§1.4). */
  SCALE_OUT_PENDING("the metric is above the target but AlarmHigh has not seen enough breaching datapoints yet (3 of 3)",
      "§1.4"),
  /** The metric is below AlarmLow's threshold but AlarmLow has not seen its 15 of 15 datapoints yet (§1.4, §1.8). */
  SCALE_IN_PENDING("the metric is below AlarmLow's threshold but AlarmLow needs 15 of 15 breaching datapoints", "§1.4"),
  /** Target tracking's dead band: the metric is between AlarmLow's threshold (≈ 0.7 × target) and the target (§1.4). */
  DEAD_BAND("the metric is between AlarmLow's threshold (about 0.7 × target) and the target: neither alarm fires",
      "§1.4"),
  /** An alarm is in INSUFFICIENT_DATA: no datapoints yet, or missing ones (§1.8, §8.4). */
  INSUFFICIENT_DATA("an alarm is in INSUFFICIENT_DATA (too few datapoints): its policy cannot scale", "§1.8"),
  /** Desired fell but every instance the scale-in would terminate is protected from scale-in (§7.4). */
  SCALE_IN_PROTECTED("desired capacity fell but every candidate instance is protected from scale-in", "§7.4"),
  /** Nothing to explain: desired changed, or no policy has anything to say. */
  NONE("", "");

  /**
   * The constants by ordinal. The engine passes and keeps a reason as its ordinal on the per-minute path: storing an int
   * needs no garbage-collector write barrier, storing an enum reference does (G1's post-write barrier, which costs a
   * StoreLoad fence once the engine is in the old generation, as it is in any long run), and a quiet evaluation stores
   * a reason in the evaluator, the combination and the decision (benchmarks/HISTORY.md, "2026-11-29, night").
   */
  private static final Hold[] BY_ORDINAL = values();
  /** {@link #NONE}'s ordinal. */
  static final int NONE_ORDINAL = NONE.ordinal();

  private final String text;
  private final String section;

  Hold(String text, String section) {
    this.text = text;
    this.section = section;
  }

  /** The constant whose {@link #ordinal()} is {@code ordinal}. */
  static Hold ofOrdinal(int ordinal) {
    return BY_ORDINAL[ordinal];
  }

  /** One clause saying what held the group back, without the section. */
  public String text() {
    return text;
  }

  /** The aws-behaviour section of the rule, e.g. "§1.4". */
  public String section() {
    return section;
  }
}
