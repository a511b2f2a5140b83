package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.event.InstanceEvent;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The spec's §11 worked example on the seed group: 20 % → 90 % for 30 min → 20 %, step at minute 10, drop at
 * minute 40. Times below are minutes after the step (or the drop), each against its row of §11.3.
 */
class WorkedExampleTest {
  static final double STEP = 10;
  static final double DROP = 40;
  static SimulationResult result;
  static final List<double[]> events = new ArrayList<>(); // {minute, eventOrdinal}
  static final List<String> alarmChanges = new ArrayList<>();
  static long start = Simulation.DEFAULT_START.getEpochSecond();

  static ScalingConfig seed() throws Exception {
    return ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
  }

  @BeforeAll
  static void run() throws Exception {
    result = Simulation.builder(seed())
        .load(LoadSpec.parse("step(20, 90@10m, 20@40m)").render(90, 1))
        .checkInvariants(true)
        .listener(new SimulationListener() {
          @Override
          public void onInstanceEvent(long t, InstanceEvent e, String id, int count, String az) {
            events.add(new double[] {(t - start) / 60.0, e.ordinal()});
          }

          @Override
          public void onAlarmStateChange(long t, String name, AlarmState from, AlarmState to) {
            alarmChanges.add((t - start) / 60.0 + " " + (name.contains("AlarmHigh") ? "high" : "low") + " " + to);
          }
        })
        .build()
        .run();
  }

  static double first(InstanceEvent e) {
    return events.stream().filter(x -> x[1] == e.ordinal()).mapToDouble(x -> x[0]).min().orElse(Double.NaN);
  }

  @Test
  @DisplayName("§11.3 ≈4 [D]/[O]: AlarmHigh ALARM after 3 of 3 datapoints, desired 1→2 ≈4 min after the step")
  void desiredRisesAboutFourMinutesAfterTheStep() {
    ScalingDecision up = result.decisions().get(0);
    assertThat(up.oldDesired()).isEqualTo(1);
    assertThat(up.newDesired()).isEqualTo(2);
    double t = (up.epochSecond() - start) / 60.0 - STEP;
    assertThat(t).isBetween(3.5, 4.5);
    assertThat(up.alarmName()).contains("AlarmHigh");
    assertThat(up.cause()).contains("in state ALARM triggered policy Target Tracking Policy_20211202 changing the "
        + "desired capacity from 1 to 2.");
  }

  @Test
  @DisplayName("§11.3 ≈5–5.5 [D]: i-2 InService ≈5 min after the step; ≈5.5–6.5 takes traffic after one ALB check")
  void newInstanceTakesTrafficAboutSixMinutesAfterTheStep() {
    assertThat(first(InstanceEvent.IN_SERVICE) - STEP).isBetween(4.5, 5.5);
    assertThat(first(InstanceEvent.LB_HEALTHY) - STEP).isBetween(5.0, 6.5);
    Timeline tl = result.timeline().orElseThrow();
    int firstServedByTwo = -1;
    for (int m = 0; m < tl.minutes(); m++) {
      if (tl.serving(m) == 2) {
        firstServedByTwo = m;
        break;
      }
    }
    assertThat(firstServedByTwo - STEP).isBetween(5.0, 7.0);
    assertThat(tl.cpu(firstServedByTwo)).isCloseTo(45.0, within(1e-9));
  }

  @Test
  @DisplayName("§11.3 ≈5–7 [D]: while i-2 warms, AlarmHigh stays in ALARM but desired stays 2 (no second launch)")
  void warmingCapacityCountsTowardDesired() {
    assertThat(result.scores().instancesLaunched()).isEqualTo(1);
    assertThat(alarmChanges).anyMatch(s -> s.endsWith("high OK") && Double.parseDouble(s.split(" ")[0]) - STEP
        >= 7 && Double.parseDouble(s.split(" ")[0]) - STEP <= 8);
  }

