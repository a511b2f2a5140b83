package dev.asgsim.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.ScheduledAction;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScheduledActionTimerTest {
  private static long at(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }

  @Test
  @DisplayName("§5.1 [D] one-off action runs once at StartTime")
  void oneOff() {
    ScheduledActionTimer t = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("once")
        .startTime(Instant.parse("2026-03-31T08:00:00Z")).desiredCapacity(4).build());
    t.start(at("2026-03-31T00:00:00Z"));
    assertThat(t.next()).isEqualTo(at("2026-03-31T08:00:00Z"));
    t.fired(at("2026-03-31T08:00:00Z"));
    assertThat(t.next()).isEqualTo(ScheduledActionTimer.NEVER);
  }

  @Test
  @DisplayName("§5.1 [D] a one-off action whose time passed before the group existed does not run")
  void oneOffInThePast() {
    ScheduledActionTimer t = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("past")
        .startTime(Instant.parse("2026-03-31T08:00:00Z")).desiredCapacity(4).build());
    t.start(at("2026-04-01T00:00:00Z"));
    assertThat(t.next()).isEqualTo(ScheduledActionTimer.NEVER);
  }

  @Test
  @DisplayName("§5.1 [D] a recurring action with a StartTime runs first at StartTime ('first run, then per "
      + "recurrence'), then at each recurrence, and stops after EndTime (issue 11 item 6: it used to wait for the "
      + "first cron tick)")
  void startAndEndTime() {
    ScheduledActionTimer t = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("daily")
        .recurrence("0 8 * * *").startTime(Instant.parse("2026-05-03T12:00:00Z"))
        .endTime(Instant.parse("2026-05-05T08:00:00Z")).minSize(2).build());
    t.start(at("2026-05-01T00:00:00Z"));
    assertThat(t.next()).isEqualTo(at("2026-05-03T12:00:00Z"));
    t.fired(t.next());
    assertThat(t.next()).isEqualTo(at("2026-05-04T08:00:00Z"));
    t.fired(t.next());
    assertThat(t.next()).isEqualTo(at("2026-05-05T08:00:00Z"));
    t.fired(t.next());
    assertThat(t.next()).isEqualTo(ScheduledActionTimer.NEVER);
  }

  @Test
  @DisplayName("§5.1 [D] a recurring action whose StartTime passed before the group existed runs at the next "
      + "recurrence (its first run is history)")
  void startTimeInThePast() {
    ScheduledActionTimer t = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("daily")
        .recurrence("0 8 * * *").startTime(Instant.parse("2026-05-03T12:00:00Z")).minSize(2).build());
    t.start(at("2026-05-03T12:00:01Z"));
    assertThat(t.next()).isEqualTo(at("2026-05-04T08:00:00Z"));
  }

  @Test
  @DisplayName("§5.1 [D] a StartTime on a recurrence tick runs once there, not twice")
  void startTimeOnATick() {
    ScheduledActionTimer t = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("daily")
        .recurrence("0 8 * * *").startTime(Instant.parse("2026-05-03T08:00:00Z")).minSize(2).build());
    t.start(at("2026-05-01T00:00:00Z"));
    assertThat(t.next()).isEqualTo(at("2026-05-03T08:00:00Z"));
    t.fired(t.next());
    assertThat(t.next()).isEqualTo(at("2026-05-04T08:00:00Z"));
  }

  @Test
  @DisplayName("§5.1 [D] an action must set one of MinSize, MaxSize, DesiredCapacity and have a known TimeZone")
  void badActions() {
    assertThatThrownBy(() -> new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("x")
        .recurrence("0 8 * * *").build())).hasMessageContaining("at least one of MinSize");
    assertThatThrownBy(() -> new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("x")
        .recurrence("0 8 * * *").timeZone("Mars/Olympus").desiredCapacity(1).build()))
        .hasMessageContaining("TimeZone 'Mars/Olympus'");
  }

  @Test
  @DisplayName("§12.1 [I] lastBefore: the run in force at t — the last recurrence before t (never after EndTime), a "
      + "one-off's StartTime, or none before a StartTime")
  void lastBefore() {
    ScheduledActionTimer weekday = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("am")
        .recurrence("30 7 * * MON-FRI").timeZone("America/New_York").minSize(4).build());
    // Monday 2024-01-01 00:00 UTC is Sunday 19:00 in New York: the last run was Friday 07:30 EST (12:30 UTC).
    assertThat(weekday.lastBefore(at("2024-01-01T00:00:00Z"))).isEqualTo(at("2023-12-29T12:30:00Z"));
    ScheduledActionTimer monthly = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("m")
        .recurrence("0 0 1 * *").minSize(2).endTime(Instant.parse("2024-02-15T00:00:00Z")).build());
    assertThat(monthly.lastBefore(at("2024-06-10T00:00:00Z"))).isEqualTo(at("2024-02-01T00:00:00Z"));
    ScheduledActionTimer once = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("o")
        .startTime(Instant.parse("2024-01-01T08:00:00Z")).desiredCapacity(3).build());
    assertThat(once.lastBefore(at("2024-01-01T09:00:00Z"))).isEqualTo(at("2024-01-01T08:00:00Z"));
    assertThat(once.lastBefore(at("2024-01-01T08:00:00Z"))).isEqualTo(Long.MIN_VALUE);
    ScheduledActionTimer later = new ScheduledActionTimer(ScheduledAction.builder().scheduledActionName("l")
        .recurrence("0 * * * *").startTime(Instant.parse("2024-05-01T00:00:00Z")).minSize(1).build());
    assertThat(later.lastBefore(at("2024-01-01T00:00:00Z"))).isEqualTo(Long.MIN_VALUE);
  }
}
