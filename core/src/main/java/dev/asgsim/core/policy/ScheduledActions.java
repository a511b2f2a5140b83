package dev.asgsim.core.policy;

import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.schedule.ScheduledActionTimer;
import java.util.List;

/**
 * The group's scheduled actions (spec §5.1 [D]) as the engine meets them: which one is due at an evaluation. An
 * action runs {@link EngineSettings#scheduledActionDelaySeconds()} after its time ("usually within seconds, may be
 * delayed up to 2 minutes"); actions due at the same evaluation run one after the other in time order ("execution
 * order is guaranteed within one group"). Actions whose time fell before the group started do not run.
 */
final class ScheduledActions {
  private final ScheduledActionTimer[] timers;
  private final int delaySeconds;
  private long startTime;
  private boolean armed;

  /** @param startTime when the group starts existing; {@link Long#MIN_VALUE} = at the first evaluation */
  ScheduledActions(List<ScheduledAction> actions, int delaySeconds, long startTime) {
    this.timers = new ScheduledActionTimer[actions.size()];
    for (int i = 0; i < timers.length; i++) {
      timers[i] = new ScheduledActionTimer(actions.get(i));
    }
    this.delaySeconds = delaySeconds;
    this.startTime = startTime;
  }

  /** Arms every timer at the group's start; called at every evaluation, effective at the first. */
  void arm(long nowEpochSecond) {
    if (armed) {
      return;
    }
    armed = true;
    if (startTime == Long.MIN_VALUE) {
      startTime = nowEpochSecond;
    }
    for (ScheduledActionTimer t : timers) {
      t.start(startTime);
    }
  }

  /** The earliest action due at {@code nowEpochSecond}, marked as run; null when none is due. */
  ScheduledAction takeDue(long nowEpochSecond) {
    long at = nowEpochSecond - delaySeconds;
    ScheduledActionTimer due = null;
    for (ScheduledActionTimer t : timers) {
      if (t.next() <= at && (due == null || t.next() < due.next())) {
        due = t;
      }
    }
    if (due == null) {
      return null;
    }
    due.fired(at);
    return due.action();
  }
}
