package dev.asgsim.core.policy;

/** What caused a change of desired capacity. */
public enum DecisionSource {
  TARGET_TRACKING,
  STEP,
  SIMPLE,
  PLUGIN,
  SCHEDULED,
  PREDICTIVE
}
