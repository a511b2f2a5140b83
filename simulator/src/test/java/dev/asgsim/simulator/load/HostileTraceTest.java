package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Traces that would have cost gigabytes or a wrong answer (issue 19 items 1 and 13): refused at a line, or read. */
class HostileTraceTest {
  static Trace parse(String text) throws IOException {
    return TraceReader.parse("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aTimestampJumpOfACenturyIsRefusedAtItsLineBeforeAnythingIsAllocated() {
    assertThatThrownBy(() -> parse("timestamp,value\n1950-01-01 00:00:00,5\n2050-01-01 00:00:00,5\n"))
        .isInstanceOf(LoadSpecException.class)
        .hasMessageStartingWith("t.csv:3: time '2050-01-01 00:00:00' is 36525d from the first row (line 2); a trace "
            + "may span at most 3650d (10 years)");
  }

  @Test
  void minuteOffsetsBeyondTenYearsOrBeyondAnyTimeAreRefused() throws IOException {
    assertThatThrownBy(() -> parse("minute,value\n0,5\n1000000000,5\n"))
        .hasMessageStartingWith("t.csv:3: time '1000000000' is 694444d from the first row");
    // 2^63 - 1 minutes used to overflow to a one-minute run.
    assertThatThrownBy(() -> parse("minute,value\n0,5\n9223372036854775807,5\n"))
        .hasMessageStartingWith("t.csv:3: minute '9223372036854775807' is out of range");
    assertThat(parse("minute,value\n0,5\n" + 3650 * 1440 + ",5\n").offsets()).containsExactly(0, 3650L * 86_400);
  }

  @Test
  void anEndlessLineIsRefusedAfterTwoHundredCharacters() {
    // What trace(/dev/zero) or a binary file gives: one line that never ends.
    InputStream zeros = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    assertThatThrownBy(() -> TraceReader.parse("/dev/zero", zeros))
        .hasMessage("/dev/zero:1: line is longer than 200 characters; a trace row is 'timestamp,value' (is this a "
            + "CSV trace?)");
  }

  @Test
  void anEndlessFileOfShortLinesIsRefusedAtTheSizeLimit() {
    InputStream rows = new InputStream() {
      @Override
      public int read() {
        return '\n';
      }
    };
    assertThatThrownBy(() -> TraceReader.parse("pipe", rows)).hasMessageContaining("larger than 256 MB");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.csv");
    try (var f = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
      f.position(300L * 1024 * 1024).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
    }
    assertThatThrownBy(() -> TraceReader.read(big))
        .hasMessage(big + ": file too large: 300 MB, at most 256 MB; resample the trace to one row a minute or cut "
            + "it into shorter periods");
  }

  @Test
  void aDaylightSavingFoldInLocalTimeIsAveragedAndReported() throws IOException {
    // Local clock: 01:30 … 01:55, then back to 01:00 (the repeated hour), on to 02:00.
    Trace t = parse("timestamp,value\n2024-11-03 01:30:00,10\n2024-11-03 01:55:00,20\n2024-11-03 01:00:00,30\n"
        + "2024-11-03 01:30:00,40\n2024-11-03 01:55:00,60\n2024-11-03 02:00:00,50\n");
    assertThat(t.offsets()).containsExactly(0, 1800, 3300, 3600);
    assertThat(t.values()).containsExactly(30, 25, 40, 50);
    assertThat(t.notes()).anyMatch(n -> n.startsWith("t.csv:4: the local time goes back to 2024-11-03 01:00:00 "
        + "(a daylight-saving fold)"));
    assertThat(t.notes()).anyMatch(n -> n.contains("2 rows repeated an earlier timestamp"));
  }

  @Test
  void goingBackMoreThanAnHourOrWithAZoneIsStillAnError() {
    assertThatThrownBy(() -> parse("timestamp,value\n2024-11-03 03:00:00,1\n2024-11-03 01:00:00,2\n"))
        .hasMessageContaining("t.csv:3: time '2024-11-03 01:00:00' is earlier than the row before");
    assertThatThrownBy(() -> parse("timestamp,value\n2024-11-03T01:30:00Z,1\n2024-11-03T01:00:00Z,2\n"))
        .hasMessageContaining("t.csv:3: time '2024-11-03T01:00:00Z' is earlier than the row before");
  }

  @Test
  void negativeOrAbsurdValuesAreRefusedLikeANegativeConst() {
    assertThatThrownBy(() -> parse("minute,value\n0,-5\n"))
        .hasMessage("t.csv:2: value -5 must be between 0 and 1000000 (% of one instance's CPU)");
    assertThatThrownBy(() -> parse("minute,value\n0,1e308\n")).hasMessageContaining("t.csv:2: value 1e308 must be");
  }

  @Test
  void controlCharactersAreNotEchoed() {
    assertThatThrownBy(() -> parse("minute,value\n0,1\u001b[31m\n"))
        .hasMessage("t.csv:2: cannot read '1?[31m' as a number");
  }

  @Test
  void aTracePathWithAParenthesisIsQuotedAndDescribedQuoted(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("week (1).csv"), "minute,value\n0,10\n1,20\n");
    LoadModel m = LoadSpec.parse("trace(\"week (1).csv\") + const(1)", dir, TraceLoad.Gaps.HOLD);
    assertThat(m.render(2, 1).toArray()).containsExactly(11, 21);
    assertThat(m.describe()).isEqualTo("trace(\"week (1).csv\") + const(1)");
    assertThat(LoadSpec.parse(m.describe(), dir, TraceLoad.Gaps.HOLD).render(2, 1).toArray())
        .containsExactly(11, 21);
    assertThat(LoadSpec.parse("trace('week (1).csv')", dir, TraceLoad.Gaps.HOLD).render(2, 1).toArray())
        .containsExactly(10, 20);
  }
}
