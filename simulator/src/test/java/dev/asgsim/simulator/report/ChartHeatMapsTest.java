package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * chart.png's heat maps are drawn on a thread of their own while the timeline is drawn ({@link Chart#png}): each into
 * its own part of the image, so the bytes do not depend on which finishes first. Drawn before the timeline on the same
 * thread, they must give the same PNG as drawn beside it.
 */
class ChartHeatMapsTest {
  @Test
  void theHeatMapsBesideTheTimelineGiveTheSameBytesAsDrawnFirstOnOneThread() throws Exception {
    // Eight days: a week or more gets the heat maps; unserved demand in the evening peaks colours the second one.
    SimulationResult r = Simulation.builder(ConfigReader.read(Path.of("../examples/step-scaling.yaml")))
        .load(LoadSpec.parse("sine(150, 120, 24h, 14h) + noise(15)").render(8 * 1440, 3)).seed(3).build().run();
    RunDigest digest = RunDigest.of(r);
    assertThat(digest.desiredByHour()).isNotNull();
    byte[] oneThread = Chart.png(r, digest, Runnable::run);
    assertThat(Chart.png(r, digest)).isEqualTo(oneThread);
    assertThat(Chart.png(r)).isEqualTo(oneThread);
  }
}
