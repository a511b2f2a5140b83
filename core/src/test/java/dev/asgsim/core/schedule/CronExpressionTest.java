package dev.asgsim.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronExpressionTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static long at(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }

  private static List<String> runs(String cron, ZoneId zone, String after, int count) {
    CronExpression c = CronExpression.parse(cron);
    List<String> out = new ArrayList<>();
    long t = at(after);
    for (int i = 0; i < count; i++) {
      t = c.next(t, zone);
      out.add(Instant.ofEpochSecond(t).toString());
    }
    return out;
  }

  @Test
  @DisplayName("§5.1 [D] business hours 0 9 * * MON-FRI in America/New_York across the 2026-03-08 DST change")
  void businessHoursAcrossDst() {
    assertThat(runs("0 9 * * MON-FRI", NEW_YORK, "2026-03-05T15:00:00Z", 3)).containsExactly(
        "2026-03-06T14:00:00Z", // Friday 09:00 EST (UTC-5)
        "2026-03-09T13:00:00Z", // Monday 09:00 EDT (UTC-4)
        "2026-03-10T13:00:00Z");
    assertThat(runs("0 18 * * 1-5", NEW_YORK, "2026-10-30T00:00:00Z", 2)).containsExactly(
        "2026-10-30T22:00:00Z", // Friday 18:00 EDT
        "2026-11-02T23:00:00Z"); // Monday 18:00 EST after the 2026-11-01 fall-back
  }

  @Test
  @DisplayName("§5.1 [D] cron is UTC without TimeZone; Etc/GMT+9 does not follow DST")
  void utcAndEtcZones() {
    assertThat(runs("30 8 * * *", ZoneOffset.UTC, "2026-01-01T00:00:00Z", 1)).containsExactly("2026-01-01T08:30:00Z");
    assertThat(runs("0 0 * * *", ZoneId.of("Etc/GMT+9"), "2026-07-01T00:00:00Z", 1))
        .containsExactly("2026-07-01T09:00:00Z");
  }

  @Test
  @DisplayName("§5.1 [I] DST: a skipped wall time runs after the jump, a repeated one runs once")
  void dstGapAndOverlap() {
    assertThat(runs("30 2 * * *", NEW_YORK, "2026-03-07T12:00:00Z", 2)).containsExactly(
        "2026-03-08T07:30:00Z", // 02:30 does not exist on 2026-03-08: runs at 03:30 EDT
        "2026-03-09T06:30:00Z");
    assertThat(runs("30 1 * * *", NEW_YORK, "2026-10-31T12:00:00Z", 2)).containsExactly(
        "2026-11-01T05:30:00Z", // the first 01:30 (EDT) only
        "2026-11-02T06:30:00Z");
  }

  @ParameterizedTest(name = "§5.1 [D] cron syntax {0} matches {1}: {2}")
  @CsvSource({
      "*/15 * * * *, 2026-01-05T10:45, true",
      "*/15 * * * *, 2026-01-05T10:46, false",
      "0 9-17/4 * * *, 2026-01-05T13:00, true",
      "0 9-17/4 * * *, 2026-01-05T15:00, false",
      "0 0 1 JAN *, 2026-01-01T00:00, true",
      "0 0 1 jan-mar *, 2026-02-01T00:00, true",
      "0 0 * * 0, 2026-01-04T00:00, true",
      "0 0 * * 7, 2026-01-04T00:00, true",
      "0 0 * * SUN, 2026-01-05T00:00, false",
      "0 0 1 * MON, 2026-01-05T00:00, true",
      "0 0 1 * MON, 2026-01-01T00:00, true",
      "0 0 1 * MON, 2026-01-06T00:00, false",
      "'5,10,20-22 * * * *', 2026-01-05T00:21, true",
  })
  void syntax(String cron, String local, boolean matches) {
    assertThat(CronExpression.parse(cron).matches(LocalDateTime.parse(local))).isEqualTo(matches);
  }

  @Test
  @DisplayName("bad recurrences say which field is wrong and what is accepted")
  void badInputMessages() {
    assertThatThrownBy(() -> CronExpression.parse("0 9 * *")).hasMessageContaining("has 4 fields; expected 5");
    assertThatThrownBy(() -> CronExpression.parse("0 25 * * *")).hasMessageContaining("hour field '25'")
        .hasMessageContaining("out of range 0-23");
    assertThatThrownBy(() -> CronExpression.parse("0 9 * * FUN")).hasMessageContaining("day-of-week");
  }

  @Test
  @DisplayName("a date that never exists (30 FEB) has no next run")
  void neverMatches() {
    assertThat(CronExpression.parse("0 0 30 2 *").next(at("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .isEqualTo(Long.MAX_VALUE);
  }
}
