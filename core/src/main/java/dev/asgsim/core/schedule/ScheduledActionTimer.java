package dev.asgsim.core.schedule;

import dev.asgsim.core.config.ScheduledAction;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * When one scheduled action runs (spec §5.1 [D]): a one-off action at {@code StartTime}; a recurring one first at its
 * {@code StartTime} (when set), then at each {@code Recurrence} match in {@code TimeZone} (UTC when absent) after it,
 * not after {@code EndTime}. Actions whose time passed before the engine started do not run. If the caller skipped
 * several occurrences, one run stands for all of them [I].
 */
public final class ScheduledActionTimer {
  /** "no more runs". */
  public static final long NEVER = Long.MAX_VALUE;

  private final ScheduledAction action;
  private final CronExpression cron;
  private final ZoneId zone;
  private final long start;
  private final long end;
  private long next = NEVER;

  public ScheduledActionTimer(ScheduledAction action) {
    this.action = action;
    String name = action.scheduledActionName();
    if (action.minSize() == null && action.maxSize() == null && action.desiredCapacity() == null) {
      throw new IllegalArgumentException("scheduled action " + name
          + ": set at least one of MinSize, MaxSize, DesiredCapacity");
    }
    try {
      this.cron = action.recurrence() == null ? null : CronExpression.parse(action.recurrence());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("scheduled action " + name + ": " + e.getMessage(), e);
    }
    if (cron == null && action.startTime() == null) {
      throw new IllegalArgumentException("scheduled action " + name + ": needs a StartTime (one-off) or a Recurrence");
    }
    try {
      this.zone = action.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(action.timeZone());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("scheduled action " + name + ": TimeZone '" + action.timeZone()
          + "' is not a canonical IANA zone name such as America/New_York or Etc/GMT+9", e);
    }
    this.start = action.startTime() == null ? Long.MIN_VALUE : action.startTime().getEpochSecond();
    this.end = action.endTime() == null ? Long.MAX_VALUE : action.endTime().getEpochSecond();
  }

  /**
   * Arms the timer for an engine that starts at {@code startEpochSecond}: finds the first run at or after it. A
   * recurring action's first run is its {@code StartTime} when that is still ahead (spec §5.1 [D]: "StartTime (first
   * run, then per recurrence)"), else the first recurrence.
   */
  public void start(long startEpochSecond) {
    if (cron == null || start >= startEpochSecond) {
      next = start >= startEpochSecond ? start : NEVER;
    } else {
      next = cron.next(startEpochSecond - 1, zone);
    }
    if (next > end) {
      next = NEVER;
    }
  }

  /** The next run's epoch second, or {@link #NEVER}. */
  public long next() {
    return next;
  }

  /** Marks the run due at or before {@code nowEpochSecond} as done and finds the next one after {@code now}. */
  public void fired(long nowEpochSecond) {
    if (cron == null) {
      next = NEVER;
      return;
    }
    long n = cron.next(Math.max(next, nowEpochSecond), zone);
    next = n > end ? NEVER : n;
  }

  public ScheduledAction action() {
    return action;
  }

  public String name() {
    return action.scheduledActionName();
  }
}