  @Test
  @DisplayName("§11.3 ≈10–10.5 [D]: i-2 warm-up (300 s from InService) ends ≈10 min after the step")
  void warmUpEndsAboutTenMinutesAfterTheStep() {
    assertThat(first(InstanceEvent.WARMED_UP) - STEP).isBetween(9.5, 10.5);
    Timeline tl = result.timeline().orElseThrow();
    assertThat(tl.warm(21)).isEqualTo(2);
    assertThat(tl.metric(25)).isCloseTo(45.0, within(1e-9));
  }

  @Test
  @DisplayName("§11.3 ≈45.5–46.5 [O]: 15 of 15 below 35 % ⇒ AlarmLow ALARM, desired 2→1 ≈16 min after the drop")
  void scaleInAboutSixteenMinutesAfterTheDrop() {
    ScalingDecision down = result.decisions().get(1);
    assertThat(down.newDesired()).isEqualTo(1);
    assertThat(down.alarmName()).contains("AlarmLow");
    assertThat((down.epochSecond() - start) / 60.0 - DROP).isBetween(15.5, 16.5);
  }

  @Test
  @DisplayName("§11.3 ≈51–52 [D]: after 300 s deregistration the instance is gone ≈21–22 min after the drop")
  void instanceGoneAboutTwentyOneMinutesAfterTheDrop() {
    double gone = first(InstanceEvent.TERMINATED) - DROP;
    assertThat(gone).isBetween(20.5, 22.0);
    Activity term = result.activities().stream().filter(a -> a.kind() == Activity.Kind.TERMINATE).findFirst()
        .orElseThrow();
    assertThat(term.description()).startsWith("Terminating EC2 instance: i-");
    assertThat(term.cause()).contains("shrinking the capacity from 2 to 1")
        .contains("instance " + term.instanceId() + " was selected for termination");
    assertThat(term.endTime().getEpochSecond() - term.startTime().getEpochSecond()).isEqualTo(300);
  }

  @Test
  @DisplayName("§11.2 [D]: 30 launch credits, ≈0.85 net credit/min at 90 %, no throttling over the 30 minutes")
  void creditsAreSpentButNotExhausted() {
    Timeline tl = result.timeline().orElseThrow();
    assertThat(tl.credits(10) - tl.credits(11)).isCloseTo(0.85, within(1e-9));
    assertThat(result.scores().unservedDemand()).isZero();
  }

  @Test
  @DisplayName("§11.4 saturating demand D=300: capped metric doubles capacity per warm-up cycle: 1→2→4→6")
  void saturatingDemandDoublesPerWarmUpCycle() throws Exception {
    // §11.4 leaves CPU credits aside: unlimited mode keeps i-1 from being throttled at 100 % for an hour.
    ScalingConfig c = seed();
    c = c.toBuilder().simulation(c.simulation().toBuilder().creditSpecification("unlimited").build()).build();
    SimulationResult r = Simulation.builder(c)
        .load(LoadSpec.parse("step(20, 300@10m)").render(80, 1))
        .checkInvariants(true)
        .build()
        .run();
    List<Integer> desired = r.decisions().stream().map(ScalingDecision::newDesired).toList();
    assertThat(desired).containsExactly(2, 4, 6);
    double first = (r.decisions().get(0).epochSecond() - start) / 60.0 - STEP;
    double second = (r.decisions().get(1).epochSecond() - start) / 60.0 - STEP;
    assertThat(first).isBetween(3.0, 5.0);
    // §11.4: the second step waits for i-2's warm-up (t≈10–11) plus 3 datapoints at 100 %.
    assertThat(second).isBetween(10.0, 14.0);
    Timeline tl = r.timeline().orElseThrow();
    assertThat(tl.serving(79)).isEqualTo(6);
    assertThat(tl.cpu(79)).isCloseTo(50.0, within(1e-9));
  }
}
