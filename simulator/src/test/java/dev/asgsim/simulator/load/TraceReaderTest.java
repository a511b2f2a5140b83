package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TraceReaderTest {
  static Trace parse(String text) {
    try {
      return TraceReader.parse("t.csv", new java.io.ByteArrayInputStream(text.getBytes(
          java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readsNabStyleTimestampsAsUtc() {
    Trace t = parse("timestamp,value\n2014-02-14 14:30:00,0.132\n2014-02-14 14:35:00,0.134\n");
    assertThat(t.startEpochSecond()).isEqualTo(1392388200L);
    assertThat(t.offsets()).containsExactly(0, 300);
    assertThat(t.values()).containsExactly(0.132, 0.134);
    assertThat(t.notes()).isEmpty();
  }

  @Test
  void readsIsoTimestampsWithAndWithoutZone() {
    Trace t = parse("timestamp,value\n2024-01-01T00:00:00Z,1\n2024-01-01T01:01:00+01:00,2\n2024-01-01T00:02:00,3\n");
    assertThat(t.offsets()).containsExactly(0, 60, 120);
  }

  @Test
  void readsMinuteAndSecondOffsets() {
    assertThat(parse("minute,value\n0,1\n1.5,2\n").offsets()).containsExactly(0, 90);
    assertThat(parse("second,value\n0,1\n30,2\n").offsets()).containsExactly(0, 30);
    assertThat(parse("minute,value\n0,1\n").startEpochSecond()).isNull();
  }

  @Test
  void repeatedTimestampsAreAveragedAndReported() {
    // NAB's DST fold: several rows on one timestamp.
    Trace t = parse("timestamp,value\n2014-03-09 02:55:00,1\n2014-03-09 03:00:00,10\n2014-03-09 03:00:00,20\n"
        + "2014-03-09 03:00:00,30\n2014-03-09 03:05:00,5\n");
    assertThat(t.values()).containsExactly(1, 20, 5);
    assertThat(t.notes()).anyMatch(n -> n.contains("2 rows repeated an earlier timestamp")
        && n.contains("line 4") && n.contains("averaged"));
  }

  @Test
  void gapsAndIrregularStepsAreReportedAndHeldOrInterpolated() {
    Trace t = parse("minute,value\n0,10\n5,10\n10,10\n30,50\n35,50\n37,60\n");
    assertThat(t.notes()).anyMatch(n -> n.contains("1 gaps longer than 1.5 × the usual 300 s step (longest 1200 s)"))
        .anyMatch(n -> n.contains("1 steps differ"));
    double[] hold = new TraceLoad(t, TraceLoad.Gaps.HOLD, "t.csv").render(40, 1).toArray();
    double[] lin = new TraceLoad(t, TraceLoad.Gaps.INTERPOLATE, "t.csv").render(40, 1).toArray();
    assertThat(hold[20]).isEqualTo(10);
    assertThat(lin[20]).isEqualTo(30);
    assertThat(hold[39]).isEqualTo(60);
    assertThat(new TraceLoad(t, TraceLoad.Gaps.HOLD, "t.csv").naturalMinutes()).isEqualTo(42);
  }

  @Test
  void corruptRowsNameFileAndLine() {
    assertThatThrownBy(() -> parse("timestamp,value\n2014-02-14 14:30:00,1\n2014-02-14 14:3x:00,2\n"))
        .isInstanceOf(LoadSpecException.class).hasMessage("t.csv:3: cannot read '2014-02-14 14:3x:00' as an ISO-8601 "
            + "or YYYY-MM-DD HH:MM:SS timestamp");
    assertThatThrownBy(() -> parse("minute,value\n0,1\n\n1,NaN\n"))
        .hasMessage("t.csv:4: value 'NaN' is not a finite number");
    assertThatThrownBy(() -> parse("minute,value\n0,1,2\n")).hasMessageStartingWith("t.csv:2: expected two columns");
    assertThatThrownBy(() -> parse("minute,value\n5,1\n2,1\n"))
        .hasMessageContaining("t.csv:3: time '2' is earlier than the row before");
    assertThatThrownBy(() -> parse("time,load\n0,1\n")).hasMessageStartingWith("t.csv:1: unknown header 'time,load'");
    assertThatThrownBy(() -> parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> parse("minute,value\n")).hasMessageContaining("no rows");
  }

  @Test
  void missingFileIsAClearError() {
    assertThatThrownBy(() -> TraceReader.read(java.nio.file.Path.of("/nonexistent/x.csv")))
        .isInstanceOf(LoadSpecException.class).hasMessage("/nonexistent/x.csv: no such trace file");
  }

  @Test
  void blankLinesAndBomAreTolerated() {
    Trace t = parse(String.join("\r\n", List.of("\uFEFFminute,value", "", "0,1", "", "1,2")));
    assertThat(t.values()).containsExactly(1, 2);
  }

  @Test
  void theFastWayTakesTheValueColumnBeforeTheCapacityColumnAndDeclinesAnyOtherColumnCount() {
    String row = "2026-11-20T00:05:00Z,40,4";
    assertThat(valueEnd(row, 20, true)).isEqualTo(23);
    assertThat(valueEnd("2026-11-20T00:05:00Z,40,", 20, true)).isEqualTo(23); // history's empty cell
    assertThat(valueEnd("2026-11-20T00:05:00Z,40", 20, true)).isEqualTo(-1);
    assertThat(valueEnd("2026-11-20T00:05:00Z,40,4,1", 20, true)).isEqualTo(-1);
    assertThat(valueEnd("2026-11-20T00:05:00Z,40", 20, false)).isEqualTo(23);
    assertThat(valueEnd(row, 20, false)).isEqualTo(-1);
  }

  private static int valueEnd(String row, int comma, boolean capacity) {
    return TraceReader.valueEnd(row.toCharArray(), row.length(), comma, capacity);
  }

  @Test
  void aCapacityColumnReadsTheSameTheFastWayAndTheGeneralWay() {
    // asgsim history's third column (aws-behaviour §12.1): the first row's capacity is kept, later cells are not read.
    Trace fast = parse("timestamp,value,GroupDesiredCapacity\n2026-11-20T00:00:00Z,40,4\n2026-11-20T00:05:00Z,41.5,\n"
        + "2026-11-20T00:10:00Z, 42 ,5\n");
    // The same rows in spellings only the general way reads (offsets, exponents).
    Trace general = parse("timestamp,value,GroupDesiredCapacity\n2026-11-20T00:00:00+00:00,4e1,4\n"
        + "2026-11-20T01:05:00+01:00,4.15e1,\n2026-11-20T00:10:00+00:00,4.2e1,5\n");
    for (Trace t : List.of(fast, general)) {
      assertThat(t.initialCapacity()).isEqualTo(4);
      assertThat(t.offsets()).containsExactly(0, 300, 600);
      assertThat(t.values()).containsExactly(40, 41.5, 42);
    }
    assertThat(parse("timestamp,value\n2026-11-20T00:00:00Z,40\n").initialCapacity()).isNaN();
  }

  @Test
  void aCapacityFileWithTooFewOrTooManyColumnsIsRefusedWithItsLine() {
    String header = "timestamp,value,GroupDesiredCapacity\n2026-11-20T00:00:00Z,40,4\n";
    assertThatThrownBy(() -> parse(header + "2026-11-20T00:05:00Z,41\n"))
        .hasMessage("t.csv:3: expected three columns 'timestamp,value,GroupDesiredCapacity', got "
            + "'2026-11-20T00:05:00Z,41'");
    assertThatThrownBy(() -> parse(header + "2026-11-20T00:05:00Z,41,4,9\n"))
        .hasMessageStartingWith("t.csv:3: expected three columns");
    assertThatThrownBy(() -> parse("timestamp,value,GroupDesiredCapacity\n2026-11-20T00:00:00Z,40,lots\n"))
        .hasMessage("t.csv:2: GroupDesiredCapacity 'lots' is not a number");
    assertThatThrownBy(() -> parse("timestamp,value\n2026-11-20T00:00:00Z,40,4\n"))
        .hasMessageStartingWith("t.csv:2: expected two columns 'timestamp,value'");
  }
}
