package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory flat in simulated time (issue 15): {@code simulate} streams its timeline and activities to disk, so a whole
 * year with all five outputs runs in a JVM forked with a 64 MB heap (it needed about 200 MB while the timeline was
 * held). A regression that holds per-minute records again ends in an OutOfMemoryError here.
 */
class SimulateSmallHeapTest {
  @Test
  void aYearWithAllOutputsRunsInA64MbHeap(@TempDir Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path out = dir.resolve("year");
    Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "simulate", "../examples/fastcampus-nginx.yaml",
        "--load", "sine(150, 120, 24h)", "--duration", "365d", "--out", out.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
    try (var lines = Files.lines(out.resolve("timeline.csv"))) {
      assertThat(lines.count()).isEqualTo(525_601);
    }
    for (String f : List.of("activities.json", "summary.json", "chart.png", "report.html")) {
      assertThat(Files.size(out.resolve(f))).as(f).isPositive();
    }
  }
}
