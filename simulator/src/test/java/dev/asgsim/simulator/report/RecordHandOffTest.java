package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.RecordSink;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import dev.asgsim.simulator.load.LoadSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writer threads ({@link RecordHandOff}) give each sink exactly the calls the run made, in the run's order, with
 * each row's values as they were when the run handed it on, though the sinks go at their own paces; a failure of any
 * sink reaches the run's thread; a cancel never hangs.
 */
class RecordHandOffTest {
  private static SimulationResult run;

  @BeforeAll
  static void simulate() throws Exception {
    // Ten days: more rows than the chunks in flight hold, and scale-outs and -ins (activities, not-scaled records).
    run = Simulation.builder(ConfigReader.read(Path.of("../examples/step-scaling.yaml")))
        .load(LoadSpec.parse("sine(150, 120, 24h, 14h) + noise(15)").render(10 * 1440, 3)).seed(3).build().run();
  }

  @Test
  void eachSinkGetsTheRunsCallsInOrderWithTheRowsAsTheyWere() {
    Timeline t = run.timeline().orElseThrow();
    Log direct = new Log();
    Log handedOff = new Log();
    Log slow = new Log() {
      @Override
      public void timelineRow(Timeline t, int m) {
        super.timelineRow(t, m);
        if (m % RecordHandOff.CHUNK == 0) {
          Thread.yield(); // another pace than the first sink's: chunks are reused only when both are done
        }
      }
    };
    RecordHandOff handOff = new RecordHandOff(handedOff, slow);
    // The run's ring holds only the newest row: the hand-off must copy each row before the next overwrites it.
    Timeline ring = t.window(1);
    List<Activity> activities = run.activities();
    List<NotScaled> notScaled = run.notScaled();
    assertThat(activities).hasSizeGreaterThan(10);
    assertThat(notScaled).hasSizeGreaterThan(10);
    int a = 0;
    int n = 0;
    for (int m = 0; m < t.minutes(); m++) {
      ring.copyRow(t, m);
      direct.timelineRow(ring, m);
      handOff.timelineRow(ring, m);
      // Records between rows, at chunk boundaries too (minute CHUNK - 1 ends the first chunk).
      while (a < activities.size() && (a * 997L) % t.minutes() <= m) {
        direct.activity(activities.get(a));
        handOff.activity(activities.get(a++));
      }
      if (n < notScaled.size() && (m % RecordHandOff.CHUNK == RecordHandOff.CHUNK - 1 || m % 97 == 0)) {
        direct.notScaled(notScaled.get(n));
        handOff.notScaled(notScaled.get(n++));
      }
    }
    handOff.finish();
    assertThat(direct.calls).hasSize(t.minutes() + a + n);
    assertThat(handedOff.calls).isEqualTo(direct.calls);
    assertThat(slow.calls).isEqualTo(direct.calls);
  }

  @Test
  void aFailureOfEitherSinkReachesTheRunsThread() {
    UncheckedIOException full = new UncheckedIOException(new IOException("No space left on device"));
    RecordHandOff handOff = new RecordHandOff(new Log(), new RecordSink() {
      @Override
      public void timelineRow(Timeline t, int m) {
        if (m == 5000) {
          throw full;
        }
      }
    });
    Timeline t = run.timeline().orElseThrow();
    assertThatThrownBy(() -> {
      for (int m = 0; m < t.minutes(); m++) {
        handOff.timelineRow(t, m);
      }
      handOff.finish();
    }).isSameAs(full);
    handOff.cancel(); // as OutputFiles.Streaming.close does after a failure: returns at once
  }

  @Test
  void cancelReturnsWhileTheSinkIsStillBusy() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    RecordHandOff handOff = new RecordHandOff(new RecordSink() {
      @Override
      public void timelineRow(Timeline t, int m) {
        entered.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    Timeline t = run.timeline().orElseThrow();
    for (int m = 0; m < 3 * RecordHandOff.CHUNK; m++) { // every chunk in flight: one more row would wait
      handOff.timelineRow(t, m);
    }
    entered.await();
    Thread canceller = new Thread(handOff::cancel);
    canceller.start();
    release.countDown(); // the writer finishes the row it is on, then drops the rest
    canceller.join(10_000);
    assertThat(canceller.isAlive()).isFalse();
  }

  /** Every call as text: each row's values, each record. */
  private static class Log implements RecordSink {
    final List<String> calls = new ArrayList<>();

    @Override
    public void timelineRow(Timeline t, int m) {
      StringBuilder row = new StringBuilder().append(m).append(' ').append(t.time(m)).append(' ')
          .append(t.demand(m)).append(' ').append(t.desired(m)).append(' ').append(t.pending(m)).append(' ')
          .append(t.inService(m)).append(' ').append(t.warm(m)).append(' ').append(t.serving(m)).append(' ')
          .append(t.cpu(m)).append(' ').append(t.metric(m)).append(' ').append(t.alarmHigh(m)).append(' ')
          .append(t.alarmLow(m)).append(' ').append(t.unserved(m)).append(' ').append(t.credits(m)).append(' ')
          .append(t.minSize(m)).append(' ').append(t.maxSize(m)).append(' ').append(t.why(m));
      for (int p = 0; p < t.policies(); p++) {
        row.append(' ').append(t.proposed(p, m));
      }
      calls.add(row.toString());
    }

    @Override
    public void activity(Activity a) {
      calls.add("activity " + a);
    }

    @Override
    public void notScaled(NotScaled n) {
      calls.add("notScaled " + n);
    }
  }
}
