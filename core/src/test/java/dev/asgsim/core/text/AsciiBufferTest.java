package dev.asgsim.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte formatter of timeline.csv writes what {@code Long.toString} and a {@code StringBuilder} would. */
class AsciiBufferTest {
  @Test
  void numbersAreWrittenAsLongToStringWritesThem() {
    long[] edges = {0, 9, 10, 99, 100, -1, -9, -10, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE,
        999_999_999L, 1_000_000_000L, 9_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
    AsciiBuffer b = new AsciiBuffer(1);
    for (long v : edges) {
      assertThat(b.clear().append(v).toString()).isEqualTo(Long.toString(v));
    }
    Random random = new Random(15);
    for (int i = 0; i < 300_000; i++) {
      long v = switch (i % 3) {
        case 0 -> random.nextLong();
        case 1 -> random.nextInt();
        default -> random.nextLong() >> random.nextInt(64);
      };
      assertThat(b.clear().append(v).toString()).isEqualTo(Long.toString(v));
    }
  }

  @Test
  void aRowIsTheTextAStringBuilderWouldHold() throws Exception {
    AsciiBuffer b = new AsciiBuffer(4);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 1000; i++) { // grows past its first capacity many times
      b.append("2024-01-01T").appendTwoDigits(i % 24).append(',').append(i).append(',')
          .append(AsciiBuffer.bytes("INSUFFICIENT_DATA"));
      Numbers.appendDecimals(b.append(','), i / 7.0, 4).append('\n');
      expected.append("2024-01-01T").append(String.format("%02d", i % 24)).append(',').append(i).append(',')
          .append("INSUFFICIENT_DATA").append(',').append(Numbers.decimals(i / 7.0, 4)).append('\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    b.writeTo(out);
    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString()).isEqualTo(b.toString());
    assertThat(b.length()).isEqualTo(expected.length());
  }

  @Test
  void onlyAsciiIsAccepted() {
    assertThatThrownBy(() -> new AsciiBuffer(8).append("µs")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AsciiBuffer(8).append('…')).isInstanceOf(IllegalArgumentException.class);
  }
}
