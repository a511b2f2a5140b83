package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import java.time.Instant;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Predictive scaling in the engine, with AWS's documented numbers (aws-behaviour §5.2). */
class PredictiveScalingTest {
  private static final long DAY1 = Instant.parse("2026-03-02T00:00:00Z").getEpochSecond();
  private static final long DAY2 = DAY1 + 86_400;

  /** Summed CPU of the group: {@code low} before 10:00 and from 18:00, {@code high} in between. */
  private static LongToDoubleFunction daily(double low, double high) {
    return t -> {
      long hourOfDay = Math.floorMod(t, 86_400) / 3600;
      return hourOfDay >= 10 && hourOfDay < 18 ? high : low;
    };
  }

  /** Feeds the engine one minute of load and evaluates, from {@code from} to {@code to}; returns the changes. */
  private static List<Decision> run(ScalingEngine e, LongToDoubleFunction totalCpu, long from, long to) {
    FakeGroup g = new FakeGroup(e.desired());
    List<Decision> changes = new java.util.ArrayList<>();
    for (long t = from; t < to; t += 60) {
      int n = e.desired();
      g.set(n, n, 0, 0);
      e.observeLoad(t, totalCpu.applyAsDouble(t) / n, n, n, Double.NaN, 0);
      Decision d = e.evaluate(t + 30, g);
      if (d.changed()) {
        changes.add(snapshot(d));
      }
    }
    return changes;
  }

  private static Decision snapshot(Decision d) {
    Decision c = new Decision();
    c.reset(d.time(), d.oldDesired(), d.minSize(), d.maxSize());
    c.policyChange(d.newDesired(), d.source(), d.policyIndex(), d.policyName(), d.alarmName(), d.metricValue(),
        d.warmupSeconds());
    c.bounds(d.minSize(), d.maxSize());
    return c;
  }

  private static ScalingEngine engine(int min, int max, int desired, List<ScheduledAction> actions,
      ScalingPolicy... policies) {
    return ScalingEngine.builder(Configs.config(Configs.group("g", min, max, desired), actions, policies))
        .startTime(DAY1).build();
  }

