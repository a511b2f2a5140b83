package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.LoadSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trace read ahead ({@link TracePrefetch}, {@code simulate --load FILE.csv}) resolves to the same load as one read
 * in its turn, and a trace that cannot be read fails with the same message.
 */
class TracePrefetchTest {
  @Test
  void aTraceReadAheadIsTheSameLoad(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("week.csv");
    StringBuilder rows = new StringBuilder("timestamp,value\n");
    for (int m = 0; m < 7 * 1440; m += 5) {
      rows.append(java.time.Instant.ofEpochSecond(1_700_000_040L + 60L * m)).append(',').append(m % 97 + 0.25)
          .append('\n');
    }
    Files.writeString(csv, rows);
    String spec = csv + " + const(5)";
    TracePrefetch ahead = TracePrefetch.start(spec);
    assertThat(ahead).isNotSameAs(TracePrefetch.NONE);
    LoadResolver.Resolved read = LoadResolver.resolve(spec, null, dir, 2.0, null, "interpolate", null, 1);
    LoadResolver.Resolved prefetched = LoadResolver.resolve(spec, null, dir, 2.0, null, "interpolate", null, 1, ahead);
    assertThat(prefetched.series().toArray()).isEqualTo(read.series().toArray());
    assertThat(prefetched.series().notes()).isEqualTo(read.series().notes());
    assertThat(prefetched.series().description()).isEqualTo(read.series().description());
    assertThat(prefetched.start()).isEqualTo(read.start());
    Files.delete(csv); // what was read ahead is used: the file is not opened again
    assertThat(LoadResolver.resolve(spec, null, dir, 2.0, null, "interpolate", null, 1, ahead).series().toArray())
        .isEqualTo(read.series().toArray());
  }

  @Test
  void aTraceThatCannotBeReadFailsAsWithoutReadingAhead(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "timestamp,value\n2024-01-01T00:00:00Z,1\n2023-01-01T00:00:00Z,2\n");
    for (String spec : new String[] {csv.toString(), dir.resolve("missing.csv").toString(), "sine(1, 2, 3x)"}) {
      AtomicReference<String> without = new AtomicReference<>();
      assertThatThrownBy(() -> LoadResolver.resolve(spec, null, dir, null, null, null, null, 1))
          .isInstanceOfSatisfying(LoadSpecException.class, e -> without.set(e.getMessage()));
      assertThatThrownBy(() -> LoadResolver.resolve(spec, null, dir, null, null, null, null, 1,
          TracePrefetch.start(spec))).isInstanceOf(LoadSpecException.class).hasMessage(without.get());
    }
  }

  @Test
  void theConfigsLoadIsNotTakenFromTracesReadAheadForTheCommandLine(@TempDir Path dir) throws Exception {
    // --load names a file; the config's Load section names one of the same name in the config's directory: without
    // --load, the config's is read, never the one read ahead from the working directory.
    Path configDir = Files.createDirectory(dir.resolve("cfg"));
    Files.writeString(configDir.resolve("t.csv"), "minute,value\n0,7\n1,7\n");
    TracePrefetch ahead = TracePrefetch.start("t.csv"); // relative to the working directory: no such file there
    LoadSettings settings = new LoadSettings("t.csv", null, null, null, null, null);
    LoadResolver.Resolved r = LoadResolver.resolve(null, settings, configDir, null, null, null, null, 1, ahead);
    assertThat(r.series().toArray()).containsOnly(7.0);
  }
}
