package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@link Chart#warmUp} (what {@code simulate} runs on its idle core) draws without failing, and a chart drawn after it
 * is the same bytes as one drawn before: it only loads and initialises, it leaves nothing behind that a chart reads.
 */
class ChartWarmUpTest {
  @Test
  void warmingUpChangesNoChart() throws Exception {
    SimulationResult r = Simulation.builder(ConfigReader.read(Path.of("../examples/step-scaling.yaml")))
        .load(LoadSpec.parse("sine(150, 120, 24h, 14h) + noise(15)").render(8 * 1440, 3)).seed(3).build().run();
    byte[] before = Chart.png(r);
    Chart.warmUp();
    assertThat(Chart.png(r)).isEqualTo(before);
  }
}