  @Test
  @DisplayName("§5.2 [D] no forecast in the first 24 h; then capacity due at 10:00 with buffer 300 s launches at "
      + "09:55, with AWS's inferred capacity (summed CPU 400 / target 50 = 8)")
  void bufferLaunchesEarly() {
    ScalingEngine e = engine(1, 20, 2, List.of(),
        Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale", 300, null, null));
    assertThat(run(e, daily(100, 400), DAY1, DAY2)).isEmpty();
    PredictiveEvaluator p = e.predictivePolicies().get(0);
    assertThat(p.updateTime()).isEqualTo(Long.MIN_VALUE);
    List<Decision> changes = run(e, daily(100, 400), DAY2, DAY2 + 12 * 3600);
    assertThat(p.updateTime()).isEqualTo(DAY2 + 6 * 3600); // first at DAY2 (24 h of history), again 6 h later
    assertThat(changes).isNotEmpty();
    Decision first = changes.get(0);
    assertThat(Instant.ofEpochSecond(first.time())).isEqualTo(Instant.parse("2026-03-03T09:55:30Z"));
    assertThat(first.newDesired()).isEqualTo(8);
    assertThat(first.source()).isEqualTo(DecisionSource.PREDICTIVE);
    assertThat(first.cause()).isEqualTo("At 2026-03-03T09:55:30Z predictive scaling policy p changing the desired "
        + "capacity from 2 to 8.");
    assertThat(p.loadForecast(DAY2 + 10 * 3600)).isEqualTo(400);
  }

  @Test
  @DisplayName("§5.2 [D] predictive never scales in: after the daily peak desired stays at the forecast's maximum")
  void noScaleIn() {
    ScalingEngine e = engine(1, 20, 2, List.of(),
        Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale", null, null, null));
    run(e, daily(100, 400), DAY1, DAY2);
    List<Decision> changes = run(e, daily(100, 400), DAY2, DAY2 + 86_400);
    assertThat(changes).isNotEmpty().allSatisfy(d -> assertThat(d.newDesired()).isGreaterThan(d.oldDesired()));
    assertThat(e.desired()).isEqualTo(8);
  }

  @Test
  @DisplayName("§5.2 [D] IncreaseMaxCapacity: forecast 50, max 40, buffer 10 ⇒ effective max 55 (and it stays)")
  void increaseMaxCapacity() {
    ScalingEngine e = engine(1, 40, 2, List.of(), Configs.predictive("p", "ASGCPUUtilization", 50,
        "ForecastAndScale", null, "IncreaseMaxCapacity", 10));
    run(e, daily(100, 2500), DAY1, DAY2); // 2500 / 50 = 50 instances at the peak
    run(e, daily(100, 2500), DAY2, DAY2 + 12 * 3600);
    assertThat(e.maxSize()).isEqualTo(55);
    assertThat(e.desired()).isEqualTo(50);
    run(e, daily(100, 2500), DAY2 + 12 * 3600, DAY2 + 36 * 3600);
    assertThat(e.maxSize()).isEqualTo(55); // "a raised MaxSize stays raised until changed manually"
  }

  @Test
  @DisplayName("§5.2 [D] HonorMaxCapacity (default): forecast 50 on max 40 ⇒ desired 40, max unchanged")
  void honorMaxCapacity() {
    ScalingEngine e = engine(1, 40, 2, List.of(),
        Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale", null, null, null));
    run(e, daily(100, 2500), DAY1, DAY2 + 12 * 3600);
    assertThat(e.maxSize()).isEqualTo(40);
    assertThat(e.desired()).isEqualTo(40);
  }

  @Test
  @DisplayName("§5.2 [D] a scheduled MinSize above the forecast wins (\"only when the value you set for Min is lower "
      + "than the forecast values\")")
  void scheduledMinWins() {
    ScheduledAction min12 = ScheduledAction.builder().scheduledActionName("floor")
        .startTime(Instant.ofEpochSecond(DAY2 + 9 * 3600)).minSize(12).build();
    ScalingEngine e = engine(1, 20, 2, List.of(min12),
        Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale", null, null, null));
    run(e, daily(100, 400), DAY1, DAY2 + 12 * 3600);
    assertThat(e.desired()).isEqualTo(12);
  }

  @Test
  @DisplayName("§5.2 [D] ForecastOnly forecasts and never changes the group")
  void forecastOnly() {
    ScalingEngine e = engine(1, 20, 2, List.of(),
        Configs.predictive("p", "ASGCPUUtilization", 50, null, null, null, null));
    assertThat(run(e, daily(100, 400), DAY1, DAY2 + 86_400)).isEmpty();
    assertThat(e.predictivePolicies().get(0).capacityForecast(DAY2 + 86_400 + 11 * 3600)).isEqualTo(8);
  }

  @Test
  @DisplayName("§1.7/§5.2 [D] combined by maximum: target tracking needs 10, predictive 8 ⇒ 10; a target tracking "
      + "scale-in stops at the forecast")
  void combinedByMaximum() {
    CombinationRule rule = new CombinationRule();
    rule.open(5, 1, 20);
    rule.offer(0, CombinationRule.Role.SCALE_IN_BY_CONSENSUS, 10);
    rule.offer(1, CombinationRule.Role.FLOOR, 8);
    assertThat(rule.close(false)).isZero();
    assertThat(rule.desired()).isEqualTo(10);

    rule.open(10, 1, 20);
    rule.offer(0, CombinationRule.Role.SCALE_IN_BY_CONSENSUS, 6);
    rule.offer(1, CombinationRule.Role.FLOOR, 8);
    assertThat(rule.close(false)).isZero();
    assertThat(rule.desired()).isEqualTo(8);

    rule.open(10, 1, 20);
    rule.offer(0, CombinationRule.Role.FLOOR, 8); // predictive alone below desired: no scale-in
    assertThat(rule.close(false)).isEqualTo(CombinationRule.NONE);
  }

  @Test
  @DisplayName("§5.2 [D] \"uses up to the previous 14 days\": after 20 days the forecast is the hour-of-week mean of the "
      + "last 336 hours only, oldest first")
  void fourteenDayHistoryWindow() {
    ScalingEngine e = engine(1, 20, 1, List.of(),
        Configs.predictive("p", "ASGCPUUtilization", 50, null, null, null, null));
    // summed CPU = the hour's index since DAY1: every hour distinct, so a misplaced hour changes the forecast
    LongToDoubleFunction hourIndex = t -> (t - DAY1) / 3600;
    long end = DAY1 + 20 * 86_400L;
    run(e, hourIndex, DAY1, end + 60);
    PredictiveEvaluator p = e.predictivePolicies().get(0);
    long origin = p.updateTime();
    assertThat(origin).isEqualTo(end);
    long h = (origin - DAY1) / 3600; // 480: history is hours 144..479
    assertThat(p.historyHours()).isEqualTo(336);
    for (int k = 0; k < 48; k++) {
      // the same hour of the week one and two weeks back: (h + k - 168) and (h + k - 336)
      assertThat(p.loadForecast(origin + 3600L * k)).as("hour " + k).isEqualTo(h + k - 252.0);
    }
  }

  @Test
  @DisplayName("§1.7/§5.2 [D] in the engine, \"each policy determines the desired capacity independently, and the desired "
      + "capacity is set to the maximum\": predictive 8 then target tracking 10 ⇒ 10; a later target tracking scale-in "
      + "to 4 stops at the forecast's 8")
  void targetTrackingAndPredictiveInTheEngine() {
    ScalingEngine e = engine(1, 20, 2, List.of(), Configs.tt("cpu", "ASGAverageCPUUtilization", 50, false),
        Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale", 300, null, null));
    // day 1 teaches the forecaster 400 % summed CPU from 10:00 to 18:00 (8 instances at 50 %); on day 2 the load is
    // 500 % from 10:00 to 12:00 (target tracking: ceil(500 / 50) = 10), then 200 % (target tracking: 4)
    LongToDoubleFunction day2 = t -> {
      long hourOfDay = Math.floorMod(t, 86_400) / 3600;
      return hourOfDay >= 10 && hourOfDay < 12 ? 500 : hourOfDay >= 12 && hourOfDay < 18 ? 200 : 100;
    };
    List<Decision> changes = new java.util.ArrayList<>();
    FakeGroup g = new FakeGroup(2);
    for (long t = DAY1; t < DAY2 + 16 * 3600; t += 60) {
      double total = (t < DAY2 ? daily(100, 400) : day2).applyAsDouble(t);
      int n = e.desired();
      g.set(n, n, 0, 0);
      e.observeLoad(t, total / n, n, n, Double.NaN, 0);
      e.publish(0, t, Math.min(100, total / n));
      Decision d = e.evaluate(t + 60, g);
      if (d.changed() && t >= DAY2) {
        changes.add(snapshot(d));
      }
    }
    Decision predictive = changes.stream().filter(d -> d.source() == DecisionSource.PREDICTIVE).findFirst()
        .orElseThrow();
    assertThat(Instant.ofEpochSecond(predictive.time())).isBefore(Instant.parse("2026-03-03T10:00:00Z"));
    assertThat(predictive.newDesired()).isEqualTo(8);
    assertThat(changes).anySatisfy(d -> {
      assertThat(d.policyName()).isEqualTo("cpu");
      assertThat(d.newDesired()).isEqualTo(10);
    });
    // after 12:00 target tracking wants 4; the forecast for 12:00-18:00 is 8, so desired stops at 8
    assertThat(e.desired()).isEqualTo(8);
    assertThat(changes).noneSatisfy(d -> assertThat(d.newDesired()).isLessThan(8));
  }

  @Test
  @DisplayName("§5.2 an hour's minutes added to carried sums and handed back (hourSums, continueHour) give the history, "
      + "L̂ and forecasts minute by minute observation gives, bit for bit, for summed CPU and request counts with gaps")
  void heldMinutesGiveTheSameHistory() {
    ScalingPolicy[] policies = {
        Configs.predictive("cpu", "ASGCPUUtilization", 40, "ForecastOnly", null, null, null),
        Configs.predictive("alb", "ALBRequestCount", 700, "ForecastOnly", null, null, null)};
    ScalingEngine byMinute = engine(1, 50, 3, List.of(), policies);
    ScalingEngine byHour = engine(1, 50, 3, List.of(), policies);
    java.util.Random random = new java.util.Random(12);
    HourSums cpuCarried = new HourSums(PredictiveEvaluator.LoadMetric.TOTAL_CPU);
    HourSums requestsCarried = new HourSums(PredictiveEvaluator.LoadMetric.REQUEST_COUNT);
    long hourEnd = Long.MIN_VALUE;
    int held = 0;
    int checked = 0;
    // minutes 17 s past the minute, so hours do not start on a minute; counts fixed per hour as a stretch holds them
    int reporting = 3;
    int inService = 3;
    int targets = 3;
    for (long t = DAY1 + 17; t < DAY1 + 4 * 86_400; t += 60) {
      if (t >= hourEnd) {
        if (held > 0) {
          byHour.continueHour(cpuCarried);
          byHour.continueHour(requestsCarried);
        }
        held = 0;
        reporting = random.nextInt(4);  // 0: no instance reports, the CPU is a gap
        inService = 1 + random.nextInt(6);
        targets = random.nextInt(3);    // 0: requests but no target, the calibration's gap
      }
      double c = reporting == 0 ? Double.NaN : random.nextDouble() * 100;
      double r = random.nextDouble() * 2000;
      byMinute.observeLoad(t, c, reporting, inService, r, targets);
      if (t >= hourEnd) {
        byHour.observeLoad(t, c, reporting, inService, r, targets);
        hourEnd = Math.floorDiv(t, 3600) * 3600 + 3600;
        assertThat(byHour.hourSums(cpuCarried)).isTrue();
        assertThat(byHour.hourSums(requestsCarried)).isTrue();
      } else {
        cpuCarried.add(c, reporting, inService, r, targets);
        requestsCarried.add(c, reporting, inService, r, targets);
        held++;
      }
      if (held == 0) { // an hour has started in both: the last one closed, perhaps a new forecast
        for (int k = 0; k < policies.length; k++) {
          PredictiveEvaluator a = byMinute.predictivePolicies().get(k);
          PredictiveEvaluator b = byHour.predictivePolicies().get(k);
          assertThat(bits(b.lastHourLoad())).isEqualTo(bits(a.lastHourLoad()));
          assertThat(bits(b.loadPerUnit())).isEqualTo(bits(a.loadPerUnit()));
          assertThat(b.updateTime()).isEqualTo(a.updateTime());
          for (int h = 0; h < PredictiveEvaluator.HORIZON_HOURS; h++) {
            long hour = a.updateTime() + 3600L * h;
            assertThat(bits(b.loadForecast(hour))).isEqualTo(bits(a.loadForecast(hour)));
            assertThat(b.capacityForecast(hour)).isEqualTo(a.capacityForecast(hour));
          }
          checked++;
        }
      }
    }
    PredictiveEvaluator cpuPolicy = byHour.predictivePolicies().get(0);
    assertThat(cpuPolicy.updateTime()).isGreaterThan(DAY1 + 86_400); // forecasts were compared, not only their absence
    assertThat(checked).isGreaterThan(2 * 90);
    byHour.observeLoad(hourEnd, 50, 1, 1, 100, 1); // the next hour starts: the sums carried are of the last one
    assertThatThrownBy(() -> byHour.continueHour(cpuCarried)).isInstanceOf(IllegalArgumentException.class);
  }

  private static long bits(double d) {
    return Double.doubleToLongBits(d); // NaN equals NaN, and 0.1 + 0.2 differs from 0.3
  }
}
