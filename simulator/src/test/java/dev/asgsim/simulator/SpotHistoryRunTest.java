package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.load.LoadSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spot price and interruption hazard histories over whole runs (aws-behaviour §7.11, §7.7): per-second billing at the
 * price in effect, SpotMaxPrice interruptions, launches at the prices then, a hazard that changes in time.
 */
class SpotHistoryRunTest {
  /** Simulation.DEFAULT_START. */
  private static final long T0 = 1704067200L;
  private static final String PRICES = "timestamp,instance_type,availability_zone,price\n";
  private static final String HAZARDS = "timestamp,instance_type,availability_zone,interruptions_per_instance_hour\n";

  @TempDir Path dir;

  @Test
  @DisplayName("§7.11: \"When Spot Instances launch, you pay the current Spot price\", each second [I]: "
      + "one Spot instance for two hours across a price change is billed each second at the price then")
  void billingAcrossAPriceChangeToTheSecond() throws IOException {
    double atHour = spotCost(T0 + 3600);
    // An hour at 0.036 and an hour at 0.072.
    assertThat(atHour).isCloseTo(0.036 + 0.072, within(1e-9));
    // The change one second later: one more second at 0.036, one fewer at 0.072.
    assertThat(spotCost(T0 + 3601) - atHour).isCloseTo((0.036 - 0.072) / 3600, within(1e-12));
  }

  private double spotCost(long change) throws IOException {
    write("p.csv", PRICES + iso(T0 - 600) + ",c6i.large,us-east-1a,0.036\n" + iso(change) + ",c6i.large,us-east-1a,"
        + "0.072\n");
    SimulationResult r = run(config(spot("p.csv", null, null), 1, null, "capacity-optimized"), 1, null);
    assertThat(r.scores().spotInstanceHours()).isCloseTo(2.0, within(1e-9));
    assertThat(r.notes()).anyMatch(n -> n.startsWith("Spot prices (aws-behaviour §7.11) from p.csv: 1 pool "
        + "(c6i.large in us-east-1a)"));
    return r.scores().spotInstanceCost();
  }

  @Test
  @DisplayName("§7.7: EC2 interrupts for price, \"The Spot price is higher than your maximum price\": the pool's "
      + "instance gets its recommendation when the price rises above SpotMaxPrice (default On-Demand, 0.085), not "
      + "when it only reaches it")
  void interruptedWhenThePriceRisesAboveSpotMaxPrice() throws IOException {
    write("p.csv", PRICES + iso(T0 - 600) + ",c6i.large,us-east-1a,0.03\n" + iso(T0 + 1800) + ",c6i.large,"
        + "us-east-1a,0.085\n" + iso(T0 + 3000) + ",c6i.large,us-east-1a,0.0851\n");
    List<long[]> recommended = new ArrayList<>();
    SimulationResult r = run(config(spot("p.csv", null, null), 1, null, "capacity-optimized"), 1,
        (t, ev, n) -> {
          if (ev == InstanceEvent.REBALANCE_RECOMMENDATION) {
            recommended.add(new long[] {t, n});
          }
        });
    assertThat(recommended).isNotEmpty();
    assertThat(recommended.get(0)).containsExactly(T0 + 3000, 1);
    assertThat(r.scores().spotInterruptions()).isPositive();
    assertThat(r.notes()).anyMatch(n -> n.contains("has its Spot instances interrupted (\"The Spot price is higher "
        + "than your maximum price\"): " + recommended.size() + " this run"));
  }

