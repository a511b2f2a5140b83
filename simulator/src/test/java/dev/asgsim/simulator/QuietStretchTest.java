package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.forecast.Forecaster;
import dev.asgsim.core.forecast.RandomForecast;
import dev.asgsim.core.policy.DecisionSource;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The minute loop's kernel for quiet stretches ({@code Run.quietStretch}: the minutes before the group's next clock,
 * without the steps that cannot act in them) gives exactly the plain loop's run ({@link
 * Simulation.Builder#plainMinutes}): on random configs, settings and loads ({@link RandomRuns}), every timeline column
 * of every minute (proposals, Min/Max and the reason it did not scale included), the activities, decisions,
 * not-scaled records, notes, scores and predictive forecast evaluations are the same bits, with the timeline kept and
 * without it. Half the configs get a predictive policy (aws-behaviour §5.2: ForecastAndScale or ForecastOnly, a
 * random SchedulingBufferTime, IncreaseMaxCapacity or not), forecast by the built-in forecaster or by a given capacity
 * drawn per hour and per forecast around the group's range (core's {@link RandomForecast}), so floors and raised
 * MaxSizes change inside quiet stretches.
 */
class QuietStretchTest {
  @Test
  void theQuietStretchKernelGivesThePlainLoopsRunMinuteByMinute() throws Exception {
    SplittableRandom random = new SplittableRandom(20261201L);
    int runs = 0;
    int stretched = 0;
    long quietMinutes = 0;
    int answeredRuns = 0;
    long minutes = 0;
    long predictiveQuietMinutes = 0;
    long predictiveMinutes = 0;
    int predictiveDecisions = 0;
    for (int i = 0; i < 40; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      boolean predictive = random.nextBoolean();
      if (predictive) {
        List<ScalingPolicy> policies = new ArrayList<>(c.config().policies());
        policies.add(random.nextInt(policies.size() + 1), predictivePolicy(random, c.example()));
        c = c.withPolicies(policies);
      }
      String what = c.what();
      long forecastSeed = random.nextLong();
      int bound = c.max() + 3;
      Supplier<Forecaster> forecaster = random.nextBoolean() ? null : () -> RandomForecast.of(forecastSeed, bound);
      for (boolean record : new boolean[] {true, false}) {
        Run plainRun = new Run(simulation(c, record, true, forecaster));
        SimulationResult plain = plainRun.run();
        Run kernel = new Run(simulation(c, record, false, forecaster));
        SimulationResult stretches = kernel.run();
        RandomRuns.assertSameRun(what + (record ? "" : ", no timeline"), plain, stretches);
        assertThat(stretches.forecasts()).as(what).isEqualTo(plain.forecasts());
        RandomRuns.assertSameCalibration(what, plainRun, kernel);
        if (record) {
          quietMinutes += kernel.quietMinutes();
          answeredRuns += kernel.answeredMinutes() > 0 ? 1 : 0;
          minutes += c.load().minutes();
          stretched += kernel.quietMinutes() > 0 ? 1 : 0;
          if (predictive) {
            predictiveQuietMinutes += kernel.quietMinutes();
            predictiveMinutes += c.load().minutes();
            predictiveDecisions += (int) plain.decisions().stream()
                .filter(d -> d.source() == DecisionSource.PREDICTIVE).count();
          }
        }
      }
      runs++;
    }
    assertThat(runs).isEqualTo(40);
    assertThat(stretched).as("runs with quiet stretches").isGreaterThanOrEqualTo(20);
    assertThat(quietMinutes).as("minutes run in quiet stretches").isGreaterThan(minutes / 4);
    assertThat(answeredRuns).as("runs with minutes the engine answered (ScalingEngine.quietMinute)")
        .isGreaterThanOrEqualTo(3);
    assertThat(predictiveQuietMinutes).as("minutes of runs with a predictive policy run in quiet stretches")
        .isGreaterThan(predictiveMinutes / 4);
    assertThat(predictiveDecisions).as("changes of desired by a predictive policy").isGreaterThan(20);
  }

