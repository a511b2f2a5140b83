package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.LoadSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 14: a trace shorter than the duration is no longer padded with its last value without a word; the run
 * stops at the trace's end with a note by default, holds or repeats on request, and says which.
 */
class TraceEndTest {
  @TempDir
  Path dir;
  String trace;

  @BeforeEach
  void tenMinutes() throws Exception {
    StringBuilder sb = new StringBuilder("minute,value\n");
    for (int m = 0; m < 10; m++) {
      sb.append(m).append(',').append(10 * (m + 1)).append('\n');
    }
    Files.writeString(dir.resolve("t.csv"), sb.toString());
    trace = dir.resolve("t.csv").toString();
  }

  private LoadResolver.Resolved resolve(String duration, String end) {
    return LoadResolver.resolve(trace, null, dir, null, duration, null, end, 1);
  }

  @Test
  @DisplayName("by default the run stops at the trace's end, with a note and the end in the result")
  void stopsAtTheEndByDefault() {
    LoadSeries s = resolve("30m", null).series();
    assertThat(s.minutes()).isEqualTo(10);
    assertThat(s.notes()).anyMatch(n -> n.startsWith("the trace covers 10 minutes, less than the duration 30m (30 "
        + "minutes): the run stops at the trace's end"));
    assertThat(s.traceEnd()).isEqualTo(new LoadSeries.TraceEnd("stop", 10, 30));
  }

  @Test
  @DisplayName("hold: the last value holds for the rest of the duration, and a note says for how long")
  void holdKeepsTheLastValue() {
    LoadSeries s = resolve("30m", "hold").series();
    assertThat(s.minutes()).isEqualTo(30);
    assertThat(s.at(9)).isEqualTo(100);
    assertThat(s.at(29)).isEqualTo(100);
    assertThat(s.notes()).anyMatch(n -> n.endsWith("its last value is held for the last 20 minutes (TraceEnd: hold)"));
    assertThat(s.traceEnd().policy()).isEqualTo("hold");
  }

  @Test
  @DisplayName("repeat: the trace starts again from its first sample")
  void repeatReplaysTheTrace() {
    LoadSeries s = resolve("25m", "Repeat").series();
    assertThat(s.minutes()).isEqualTo(25);
    for (int m = 0; m < 25; m++) {
      assertThat(s.at(m)).as("minute " + m).isEqualTo(10 * (m % 10 + 1));
    }
    assertThat(s.notes()).anyMatch(n -> n.contains("it is replayed from its start for the last 15 minutes"));
  }

  @Test
  @DisplayName("the config's Load.TraceEnd applies when no option is given; a trace covering the run adds no note")
  void configSettingAndNoNoteWhenCovered() {
    LoadSettings config = new LoadSettings("t.csv", null, null, "20m", null, "hold");
    LoadSeries s = LoadResolver.resolve(null, config, dir, null, null, null, 1).series();
    assertThat(s.minutes()).isEqualTo(20);
    assertThat(s.traceEnd().policy()).isEqualTo("hold");
    LoadSeries covered = resolve("5m", null).series();
    assertThat(covered.minutes()).isEqualTo(5);
    assertThat(covered.notes()).noneMatch(n -> n.contains("the trace covers"));
    assertThat(covered.traceEnd()).isEqualTo(new LoadSeries.TraceEnd("stop", 10, 5));
  }

  @Test
  @DisplayName("a synthetic load has no trace end; an unknown policy names the option and the choices")
  void syntheticLoadsAndBadValues() {
    assertThat(LoadResolver.resolve("const(5)", null, dir, null, "30m", null, null, 1).series().traceEnd()).isNull();
    assertThatThrownBy(() -> resolve("30m", "loop")).isInstanceOf(LoadSpecException.class)
        .hasMessage("unknown trace end 'loop'; use stop, hold or repeat")
        .extracting(e -> ((LoadSpecException) e).input()).isEqualTo(LoadSpecException.Input.TRACE_END);
  }
}
