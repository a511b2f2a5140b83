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
}
