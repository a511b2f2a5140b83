package dev.asgsim.core.policy;

import dev.asgsim.core.config.ScheduledAction;

/** MinSize, MaxSize and DesiredCapacity as the control plane holds them (spec §7.1 [D]: Min ≤ Desired ≤ Max). */
final class GroupSize {
  int min;
  int max;
  int desired;

  GroupSize(int min, int max, int desired) {
    this.min = min;
    this.max = max;
    this.desired = Adjustments.clamp(desired, min, max);
  }

  /**
   * A scheduled action rewrites the sizes it sets; the others stay, and the group's bounds still bound desired (spec
   * §5.1 [D]): a desired outside the new bounds is clamped at run time ([I], §13 Q13). Returns whether desired
   * changed.
   */
  boolean apply(ScheduledAction a) {
    int before = desired;
    if (a.minSize() != null) {
      min = a.minSize();
    }
    if (a.maxSize() != null) {
      max = a.maxSize();
    }
    if (min > max) {
      // An inconsistent action is a validation error; keep the engine usable by letting Min win [I].
      max = min;
    }
    desired = Adjustments.clamp(a.desiredCapacity() != null ? a.desiredCapacity() : desired, min, max);
    return desired != before;
  }
}
