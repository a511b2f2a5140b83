package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.load.LoadSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link QuietKernel} with a run's rows read: the answered minutes' reasons (not-scaled records), timeline rows (kept:
 * the short rows and the per-minute mean credit balance, {@code Group.serveAhead}; streamed: a ring's full rows, handed
 * on as each becomes final) are those of the per-minute stretch ({@link Simulation.Builder#perMinuteStretches}) and of
 * the plain loop ({@link Simulation.Builder#plainMinutes}): every column of every minute bit for bit
 * ({@link RandomRuns#assertSameRun}), and a sink's calls (rows, activities, not-scaled records) in the same order. The
 * random cases are QuietKernelTest's (datapoints held a minute, random alarm pairs, extra range, scale-in on or off,
 * unlimited, standard or fixed-performance types), each run kept, streamed, and kept and streamed, also cut short at
 * random minutes; and with its reasons read without rows (activities and not-scaled records kept, no timeline). With
 * no rows or kept ones the engine also answers the minute its alarms go back to OK ({@code
 * ScalingEngine.answerAlarmEnds}, aws-behaviour §8.4), so that a chunk's reasons change there from the alarm's to the
 * quiet ones ({@code ScalingEngine.quietHolds}) and a kept timeline's alarm and proposal columns change at that minute
 * ({@code ScalingEngine.quietAlarmEndIn}), inside a chunk or answered alone. The minutes the engine answers while an
 * alarm is in ALARM (the proposal equal to desired, clamped back by MaxSize, or none with DisableScaleIn:
 * {@link AnsweredInAlarm}) have a floor per reason, and those where its alarms go back to OK one with rows kept and one
 * without (none with a ring's rows only).
 */
class QuietKernelRowsTest {
  @Test
  void theKernelWritesThePerMinuteStretchesRowsAndRecords() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130_16L);
    long answered = 0;
    AnsweredInAlarm inAlarm = new AnsweredInAlarm();
    long minutes = 0;
    int runs = 0;
    int compared = 0;
    long notScaled = 0;
    long alarmEnds = 0;
    long keptAlarmEnds = 0;
    for (int i = 0; i < 20; i++) {
      RandomRuns.Case c = QuietKernelTest.answering(random, RandomRuns.next(random, 0));
      int full = c.load().minutes();
      List<Integer> lengths = new ArrayList<>(List.of(full));
      for (int k = 0; k < 1; k++) {
        lengths.add(1 + random.nextInt(full));
      }
      for (int length : lengths) {
        RandomRuns.Case cut = c.firstMinutes(length);
        for (Rows rows : Rows.values()) {
          String what = c.what() + ", first " + length + " minutes, " + rows;
          Calls perMinuteCalls = new Calls();
          SimulationResult perMinute = new Run(simulation(cut, rows, false, true, perMinuteCalls)).run();
          Calls kernelCalls = new Calls();
          Run kernelRun = new Run(simulation(cut, rows, false, false, kernelCalls));
          SimulationResult kernel = kernelRun.run();
          RandomRuns.assertSameRun(what, perMinute, kernel);
          kernelCalls.assertSame(what, perMinuteCalls);
          if (length == full) {
            Calls plainCalls = new Calls();
            RandomRuns.assertSameRun(what + ", plain",
                new Run(simulation(cut, rows, true, true, plainCalls)).run(), kernel);
            kernelCalls.assertSame(what + ", plain", plainCalls);
            answered += kernelRun.kernelMinutes();
            inAlarm.add(kernelRun);
            minutes += full;
            runs += kernelRun.kernelMinutes() > 0 ? 1 : 0;
            notScaled += kernelCalls.notScaled;
            if (rows == Rows.STREAMED) {
              assertThat(kernelRun.answeredAlarmEnds()).as(what + ": a ring's rows read the alarm states").isZero();
            }
            alarmEnds += rows.keeps() ? 0 : kernelRun.answeredAlarmEnds();
            keptAlarmEnds += rows.keeps() ? kernelRun.answeredAlarmEnds() : 0;
          }
          compared++;
        }
      }
    }
    assertThat(compared).isEqualTo(20 * 2 * Rows.values().length);
    assertThat(runs).as("runs with minutes run by the kernel").isGreaterThanOrEqualTo(15);
    assertThat(answered).as("minutes run by the kernel").isGreaterThan(minutes / 8);
    assertThat(notScaled).as("not-scaled records handed on").isGreaterThan(1_000);
    inAlarm.assertAtLeast(80, 800, 10_000); // rounding, MaxSize's clamp, DisableScaleIn with an alarm in ALARM
    assertThat(alarmEnds).as("minutes answered where the alarms went back to OK (reasons only)").isGreaterThan(400);
    assertThat(keptAlarmEnds).as("minutes answered where the alarms went back to OK (rows kept)").isGreaterThan(800);
  }

  /**
   * A kept timeline's unserved demand where a kernel chunk runs across the end of one of its columns' 4 096-minute
   * chunks ({@link MinuteChunks#window} gives none there): demand far above what MaxSize serves from the first minute,
   * so the engine answers the minutes at MaxSize with unserved demand in each, a run past the column chunk's end, its
   * kept rows against the plain loop's.
   */
  @Test
  void unservedDemandAcrossTheEndOfAColumnsChunk() throws Exception {
    SplittableRandom random = new SplittableRandom(4096);
    int across = 0;
    for (int i = 0; i < 12; i++) {
      RandomRuns.Case c = QuietKernelTest.answering(random, RandomRuns.next(random, 0));
      double peak = Arrays.stream(c.load().toArray()).max().orElse(0);
      ConstantLoad high = constantLoad(c, 20 * peak + 1000, MinuteChunks.ROWS + 300);
      MinuteChunks unserved = high.unserved();
      if (high.kernelMinutes() > MinuteChunks.ROWS / 2 && unserved.at(MinuteChunks.ROWS - 1) > 0
          && unserved.at(MinuteChunks.ROWS) > 0) {
        across++;
      }
    }
    assertThat(across).as("runs in the kernel with demand unserved across the column chunk's end")
        .isGreaterThanOrEqualTo(3);
  }

  /**
   * A kept timeline whose kernel chunks leave no demand unserved allocates no chunk of the unserved column for them
   * (a chunk of +0.0 is what a column not allocated holds): each case's mean load, constant over three column chunks,
   * its rows against the plain loop's.
   */
  @Test
  void servedDemandAllocatesNoUnservedChunk() throws Exception {
    SplittableRandom random = new SplittableRandom(4097);
    int quiet = 0;
    for (int i = 0; i < 24; i++) {
      RandomRuns.Case c = QuietKernelTest.answering(random, RandomRuns.next(random, 0));
      ConstantLoad low = constantLoad(c, Arrays.stream(c.load().toArray()).average().orElse(0), 3 * MinuteChunks.ROWS);
      MinuteChunks unserved = low.unserved();
      if (low.kernelMinutes() > 2 * MinuteChunks.ROWS) {
        assertThat(unserved.allocatedWindow(MinuteChunks.ROWS, 1)).as("%s: the second chunk", low.what).isNull();
        assertThat(unserved.allocatedWindow(2 * MinuteChunks.ROWS, 1)).as("%s: the third chunk", low.what).isNull();
        quiet++;
      }
    }
    assertThat(quiet).as("runs mostly in the kernel").isGreaterThanOrEqualTo(4);
  }

  /** A case's group and policies under a constant load, run with a kept timeline: its minutes in the kernel and rows. */
  private record ConstantLoad(String what, Run run, SimulationResult result) {
    long kernelMinutes() {
      return run.kernelMinutes();
    }

    MinuteChunks unserved() {
      return result.timeline().orElseThrow().kept.unserved;
    }
  }

  /** Case {@code c} with {@code load} every minute for {@code minutes}, its kept rows against the plain loop's. */
  private static ConstantLoad constantLoad(RandomRuns.Case c, double load, int minutes) throws Exception {
    RandomRuns.Case constant = new RandomRuns.Case(c.example(), c.min(), c.max(), c.config(),
        LoadSeries.constant(load, minutes), c.seed());
    Run kernelRun = new Run(simulation(constant, Rows.KEPT, false, false, new Calls()));
    SimulationResult kernel = kernelRun.run();
    RandomRuns.assertSameRun(constant.what(), new Run(simulation(constant, Rows.KEPT, true, true, new Calls())).run(),
        kernel);
    return new ConstantLoad(constant.what(), kernelRun, kernel);
  }

  /** How a run reads its rows: kept, streamed, both, or only its reasons (activities kept, no timeline). */
  private enum Rows {
    KEPT, STREAMED, KEPT_AND_STREAMED, REASONS;

    boolean keeps() {
      return this == KEPT || this == KEPT_AND_STREAMED;
    }

    boolean streams() {
      return this == STREAMED || this == KEPT_AND_STREAMED;
    }
  }

  private static Simulation simulation(RandomRuns.Case c, Rows rows, boolean plain, boolean perMinute, Calls calls) {
    Simulation.Builder b = Simulation.builder(c.config()).load(c.load()).seed(c.seed())
        .recordTimeline(rows.keeps()).recordActivities(rows.keeps() || rows == Rows.REASONS).plainMinutes(plain)
        .perMinuteStretches(perMinute);
    if (rows.streams()) {
      b.sink(calls);
    }
    return b.build();
  }

  /** A sink's calls in order (a row by its minute), and every row copied into a ring as long as the run. */
  private static final class Calls implements RecordSink {
    final List<Object> calls = new ArrayList<>();
    Timeline whole;
    int notScaled;

    @Override
    public void timelineRow(Timeline t, int m) {
      if (whole == null) {
        whole = t.window(t.minutes());
      }
      whole.copyRow(t, m);
      calls.add(m);
    }

    @Override
    public void activity(Activity a) {
      calls.add(a);
    }

    @Override
    public void notScaled(NotScaled n) {
      calls.add(n);
      notScaled++;
    }

    void assertSame(String what, Calls expected) {
      assertThat(calls).as(what + ": the sink's calls").isEqualTo(expected.calls);
      assertThat(whole == null).as(what).isEqualTo(expected.whole == null);
      if (whole != null) {
        RandomRuns.assertSameTimeline(what + ", streamed", expected.whole, whole);
      }
    }
  }
}