  /**
   * The stretch's minutes the engine answers without evaluating ({@code ScalingEngine.quietMinute}: one target
   * tracking policy, its alarms OK and staying OK) give the plain loop's run too: random runs of the two examples with
   * one target tracking policy (on CPU, on requests per target), made to hold each minute's datapoints a minute
   * (detailed monitoring, MetricPublishDelaySeconds in (offset, offset + 60]), with random alarm pairs (N of N high and
   * low, the low threshold's factor, aws-behaviour §1.4 [O]), extra evaluation range 0–3 (§8.4 [I]), scale-in on or
   * off. With the timeline kept and one policy, those minutes' rows are the short ones
   * ({@code TimelineRecorder.endOfAnsweredMinute}: the reason and the columns that move every minute), held here to
   * the plain loop's full rows, every column of every minute. The engine also answers the minute its alarms go back to
   * OK ({@code ScalingEngine.answerAlarmEnds}, aws-behaviour §8.4), whose kept row is the full one
   * ({@code ScalingEngine.quietAlarmEndIn}): those minutes have a floor with the timeline and without.
   */
  @Test
  void theMinutesTheEngineAnswersGiveThePlainLoopsRun() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130L);
    long answered = 0;
    long minutes = 0;
    long predictiveAnswered = 0;
    int predictiveDecisions = 0;
    long shortRows = 0;
    long alarmEnds = 0;
    long keptAlarmEnds = 0;
    for (int i = 0; i < 24; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i % 2 == 0 ? 0 : 2); // fastcampus-nginx, alb-request-count
      var sim = c.config().simulation();
      int offset = sim.effectiveEvaluationOffsetSeconds();
      var profile = new dev.asgsim.core.config.TargetTrackingAlarmProfile(1 + random.nextInt(5),
          1 + random.nextInt(20), 0.5 + random.nextDouble() * 0.45, null);
      var engine = new dev.asgsim.core.config.EngineParameters(null, null, null, null, null, random.nextInt(4), null,
          null, null);
      List<ScalingPolicy> policies = new ArrayList<>();
      for (ScalingPolicy p : c.config().policies()) {
        var tt = p.targetTrackingConfiguration();
        policies.add(random.nextInt(4) != 0 ? p : p.toBuilder().targetTrackingConfiguration(
            new TargetTrackingConfiguration(tt.predefinedMetricSpecification(), tt.customizedMetricSpecification(),
                tt.targetValue(), true)).build());
      }
      // One run in three also has a predictive policy, forecast by a given capacity drawn per hour below Max + 3:
      // the engine answers its minutes only while the floor is current and at or below desired (aws-behaviour §5.2).
      Supplier<Forecaster> forecaster = null;
      if (i % 3 == 2) {
        policies.add(random.nextInt(policies.size() + 1), predictivePolicy(random, c.example()));
        long forecastSeed = random.nextLong();
        int bound = c.max() + 3;
        forecaster = () -> RandomForecast.of(forecastSeed, bound);
      }
      c = new RandomRuns.Case(c.example(), c.min(), c.max(), c.config().toBuilder().scalingPolicies(policies)
          .simulation(sim.toBuilder().detailedMonitoring(true)
              .metricPublishDelaySeconds(offset + 1 + random.nextInt(60))
              .targetTrackingAlarms(profile).engine(engine).build()).build(), c.load(), c.seed());
      for (boolean record : new boolean[] {true, false}) {
        Run plainRun = new Run(simulation(c, record, true, forecaster));
        SimulationResult plain = plainRun.run();
        Run kernel = new Run(simulation(c, record, false, forecaster));
        SimulationResult stretches = kernel.run();
        RandomRuns.assertSameRun(c.what() + (record ? "" : ", no timeline"), plain, stretches);
        assertThat(stretches.forecasts()).as(c.what()).isEqualTo(plain.forecasts());
        answered += kernel.answeredMinutes();
        minutes += c.load().minutes();
        // A kept timeline writes an answered minute's short row with one policy only: a predictive policy's floors
        // may move its proposal and MaxSize in an answered minute (ScalingEngine.quietMinute).
        assertThat(kernel.writesAnsweredRows()).as(c.what()).isEqualTo(record && forecaster == null);
        shortRows += kernel.writesAnsweredRows() ? kernel.answeredMinutes() : 0;
        // the minute the alarms go back to OK, answered with the timeline kept too (a full row there)
        if (record) {
          keptAlarmEnds += kernel.answeredAlarmEnds();
        } else {
          alarmEnds += kernel.answeredAlarmEnds();
        }
        if (forecaster != null) {
          predictiveAnswered += kernel.answeredMinutes();
          predictiveDecisions += (int) plain.decisions().stream()
              .filter(d -> d.source() == DecisionSource.PREDICTIVE).count();
        }
      }
    }
    assertThat(answered).as("minutes the engine answered").isGreaterThan(minutes / 6);
    assertThat(shortRows).as("answered minutes whose kept rows were the short ones").isGreaterThan(minutes / 20);
    assertThat(alarmEnds).as("answered minutes where the alarms went back to OK (no timeline)").isGreaterThan(200);
    assertThat(keptAlarmEnds).as("answered minutes where the alarms went back to OK (timeline kept)")
        .isGreaterThan(200);
    assertThat(predictiveAnswered).as("minutes of runs with a predictive policy the engine answered")
        .isGreaterThan(1000);
    assertThat(predictiveDecisions).as("changes of desired by a predictive policy").isGreaterThan(10);
  }

  /**
   * Two predictive policies (aws-behaviour §5.2): on the group's CPU both, whose held minutes the stretch adds once and
   * hands back to both (PredictiveStretch), or one on the CPU and one on the requests, whose minutes the stretch
   * observes at once, as the plain minute does.
   */
  @Test
  void twoPredictivePoliciesGiveThePlainLoopsRun() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130L);
    long quietMinutes = 0;
    for (int i = 0; i < 8; i++) {
      RandomRuns.Case c = RandomRuns.next(random, 2); // alb-request-count: a target group, so both load metrics
      boolean mixed = i % 2 == 0;
      List<ScalingPolicy> policies = new ArrayList<>(c.config().policies());
      policies.add(predictivePolicy(random, "forecast-cpu", false));
      policies.add(random.nextInt(policies.size() + 1), predictivePolicy(random, "forecast-2", mixed));
      c = c.withPolicies(policies);
      String what = c.what() + (mixed ? ", CPU and requests" : ", CPU twice");
      for (boolean record : new boolean[] {true, false}) {
        Run plainRun = new Run(simulation(c, record, true, null));
        SimulationResult plain = plainRun.run();
        Run kernel = new Run(simulation(c, record, false, null));
        SimulationResult stretches = kernel.run();
        RandomRuns.assertSameRun(what + (record ? "" : ", no timeline"), plain, stretches);
        assertThat(stretches.forecasts()).as(what).hasSize(2).isEqualTo(plain.forecasts());
        RandomRuns.assertSameCalibration(what, plainRun, kernel);
        assertThat(stretches.forecasts().get(0).load().hours()).as(what).isGreaterThan(0);
        quietMinutes += kernel.quietMinutes();
      }
    }
    assertThat(quietMinutes).as("minutes in quiet stretches").isGreaterThan(10_000);
  }

  /** A predictive policy on the group's CPU, or on its requests where the example has a target group. */
  private static ScalingPolicy predictivePolicy(SplittableRandom r, String example) {
    return predictivePolicy(r, "forecast", example.equals("alb-request-count.yaml") && r.nextBoolean());
  }

  private static ScalingPolicy predictivePolicy(SplittableRandom r, String name, boolean requests) {
    boolean raise = r.nextBoolean();
    double target = requests ? 200.0 + r.nextInt(800) : 30.0 + r.nextInt(50);
    return RandomRuns.predictivePolicy(name, requests, target, r.nextInt(4) == 0 ? "ForecastOnly" : "ForecastAndScale",
        60 * r.nextInt(20), raise);
  }

  private static Simulation simulation(RandomRuns.Case c, boolean record, boolean plain,
      Supplier<Forecaster> forecaster) {
    Simulation.Builder b = Simulation.builder(c.config()).load(c.load()).seed(c.seed()).checkInvariants(true)
        .recordTimeline(record).recordActivities(record).plainMinutes(plain);
    return (forecaster == null ? b : b.forecaster(forecaster)).build();
  }
}
