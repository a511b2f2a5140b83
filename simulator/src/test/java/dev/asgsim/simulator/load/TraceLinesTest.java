package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines as a trace's rows are read: '\r' dropped wherever it is, at most 200 characters, across buffer ends. */
class TraceLinesTest {
  private static List<String> lines(String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TraceLines in = new TraceLines("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      for (String l = in.next(); l != null; l = in.next()) {
        out.add(l);
      }
    }
    return out;
  }

  @Test
  void lineBreaksOfEverySpellingAndStrayCarriageReturns() throws Exception {
    assertThat(lines("a,1\r\nb,2\nc\r,3\n\nd,4")).containsExactly("a,1", "b,2", "c,3", "", "d,4");
    assertThat(lines("")).isEmpty();
    assertThat(lines("\r\n")).containsExactly("");
  }

  @Test
  void twoHundredCharactersAreALineOneMoreIsRefusedWithItsNumber() throws Exception {
    String max = "x".repeat(TraceLines.MAX_LINE_CHARS);
    assertThat(lines("h\n" + max + "\r\n" + max)).containsExactly("h", max, max);
    assertThatThrownBy(() -> lines("h\n" + max + "\ny\n" + max + "z\n")).isInstanceOf(LoadSpecException.class)
        .hasMessage("t.csv:4: line is longer than 200 characters; a trace row is 'timestamp,value' (is this a CSV "
            + "trace?)");
  }

  @Test
  void linesAcrossTheReadBufferComeWhole() throws Exception {
    StringBuilder text = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 5000; i++) { // 100 000 characters: lines straddle every 8 192-character read
      String row = "2024-01-01T00:00:00Z," + "1".repeat(i % 7) + i;
      expected.add(row);
      text.append(row).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    assertThat(lines(text.toString())).isEqualTo(expected);
  }
}
