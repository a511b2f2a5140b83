package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final String TARGET = "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue";

  private static SweepDefinition definition(List<Axis> axes, int seeds, Slo slo) {
    return new SweepDefinition(Fixtures.seed(), axes, Sampling.GRID,
        List.of(new LoadCase("day", "sine(50, 30, 24h)", "1d"), new LoadCase("peak", "step(20, 90@10m)", null)),
        seeds, 42, slo, Score.COST, Path.of("."), List.of());
  }

  private static List<Axis> axes() {
    return List.of(Axis.member(TARGET, Fixtures.ints(30, 40, 50, 60, 70)),
        Axis.member("AutoScalingGroup.MinSize", Fixtures.ints(1, 2, 20)));
  }

  private static String csv(SweepDefinition def, int threads) throws Exception {
    StringWriter out = new StringWriter();
    try (ResultsCsvWriter writer = new ResultsCsvWriter(out, def)) {
      new Sweep(def, new FakeRunner(true)).run(threads, writer);
    }
    return out.toString();
  }

  @Test
  void oneAndFourThreadsWriteTheSameBytes() throws Exception {
    SweepDefinition def = definition(axes(), 5, new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    String one = csv(def, 1);
    String four = csv(def, 4);
    assertThat(four).isEqualTo(one);
    // 1 base + 10 valid points (MinSize 20 is above MaxSize 10 for 5 points), 2 loads each, plus the header.
    assertThat(one.lines()).hasSize(1 + 11 * 2);
    assertThat(one.lines().findFirst().orElseThrow()).isEqualTo(
        "point," + TARGET + ",AutoScalingGroup.MinSize,load,seeds,meets_slo,slo_missed,"
            + "Cost_mean,Cost_sd,Cost_ci95_low,Cost_ci95_high,"
            + "UnservedPercent_mean,UnservedPercent_sd,UnservedPercent_ci95_low,UnservedPercent_ci95_high");
    assertThat(one.lines().skip(1).findFirst().orElseThrow()).startsWith("base,50,1,day,5,");
  }

  @Test
  void invalidPointsAreFindingsAndSkippedRowsComeInPointOrder() {
    SweepDefinition def = definition(axes(), 2, Slo.NONE);
    List<Finding> findings = new CopyOnWriteArrayList<>();
    List<PointResult> rows = new CopyOnWriteArrayList<>();
    SweepResult result = new Sweep(def, new FakeRunner(true)).run(3, new SweepListener() {
      @Override public void onRow(PointResult row) { rows.add(row); }
      @Override public void onFinding(Finding finding) { findings.add(finding); }
    });
    assertThat(result.complete()).isTrue();
    assertThat(findings).hasSize(5).allSatisfy(f -> assertThat(f.message()).contains("MinSize 20 is above MaxSize 10"));
    assertThat(findings).extracting(Finding::pointIndex).containsExactly(3, 6, 9, 12, 15);
    assertThat(rows).isEqualTo(result.rows());
    List<Integer> order = new ArrayList<>();
    rows.forEach(r -> order.add(r.point().index() * 2 + r.loadIndex()));
    assertThat(order).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void seedsDependOnPointAndSeedIndexOnly() {
    assertThat(Seeds.derive(42, 3, 1)).isEqualTo(Seeds.derive(42, 3, 1))
        .isNotEqualTo(Seeds.derive(42, 3, 2)).isNotEqualTo(Seeds.derive(42, 4, 1)).isNotEqualTo(Seeds.derive(43, 3, 1));
  }

  @Test
  void aFailingSimulationIsAFindingNotACrash() {
    SweepDefinition def = definition(List.of(Axis.member(TARGET, Fixtures.ints(30, 60))), 2, Slo.NONE);
    PointRunner flaky = request -> {
      if (request.pointIndex() == 2 && request.load().name().equals("peak")) {
        throw new IllegalStateException("boom");
      }
      return new FakeRunner(false).run(request);
    };
    SweepResult result = new Sweep(def, flaky).run(2, SweepListener.NONE);
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.pointIndex()).isEqualTo(2);
      assertThat(f.message()).isEqualTo("load peak: simulation failed: boom");
    });
    assertThat(result.rows()).hasSize(5);
  }

  @Test
  @DisplayName("issue 19 item 4: a worker that dies (OutOfMemoryError) is a skipped point with its reason, never lost")
  void aWorkerThatRunsOutOfMemoryIsASkippedPoint() {
    SweepDefinition def = definition(List.of(Axis.member(TARGET, Fixtures.ints(30, 60))), 2, Slo.NONE);
    PointRunner greedy = request -> {
      if (request.pointIndex() == 1 && request.seedIndex() == 1) {
        throw new OutOfMemoryError("Java heap space");
      }
      if (request.pointIndex() == 2 && request.load().name().equals("day")) {
        throw new StackOverflowError();
      }
      return new FakeRunner(false).run(request);
    };
    SweepResult result = new Sweep(def, greedy).run(2, SweepListener.NONE);
    // 3 points x 2 loads = 6 cells: every one is a row or a finding.
    assertThat(result.rows()).extracting(r -> r.point().index() + "/" + r.load().name())
        .containsExactly("0/day", "0/peak", "2/peak");
    assertThat(result.findings()).extracting(Finding::pointIndex).containsExactly(1, 1, 2);
    assertThat(result.findings().get(0).message()).startsWith("load day: simulation failed: out of memory")
        .contains("-Xmx");
    assertThat(result.findings().get(2).message()).isEqualTo(
        "load day: simulation failed: stack overflow (a policy plug-in recursing without end?)");
  }

  @Test
  void cancellingKeepsTheRowsAlreadyFinished() {
    SweepDefinition def = definition(List.of(Axis.member(TARGET, Fixtures.ints(20, 25, 30, 35, 40, 45, 50, 55, 60))),
        1, Slo.NONE);
    AtomicInteger runs = new AtomicInteger();
    Sweep[] sweep = new Sweep[1];
    PointRunner runner = request -> {
      if (runs.incrementAndGet() == 6) {
        sweep[0].cancel();
      }
      return new FakeRunner(false).run(request);
    };
    sweep[0] = new Sweep(def, runner);
    List<PointResult> written = new CopyOnWriteArrayList<>();
    SweepResult result = sweep[0].run(1, new SweepListener() {
      @Override public void onRow(PointResult row) { written.add(row); }
    });
    assertThat(result.complete()).isFalse();
    assertThat(result.rows()).hasSizeBetween(5, 6).isEqualTo(written);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aListenerThatFailsStopsTheSweepAndIsHeard() {
    SweepDefinition def = definition(axes(), 1, Slo.NONE);
    AtomicInteger rows = new AtomicInteger();
    SweepListener failing = new SweepListener() {
      @Override
      public void onRow(PointResult row) {
        if (rows.incrementAndGet() == 3) {
          throw new java.io.UncheckedIOException(new java.io.IOException("disk full"));
        }
      }
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Sweep(def, new FakeRunner(false)).run(2, failing))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
    assertThat(rows.get()).isEqualTo(3);
  }

  @Test
  void recommendsTheCheapestPointMeetingTheSloOnEveryLoad() {
    // Fake: cost = load * (1000/T + 5 min) + U(0,1); unserved = max(0, T-45) * 0.02 * load (+ <0.01).
    // With unserved <= 0.1 on both loads (load 2 binds): T - 45 <= 2.5, so T in {30, 40}; min 1 cheapest; T=40.
    SweepDefinition def = definition(axes(), 3, new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    SweepResult result = new Sweep(def, new FakeRunner(false)).run(2, SweepListener.NONE);
    Recommendation r = Recommender.recommend(result);
    assertThat(r.found()).isTrue();
    assertThat(r.chosen().label()).isEqualTo("TargetValue=40, MinSize=1");
    // base: T=50, min 1 -> fails the SLO (unserved 0.2 on peak); its cost 3 * (20 + 5) + noise.
    assertThat(r.base().meetsSlo()).isFalse();
    assertThat(r.saving()).isNegative(); // meeting the SLO costs more than the base here
    assertThat(r.front()).isNotEmpty();
  }

  /** FakeRunner's formulas without its noise, so that a recommendation's numbers are known exactly. */
  private static Scores exact(RunRequest request) {
    double target = request.config().policies().get(0).targetTrackingConfiguration().targetValue();
    int min = request.config().autoScalingGroup().minSize();
    double load = request.load().name().contains("peak") ? 2 : 1;
    Map<Score, Double> scores = new java.util.LinkedHashMap<>();
    scores.put(Score.COST, load * (1000 / target + 5 * min));
    scores.put(Score.UNSERVED_PERCENT, Math.max(0, target - 45) * 0.02 * load);
    return new Scores(scores);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("the saving is the base's cost minus the chosen point's, summed over loads, and its "
      + "percentage is of the base's cost")
  void savingIsAgainstTheBaseSummedOverLoads() {
    SweepDefinition def = definition(axes(), 3, new Slo(Map.of(Score.UNSERVED_PERCENT, 0.1)));
    Recommendation r = Recommender.recommend(new Sweep(def, SweepTest::exact).run(2, SweepListener.NONE));
    assertThat(r.chosen().label()).isEqualTo("TargetValue=40, MinSize=1");
    // Day (load 1) + peak (load 2): base T=50, min 1 costs 1·(20+5) + 2·(20+5) = 75; T=40, min 1 costs 3·(25+5) = 90.
    org.assertj.core.data.Offset<Double> exactly = org.assertj.core.data.Offset.offset(1e-9);
    assertThat(r.base().objective()).isCloseTo(75, exactly);
    assertThat(r.chosen().objective()).isCloseTo(90, exactly);
    assertThat(r.saving()).isCloseTo(-15, exactly);
    assertThat(r.savingPercent()).isCloseTo(-20, exactly); // -15 of 75, not of 90 (-16.7)
  }

  @Test
  void saysWhichPointComesClosestWhenNoneMeetsTheSlo() {
    SweepDefinition def = definition(axes(), 2, new Slo(Map.of(Score.UNSERVED_PERCENT, 0.001)));
    Recommendation r = Recommender.recommend(new Sweep(def, new FakeRunner(false)).run(2, SweepListener.NONE));
    assertThat(r.found()).isFalse();
    assertThat(r.closest()).isNotNull();
    // Every T <= 45 leaves only the noise (< 0.01 per load); the closest is one of T = 30 or 40.
    assertThat(r.closest().label()).matches("TargetValue=(30|40), MinSize=.*");
  }
}
