package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.policy.Hold;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link NotScaledRecorder} tracks the reasons a run did not scale only when something reads them (records kept or
 * streamed, or the timeline's {@code why} column): a timeline without activities still gets every minute's reason, and
 * a run that reads none gives the same scores, decisions and notes as one that keeps them all (issue 17's reasons are
 * output only; issue 15's sweeps read none).
 */
class NotScaledReadersTest {
  @Test
  void theReasonsAreTrackedWhereverTheyAreRead() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130L);
    for (int i = 0; i < 6; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      SimulationResult full = run(c, true, true);
      SimulationResult rowsOnly = run(c, true, false);
      SimulationResult lean = run(c, false, false);
      Timeline all = full.timeline().orElseThrow();
      Timeline rows = rowsOnly.timeline().orElseThrow();
      int held = 0;
      for (int m = 0; m < all.minutes(); m++) {
        assertThat(rows.why(m)).as("%s, minute %d", c.what(), m).isEqualTo(all.why(m));
        held += all.why(m) == Hold.NONE ? 0 : 1;
      }
      assertThat(held).as("%s: minutes with a reason", c.what()).isPositive();
      assertThat(full.notScaled()).as(c.what()).isNotEmpty();
      assertThat(lean.notScaled()).isEmpty();
      assertThat(lean.scores()).as(c.what()).isEqualTo(full.scores());
      assertThat(lean.decisions()).as(c.what()).isEqualTo(full.decisions());
      assertThat(lean.notes()).as(c.what()).isEqualTo(full.notes());
    }
  }

  private static SimulationResult run(RandomRuns.Case c, boolean timeline, boolean activities) {
    return Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(timeline)
        .recordActivities(activities).build().run();
  }
}
