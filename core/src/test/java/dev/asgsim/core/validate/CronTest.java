package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CronTest {
  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"0 8 * * MON-FRI", "*/5 * * * *", "30 7 1,15 * *", "0 0 * JAN-MAR SUN", "0 18 ? * 1-5",
      "0 0 1 1 *", "59 23 31 12 7", "0-30/10 9-17 * * *"})
  @DisplayName("§5.1 [D] valid 5-field recurrences")
  void valid(String cron) {
    assertThat(Cron.problem(cron)).isNull();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {
      "0 8 * *|5 fields", "0 8 * * * *|5 fields", "60 8 * * *|minute", "0 24 * * *|hour", "0 8 0 * *|day of month",
      "0 8 * 13 *|month", "0 8 * * 8|day of week", "0 8 * * MON-FRY|day of week", "0 8 * * FRI-MON|backwards",
      "*/0 * * * *|step", "0 8,,9 * * *|empty", "0 a * * *|hour"})
  @DisplayName("§5.1 [D] invalid recurrences name the field")
  void invalid(String cron, String expected) {
    assertThat(Cron.problem(cron)).isNotNull().contains(expected);
  }
}
