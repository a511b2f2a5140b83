package dev.asgsim.core.config;

import java.io.Serializable;
import java.time.Instant;

/** {@code PutScheduledUpdateGroupAction} members (aws-behaviour §5.1, §9.7). Times are UTC; cron is read in {@code TimeZone}. */
public record ScheduledAction(
    String scheduledActionName,
    Instant startTime,
    Instant endTime,
    String recurrence,
    Integer minSize,
    Integer maxSize,
    Integer desiredCapacity,
    String timeZone) implements Serializable {

  public static Builder builder() {
    return new Builder();
  }

  /** Builder for library users. */
  public static final class Builder {
    private String scheduledActionName;
    private Instant startTime;
    private Instant endTime;
    private String recurrence;
    private Integer minSize;
    private Integer maxSize;
    private Integer desiredCapacity;
    private String timeZone;

    public Builder scheduledActionName(String v) { scheduledActionName = v; return this; }
    public Builder startTime(Instant v) { startTime = v; return this; }
    public Builder endTime(Instant v) { endTime = v; return this; }
    public Builder recurrence(String v) { recurrence = v; return this; }
    public Builder minSize(Integer v) { minSize = v; return this; }
    public Builder maxSize(Integer v) { maxSize = v; return this; }
    public Builder desiredCapacity(Integer v) { desiredCapacity = v; return this; }
    public Builder timeZone(String v) { timeZone = v; return this; }

    public ScheduledAction build() {
      return new ScheduledAction(scheduledActionName, startTime, endTime, recurrence, minSize, maxSize,
          desiredCapacity, timeZone);
    }
  }
}
