package dev.asgsim.core.policy;

import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.schedule.ScheduledActionTimer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The group's scheduled actions (aws-behaviour §5.1 [D]) as the engine meets them: which one is due at an evaluation. An
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

  /**
   * The actions whose last run fell before the group's start, in the order they ran: the schedule in force at the
   * start of a group that has been running (aws-behaviour §12.1 [I]).
   */
  List<ScheduledAction> inForce() {
    long t = startTime;
    List<ScheduledActionTimer> ran = new ArrayList<>();
    for (ScheduledActionTimer timer : timers) {
      if (timer.lastBefore(t) != Long.MIN_VALUE) {
        ran.add(timer);
      }
    }
    ran.sort(Comparator.comparingLong(timer -> timer.lastBefore(t)));
    return ran.stream().map(ScheduledActionTimer::action).toList();
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
