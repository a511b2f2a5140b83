package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.report.TimelineCsv;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One Simulation run from many threads at once gives every thread the same result (no shared mutable state). */
class ConcurrentRunsTest {
  @Test
  void parallelRunsAreIndependent() throws Exception {
    Simulation sim = Simulation.builder(ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml")))
        .load(LoadSpec.parse("sine(120, 100, 3h) + noise(15)").render(1440, 9)).seed(9).build();
    String expected = TimelineCsv.render(sim.run().timeline().orElseThrow());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> runs = pool.invokeAll(java.util.Collections.nCopies(8,
          () -> TimelineCsv.render(sim.run().timeline().orElseThrow())));
      for (Future<String> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
