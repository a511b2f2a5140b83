package dev.asgsim.simulator.report;

import dev.asgsim.core.activity.ActivityText;

/**
 * What an instance activity did, told from its Description (AWS's words, aws-behaviour §7.6, §10.3): one home for
 * {@code explain} and {@code compare}, which say where a group's capacity came from.
 */
public enum InstanceStep {
  /** "Launching a new EC2 instance from warm pool: i-…" (a warm start). */
  FROM_POOL(ActivityText.launchFromWarmPoolDescription("")),
  /** "Launching a new EC2 instance into warm pool: i-…" (filling the pool). */
  INTO_POOL(ActivityText.launchIntoWarmPoolDescription("")),
  /** "Returning EC2 instance to warm pool: i-…" (a scale-in with ReuseOnScaleIn). */
  TO_POOL(ActivityText.returnToWarmPoolDescription("")),
  /** "Launching a new EC2 instance: i-…" (a cold launch). */
  LAUNCH(ActivityText.launchDescription("")),
  /** "Terminating EC2 instance: i-…". */
  TERMINATE(ActivityText.terminateDescription(""));

  private final String prefix;

  InstanceStep(String prefix) {
    this.prefix = prefix;
  }

  /** The step a Description names, or null for another activity. */
  public static InstanceStep of(String description) {
    for (InstanceStep s : values()) {
      if (description.startsWith(s.prefix)) {
        return s;
      }
    }
    return null;
  }

  /** AWS's words without the instance id: "Launching a new EC2 instance from warm pool". */
  public String words() {
    return prefix.substring(0, prefix.lastIndexOf(':'));
  }
}
