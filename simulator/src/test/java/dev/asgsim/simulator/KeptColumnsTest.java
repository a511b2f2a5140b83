package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A kept timeline's columns ({@link KeptColumns}: runs, chunks, demand read from the load) give every minute the value
 * a plain per-minute array gives: column by column on random writes, and for whole runs against the rows a streaming
 * run hands its sink (the ring's plain arrays), on random configs and loads ({@link RandomRuns}).
 */
class KeptColumnsTest {
  @Test
  void runsHoldWhatAPlainArrayHolds() {
    SplittableRandom random = new SplittableRandom(20261130L);
    int rewrites = 0;
    int unwritten = 0;
    for (int trial = 0; trial < 300; trial++) {
      int minutes = 1 + random.nextInt(trial % 3 == 0 ? 20 : 20_000);
      int before = random.nextInt(3) - 1;
      int[] plain = new int[minutes];
      MinuteRuns runs = new MinuteRuns(before);
      int value = before;
      double change = random.nextDouble() * random.nextDouble(); // from every minute to a few times a run
      for (int m = 0; m < minutes; m++) {
        int previous = value;
        if (random.nextDouble() < change) {
          value = random.nextInt(5) - 2; // few values: a new value often equals an earlier run's
        }
        plain[m] = value;
        if (value == previous && random.nextInt(4) == 0) {
          unwritten++; // a minute not written holds the value before it
          continue;
        }
        if (random.nextInt(10) == 0) {
          runs.set(m, random.nextInt(5) - 2); // written again below: the minute's run is replaced
          rewrites++;
        }
        runs.set(m, value);
      }
      assertThat(runs.toArray(minutes)).as("trial %d", trial).containsExactly(plain);
      for (int m = 0; m < minutes; m++) {
        assertThat(runs.at(m)).as("trial %d, minute %d in order", trial, m).isEqualTo(plain[m]);
      }
      for (int m = minutes - 1; m >= 0; m--) {
        assertThat(runs.at(m)).as("trial %d, minute %d backwards", trial, m).isEqualTo(plain[m]);
      }
      for (int i = 0; i < minutes; i++) {
        int m = random.nextInt(minutes);
        assertThat(runs.at(m)).as("trial %d, minute %d at random", trial, m).isEqualTo(plain[m]);
      }
      if (runs.runs() > 0) {
        assertThatThrownBy(() -> runs.set(-1, 7)).isInstanceOf(IllegalStateException.class);
      }
    }
    assertThat(rewrites).isGreaterThan(1000);
    assertThat(unwritten).isGreaterThan(1000);
  }

  /** Random values (or those of {@code values}) into minutes {@code m..m+n-1} through a window and the plain array. */
  private static void writeThrough(double[] w, int m, int n, double[] plain, SplittableRandom random,
      double[] values) {
    for (int k = 0; k < n; k++) {
      double v = random.nextBoolean() ? values[random.nextInt(values.length)] : random.nextDouble();
      w[MinuteChunks.slot(m + k)] = v;
      plain[m + k] = v;
    }
  }

  @Test
  void chunksHoldWhatAPlainArrayHolds() {
    SplittableRandom random = new SplittableRandom(42);
    double[] values = {0.0, -0.0, Double.NaN, 1.5, -3.25, Double.MIN_VALUE, Double.MAX_VALUE};
    int fills = 0;
    int windows = 0;
    int straddles = 0;
    int allocatedWindows = 0;
    int unallocated = 0;
    for (int trial = 0; trial < 60; trial++) {
      int minutes = 1 + random.nextInt(3 * MinuteChunks.ROWS);
      double fill = trial % 2 == 0 ? Double.NaN : 0;
      double[] plain = new double[minutes];
      java.util.Arrays.fill(plain, fill);
      MinuteChunks chunks = new MinuteChunks(minutes, fill);
      for (int i = 0; i < minutes; i++) {
        int m = random.nextInt(minutes); // any order, minutes written again, some never
        if (random.nextInt(8) == 0) {
          // a quiet kernel's chunk of minutes at once, across a chunk's end now and then
          int n = random.nextInt(Math.min(300, minutes - m + 1));
          int from = random.nextInt(5);
          double[] src = new double[from + n];
          for (int k = 0; k < src.length; k++) {
            src[k] = random.nextBoolean() ? values[random.nextInt(values.length)] : random.nextDouble();
          }
          System.arraycopy(src, from, plain, m, n);
          chunks.set(m, src, from, n);
          continue;
        }
        if (random.nextInt(8) == 0) {
          // a writer's window onto a run of minutes (the kept timeline's unserved demand): the chunk's array when the
          // run lies in one chunk, else none
          int n = 1 + random.nextInt(Math.min(300, minutes - m));
          double[] w = chunks.window(m, n);
          if (m / MinuteChunks.ROWS != (m + n - 1) / MinuteChunks.ROWS) {
            assertThat(w).as("trial %d, minutes %d..%d across a chunk's end", trial, m, m + n - 1).isNull();
            straddles++;
            continue;
          }
          assertThat(w).as("trial %d, minutes %d..%d", trial, m, m + n - 1).isNotNull();
          writeThrough(w, m, n, plain, random, values);
          windows++;
          continue;
        }
        if (random.nextInt(8) == 0) {
          // a window onto chunks already allocated only (the kept timeline's answered minutes in one loop): the
          // chunk's array when the run lies in one chunk allocated before, else none, with nothing allocated
          int n = 1 + random.nextInt(Math.min(300, minutes - m));
          int before = chunks.allocated();
          double[] w = chunks.allocatedWindow(m, n);
          assertThat(chunks.allocated()).as("trial %d: nothing allocated", trial).isEqualTo(before);
          if (m / MinuteChunks.ROWS != (m + n - 1) / MinuteChunks.ROWS) {
            assertThat(w).as("trial %d, minutes %d..%d across a chunk's end", trial, m, m + n - 1).isNull();
            continue;
          }
          double[] any = chunks.window(m, n); // the chunk, allocated now if it was not
          if (w == null) {
            assertThat(chunks.allocated()).as("trial %d, minutes %d..%d were not allocated", trial, m, m + n - 1)
                .isEqualTo(before + 1);
            unallocated++;
            continue;
          }
          assertThat(any).as("trial %d, minutes %d..%d, allocated", trial, m, m + n - 1).isSameAs(w);
          assertThat(chunks.allocated()).isEqualTo(before);
          writeThrough(w, m, n, plain, random, values);
          allocatedWindows++;
          continue;
        }
        if (random.nextInt(8) == 0) {
          // a chunk of minutes with nothing unserved: the fill value, written into allocated chunks only
          int n = random.nextInt(Math.min(300, minutes - m + 1));
          java.util.Arrays.fill(plain, m, m + n, fill);
          chunks.setFill(m, n);
          fills++;
          continue;
        }
        double v = random.nextInt(3) == 0 ? fill : random.nextBoolean() ? values[random.nextInt(values.length)]
            : random.nextDouble();
        plain[m] = v;
        chunks.set(m, v);
      }
      double[] whole = chunks.toArray(minutes);
      for (int m = 0; m < minutes; m++) {
        assertThat(bits(chunks.at(m))).as("trial %d, minute %d", trial, m).isEqualTo(bits(plain[m]));
        assertThat(bits(whole[m])).as("trial %d, minute %d of the array", trial, m).isEqualTo(bits(plain[m]));
      }
    }
    assertThat(fills).isGreaterThan(1000);
    assertThat(windows).isGreaterThan(1000);
    assertThat(straddles).isGreaterThan(10);
    assertThat(allocatedWindows).isGreaterThan(1000);
    assertThat(unallocated).isGreaterThan(10);
  }

  @Test
  void chunksWrittenOnlyWithTheFillValueAreNotAllocated() {
    for (double fill : new double[] {0.0, Double.NaN}) {
      int minutes = 3 * MinuteChunks.ROWS + 17;
      MinuteChunks chunks = new MinuteChunks(minutes, fill);
      for (int m = 0; m < minutes; m += 2) {
        chunks.set(m, fill);
      }
      chunks.setFill(5, minutes - 5);
      assertThat(chunks.allocated()).as("fill %s", fill).isZero();
      double other = fill == 0.0 ? -0.0 : 0.0; // a value equal to 0.0 but not the same bits allocates as well
      chunks.set(MinuteChunks.ROWS + 3, other);
      assertThat(chunks.allocated()).isEqualTo(1);
      chunks.setFill(MinuteChunks.ROWS, 10); // into an allocated chunk: written
      assertThat(bits(chunks.at(MinuteChunks.ROWS + 3))).isEqualTo(bits(fill));
      assertThat(bits(chunks.at(2 * MinuteChunks.ROWS + 1))).isEqualTo(bits(fill));
    }
  }

  @Test
  void aKeptTimelineHoldsTheRowsAStreamingRunHandsOn() throws Exception {
    SplittableRandom random = new SplittableRandom(15);
    for (int i = 0; i < 24; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      Timeline kept = Simulation.builder(c.config()).load(c.load()).seed(c.seed()).build().run().timeline()
          .orElseThrow();
      assertThat(kept.kept).isNotNull();
      Rows rows = new Rows();
      Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(false).recordActivities(false)
          .sink(rows).build().run();
      assertThat(rows.whole.kept).isNull(); // plain arrays, one row per minute
      RandomRuns.assertSameTimeline(c.what(), rows.whole, kept);
      assertThat(kept.demandColumn()).containsExactly(rows.whole.demandColumn());
      assertThat(kept.desiredColumn()).containsExactly(rows.whole.desiredColumn());
      assertThat(kept.inServiceColumn()).containsExactly(rows.whole.inServiceColumn());
      assertThat(kept.servingColumn()).containsExactly(rows.whole.servingColumn());
      assertThat(kept.cpuColumn()).containsExactly(rows.whole.cpuColumn());
      assertThat(kept.metricColumn()).containsExactly(rows.whole.metricColumn());
      // and a kept timeline copied row by row into a ring (a run that keeps and streams): the same rows again
      Timeline copied = kept.window(kept.minutes());
      for (int m = 0; m < kept.minutes(); m++) {
        copied.copyRow(kept, m);
      }
      RandomRuns.assertSameTimeline(c.what() + ", copied", rows.whole, copied);
    }
  }

  /** Every row a streaming run hands on, copied into a ring as long as the run (plain arrays). */
  private static final class Rows implements RecordSink {
    Timeline whole;

    @Override
    public void timelineRow(Timeline t, int m) {
      if (whole == null) {
        whole = t.window(t.minutes());
      }
      whole.copyRow(t, m);
    }
  }

  private static long bits(double v) {
    return Double.doubleToRawLongBits(v);
  }
}
