package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.file.SweepReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sweep over Spot price histories (aws-behaviour §7.11): paths relative to the base config, read once. */
class SweepSpotHistoriesTest {
  private final PolicyRegistry registry = new PolicyRegistry();
  private final SweepReader reader = new SweepReader(registry::check);

  @Test
  @DisplayName("§7.11: an axis over Simulation.Spot.PriceHistory resolves its paths against the base config's "
      + "directory, the runner carries the files (serialized, as to Spark executors), and the price changes the cost")
  void axisOverPriceHistoriesRelativeToTheBaseConfig(@TempDir Path dir) throws Exception {
    Path cfg = Files.createDirectories(dir.resolve("cfg"));
    Files.createDirectories(cfg.resolve("prices"));
    Files.createDirectories(dir.resolve("sweeps"));
    Files.writeString(cfg.resolve("base.yaml"), Files.readString(Fixtures.EXAMPLES.resolve("spot-fleet.yaml"))
        .replace("Spec: trace(loads/nasa-http-1995-hourly.csv)", "Spec: const(40)"));
    String csv = "timestamp,instance_type,availability_zone,price\n";
    for (String type : new String[] {"m6i.large", "m5.large", "m6a.large"}) {
      for (String az : new String[] {"us-east-1a", "us-east-1b", "us-east-1c"}) {
        csv += "2023-01-01T00:00:00Z," + type + "," + az + ",0.02\n";
      }
    }
    Files.writeString(cfg.resolve("prices/cheap.csv"), csv);
    Files.writeString(cfg.resolve("prices/dear.csv"), csv.replace(",0.02", ",0.06"));
    Files.writeString(dir.resolve("sweeps/s.yaml"), """
        Base: ../cfg/base.yaml
        Variations:
          Simulation.Spot.PriceHistory: [prices/cheap.csv, prices/dear.csv]
        Loads:
          - Name: flat
            Spec: const(40)
            Duration: 6h
        """);
    SweepDefinition def = reader.read(dir.resolve("sweeps/s.yaml"));
    SimulationPointRunner runner = roundTrip(new SimulationPointRunner(def, registry));
    // The files are gone: the runner ran them from what it read (as a Spark executor does).
    Files.delete(cfg.resolve("prices/cheap.csv"));
    Files.delete(cfg.resolve("prices/dear.csv"));
    SweepResult result = new Sweep(def, runner).run(2, SweepListener.NONE);
    double base = result.rows().get(0).score(Score.COST).mean();
    double cheap = result.rows().get(1).score(Score.COST).mean();
    double dear = result.rows().get(2).score(Score.COST).mean();
    assertThat(cheap).isLessThan(base); // 0.02 against 65 % off 0.096 (0.0336)
    assertThat(dear).isGreaterThan(base);
  }

  @Test
  @DisplayName("a missing history on an axis stops the sweep before any point runs, naming it")
  void missingFileStopsTheSweep(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("s.yaml"), "Base: " + Fixtures.EXAMPLES.resolve("spot-fleet.yaml").toAbsolutePath() + "\n"
        + "Variations:\n  Simulation.Spot.PriceHistory: [nope.json]\nLoads:\n  - const(40)\n");
    SweepDefinition def = reader.read(dir.resolve("s.yaml"));
    assertThatThrownBy(() -> new SimulationPointRunner(def, registry)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nope.json: no such file (a relative path is relative to the config file)");
  }

  private static SimulationPointRunner roundTrip(SimulationPointRunner runner) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(runner);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (SimulationPointRunner) in.readObject();
    }
  }
}