  @Test
  @DisplayName("§7.11: \"If your maximum price is lower than the Spot price ... your Spot Instances are not "
      + "launched\": with c6i.large's pool above SpotMaxPrice, Spot launches take m5.large")
  void launchesSkipAPoolAboveSpotMaxPrice() throws IOException {
    write("p.csv", PRICES + iso(T0 - 600) + ",c6i.large,us-east-1a,0.5\n" + iso(T0 - 600) + ",m5.large,us-east-1a,"
        + "0.04\n");
    SimulationResult r = run(config(spot("p.csv", null, null), 4, "m5.large", "capacity-optimized-prioritized"), 1,
        null);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("instance types: instance-hours c6i.large 0.0 On-Demand")
        && n.contains("and 0.0 Spot") && n.contains("m5.large 0.0 On-Demand (0.096 USD/h) and 8.0 Spot (0.04 USD/h)"));
    assertThat(r.scores().spotInterruptions()).isZero();
  }

  @Test
  @DisplayName("§7.7: a hazard history that is the constant rate everywhere draws exactly as the constant rate does "
      + "(same stream, same seed: same run)")
  void constantHazardHistoryIsTheConstantRate() throws IOException {
    write("h.csv", HAZARDS + iso(T0 - 3600) + ",c6i.large,us-east-1a,1.0\n");
    SimulationResult constant = run(config(new SpotSettings(70.0, null, null, 1.0, 300), 8, null,
        "capacity-optimized"), 5, null);
    SimulationResult history = run(config(spot(null, "h.csv", null).withHistories(null, "h.csv"), 8, null,
        "capacity-optimized"), 5, null);
    assertThat(constant.scores().spotInterruptions()).isPositive();
    assertThat(history.scores()).isEqualTo(constant.scores());
    assertThat(history.activities()).isEqualTo(constant.activities());
  }

  @Test
  @DisplayName("§7.7: a hazard of 0 for the first hour and 2 per instance-hour after it: no recommendation in the "
      + "first hour, several after, the same again with the same seed")
  void hazardChangingInTime() throws IOException {
    write("h.csv", HAZARDS + iso(T0 - 3600) + ",c6i.large,us-east-1a,0\n" + iso(T0 + 3600) + ",c6i.large,"
        + "us-east-1a,2\n");
    List<Long> first = new ArrayList<>();
    ScalingConfig c = config(spot(null, "h.csv", null), 8, null, "capacity-optimized");
    SimulationResult a = run(c, 3, (t, ev, n) -> {
      if (ev == InstanceEvent.REBALANCE_RECOMMENDATION) {
        first.add(t);
      }
    });
    assertThat(first).hasSizeGreaterThan(3).allMatch(t -> t > T0 + 3600);
    SimulationResult b = run(c, 3, null);
    assertThat(b.scores()).isEqualTo(a.scores());
    assertThat(a.notes()).anyMatch(n -> n.startsWith("Spot interruption hazard (aws-behaviour §7.7) from h.csv"));
  }

  @Test
  @DisplayName("relative history paths are relative to the config's directory; elsewhere they are not found, with "
      + "the path as written")
  void relativeToTheConfigDirectory() throws IOException {
    write("p.csv", PRICES + iso(T0) + ",c6i.large,us-east-1a,0.03\n");
    ScalingConfig c = config(spot("p.csv", null, null), 1, null, "capacity-optimized");
    assertThatThrownBy(() -> Simulation.builder(c).load(LoadSpec.parse("const(20)").render(10, 1))
        .configDirectory(dir.resolve("elsewhere")).build())
        .isInstanceOf(SimulationException.class)
        .hasMessage("p.csv: no such file (a relative path is relative to the config file)");
  }

  @Test
  @DisplayName("§7.11: a group without Spot capacity has no Spot pools: its price history (naming none of them) is "
      + "read but not used, and the notes say so")
  void noSpotCapacityNoPools() throws IOException {
    write("p.csv", PRICES + iso(T0) + ",m5.large,eu-west-1a,0.03\n");
    ScalingConfig spot = config(spot("p.csv", null, null), 2, null, "capacity-optimized");
    var all = spot.autoScalingGroup().mixedInstancesPolicy();
    ScalingConfig onDemand = spot.toBuilder().autoScalingGroup(spot.autoScalingGroup().toBuilder()
        .mixedInstancesPolicy(new MixedInstancesPolicy(all.launchTemplate(),
            new MixedInstancesPolicy.InstancesDistribution(null, 0, 100, "capacity-optimized", null, null)))
        .build()).build();
    SimulationResult r = run(onDemand, 1, null);
    assertThat(r.scores().spotInstanceHours()).isZero();
    assertThat(r.notes()).anyMatch(n -> n.equals("Simulation.Spot's histories (p.csv) were read but not used: the "
        + "group runs no Spot capacity (aws-behaviour §7.11)"));
    assertThatThrownBy(() -> run(spot, 1, null)).isInstanceOf(SimulationException.class)
        .hasMessageContaining("p.csv: names none of the group's Spot pools");
  }

  private SpotSettings spot(String prices, String hazards, String alignment) {
    return new SpotSettings(70.0, null, null, null, 300, prices, hazards, alignment);
  }

  /** The step-scaling example as {@code size} instances, all Spot above a base of 0, in us-east-1a only. */
  private static ScalingConfig config(SpotSettings spot, int size, String second, String strategy) throws IOException {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    List<LaunchTemplateOverride> types = new ArrayList<>(List.of(new LaunchTemplateOverride("c6i.large", null, null,
        null)));
    if (second != null) {
      types.add(new LaunchTemplateOverride(second, null, null, null));
    }
    var mixed = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("web", "$Latest"), types),
        new MixedInstancesPolicy.InstancesDistribution(null, 0, 0, strategy, null, null));
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().launchTemplate(null).mixedInstancesPolicy(mixed)
            .availabilityZones(List.of("us-east-1a")).minSize(size).maxSize(size).desiredCapacity(size).build())
        .simulation(c.effectiveSimulation().toBuilder().spot(spot).build()).build();
  }

  private interface Events {
    void on(long t, InstanceEvent ev, int n);
  }

  private SimulationResult run(ScalingConfig c, long seed, Events events) {
    var b = Simulation.builder(c).load(LoadSpec.parse("const(20)").render(120, 1)).seed(seed).configDirectory(dir)
        .checkInvariants(true);
    if (events != null) {
      b.listener(new SimulationListener() {
        @Override
        public void onInstanceEvent(long t, InstanceEvent ev, String id, int n, String az) {
          events.on(t, ev, n);
        }
      });
    }
    return b.build().run();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private static String iso(long epoch) {
    return java.time.Instant.ofEpochSecond(epoch).toString();
  }
}
