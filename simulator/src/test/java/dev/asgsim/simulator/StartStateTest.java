package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings.Start;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.score.Scores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 11 item 5: the starting state (aws-behaviour §12.1 [I]). */
class StartStateTest {
  private static final Path OFFICE = Path.of("../examples/scheduled-business-hours.yaml");

  private static ScalingConfig office(String start, Integer burnIn, boolean schedule) throws Exception {
    ScalingConfig c = ConfigReader.read(OFFICE);
    var b = c.toBuilder().simulation(c.simulation().toBuilder().start(start).burnInMinutes(burnIn).build());
    if (!schedule) {
      b.scheduledActions(List.of());
    }
    return b.build();
  }

  private static SimulationResult run(ScalingConfig c, String load, int minutes, Instant start) {
    return Simulation.builder(c).load(LoadSpec.parse(load).render(minutes, 5)).startTime(start).checkInvariants(true)
        .build().run();
  }

  @Test
  @DisplayName("§12.1 Steady: \"apply every scheduled action's last occurrence before t0 in time order\": a replay "
      + "from a Wednesday midday in New York starts at the weekday-morning MinSize 4, not at 1")
  void middayReplayStartsAtFour() throws Exception {
    Instant wednesdayNoonNewYork = Instant.parse("2024-01-03T17:00:00Z");
    SimulationResult steady = run(office(null, null, true), "const(20)", 60, wednesdayNoonNewYork);
    assertThat(steady.startState().mode()).isEqualTo(Start.Steady);
    assertThat(steady.startState().scheduleInForce()).endsWith("weekday-morning");
    assertThat(steady.startState().minSize()).isEqualTo(4);
    assertThat(steady.timeline().orElseThrow().desired(0)).isEqualTo(4);
    assertThat(steady.timeline().orElseThrow().inService(0)).isEqualTo(4);
    assertThat(steady.notes()).anyMatch(n -> n.startsWith("Steady start") && n.contains("weekday-morning"));
    SimulationResult cold = run(office("Cold", null, true), "const(20)", 60, wednesdayNoonNewYork);
    assertThat(cold.timeline().orElseThrow().desired(0)).isEqualTo(1);
    assertThat(cold.startState().scheduleInForce()).isEmpty();
  }

  @Test
  @DisplayName("§12.1 Steady: \"start at the capacity the policies settle on for the first minute's load "
      + "(TT: clamp(ceil(L0/T)))\": 150 % at target 60 starts at ceil(2.5) = 3, and alarms are filled (no "
      + "INSUFFICIENT_DATA at minute 0)")
  void capacitySettledAndAlarmsFilled() throws Exception {
    SimulationResult r = run(office(null, null, false), "const(150)", 30, Simulation.DEFAULT_START);
    assertThat(r.startState().desired()).isEqualTo(3);
    assertThat(r.decisions()).isEmpty();
    Timeline t = r.timeline().orElseThrow();
    assertThat(t.alarmHigh(0)).isEqualTo(t.alarmHigh(29));
    assertThat(t.alarmLow(0)).isEqualTo(t.alarmLow(29));
  }

  @Test
  @DisplayName("§12.1: \"A cold and a steady run of a stationary load agree after the burn-in\"")
  void coldAndSteadyAgreeAfterBurnIn() throws Exception {
    Instant start = Simulation.DEFAULT_START;
    SimulationResult cold = run(office("Cold", 60, false), "const(150)", 240, start);
    SimulationResult steady = run(office("Steady", 60, false), "const(150)", 240, start);
    Timeline c = cold.timeline().orElseThrow();
    Timeline s = steady.timeline().orElseThrow();
    assertThat(c.desired(0)).isEqualTo(1);
    assertThat(s.desired(0)).isEqualTo(3);
    for (int m = 60; m < 240; m++) {
      assertThat(c.desired(m)).as("minute " + m).isEqualTo(s.desired(m));
      assertThat(c.serving(m)).as("minute " + m).isEqualTo(s.serving(m));
      assertThat(c.cpu(m)).as("minute " + m).isCloseTo(s.cpu(m), within(1e-9));
    }
    Scores a = cold.scores();
    Scores b = steady.scores();
    assertThat(a.minutes()).isEqualTo(180);
    assertThat(a.unservedPercent()).isCloseTo(b.unservedPercent(), within(1e-9));
    assertThat(a.meanServing()).isCloseTo(b.meanServing(), within(1e-9));
    assertThat(a.instanceHours()).isCloseTo(b.instanceHours(), within(1e-9));
    // Without the burn-in the cold run's first minutes (1 instance for 150 %) show up as unserved demand.
    SimulationResult coldAll = run(office("Cold", null, false), "const(150)", 240, start);
    assertThat(coldAll.scores().unservedPercent()).isGreaterThan(a.unservedPercent());
  }
}
