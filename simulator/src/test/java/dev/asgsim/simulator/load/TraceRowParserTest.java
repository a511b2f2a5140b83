package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free row reader must read what the general reader reads, or decline: every accepted time and number
 * is compared with {@code java.time} and {@link Double#parseDouble} on random and edge spellings.
 */
class TraceRowParserTest {
  private final Random random = new Random(15);

  @Test
  void timestampsAgreeWithJavaTime() {
    for (int i = 0; i < 100_000; i++) {
      long s = random.nextLong() % (400L * 365 * 86_400) + 1_700_000_000L;
      LocalDateTime t = LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC);
      String iso = String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d", t.getYear(), t.getMonthValue(),
          t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
      for (String spelled : new String[] {iso, iso + "Z", iso.replace('T', ' ')}) {
        assertThat(TraceRowParser.timestamp(spelled.toCharArray(), 0, spelled.length())).as(spelled)
            .isEqualTo(TraceReader.parseTimestamp(spelled)).isEqualTo(s);
      }
    }
    assertThat(TraceRowParser.timestamp("2024-02-29T23:59:59Z".toCharArray(), 0, 20))
        .isEqualTo(Instant.parse("2024-02-29T23:59:59Z").getEpochSecond());
  }

  @Test
  void declinesWhatOnlyTheGeneralReaderReadsOrRefuses() {
    for (String s : new String[] {"2024-02-30T00:00:00Z", "2023-02-29T00:00:00", "2024-13-01T00:00:00",
        "2024-01-01T24:00:00", "2024-01-01T00:60:00", "2024-01-01T00:00:00+02:00", "2024-01-01T00:00:00.5Z",
        "2024-01-01T00:00", "2024-1-01T00:00:00Z", "2024-01-01X00:00:00", "２０２４-01-01T00:00:00"}) {
      assertThat(TraceRowParser.timestamp(s.toCharArray(), 0, s.length())).as(s).isEqualTo(TraceRowParser.NO_TIME);
    }
    for (String s : new String[] {"", ".", "-", "1e3", "0x10", "1.2.3", "12a", "1234567890123456", "NaN", "5d"}) {
      assertThat(TraceRowParser.decimal(s.toCharArray(), 0, s.length())).as(s).isNaN();
    }
  }

  @Test
  void decimalsAgreeWithParseDouble() {
    for (int i = 0; i < 200_000; i++) {
      String s = switch (i % 4) {
        case 0 -> Double.toString(random.nextDouble() * 1000);
        case 1 -> String.format(Locale.ROOT, "%." + random.nextInt(8) + "f", random.nextDouble() * 1e6);
        case 2 -> (random.nextBoolean() ? "-" : "+") + random.nextInt(1_000_000) + "." + random.nextInt(1000);
        default -> Long.toString(random.nextLong() % 1_000_000_000_000_000L);
      };
      double fast = TraceRowParser.decimal(s.toCharArray(), 0, s.length());
      if (!Double.isNaN(fast)) {
        assertThat(fast).as(s).isEqualTo(Double.parseDouble(s));
      }
    }
    assertThat(TraceRowParser.decimal("0.1".toCharArray(), 0, 3)).isEqualTo(0.1);
    assertThat(TraceRowParser.decimal("5.".toCharArray(), 0, 2)).isEqualTo(5.0);
    assertThat(TraceRowParser.decimal(" 7 ".toCharArray(), 1, 2)).isEqualTo(7.0);
  }
}
