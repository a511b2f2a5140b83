package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.policy.Hold;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A kept run's not-scaled records are columns made into records when read ({@link NotScaledRuns}): over random runs
 * the list equals, record by record, what the recorder hands a {@link RecordSink} as each run closes (the records it
 * kept before), read by index, by iteration and as a whole ({@code equals}, {@code hashCode}, {@code toString}).
 */
class NotScaledRunsTest {
  @Test
  void theKeptListIsTheRecordsTheSinkGets() throws Exception {
    SplittableRandom random = new SplittableRandom(20261201L);
    int records = 0;
    int named = 0;
    Set<Hold> reasons = EnumSet.noneOf(Hold.class);
    for (int i = 0; i < 24; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      List<NotScaled> handed = new ArrayList<>();
      SimulationResult r = Simulation.builder(c.config()).load(c.load()).seed(c.seed()).recordTimeline(i % 2 == 0)
          .recordActivities(true).sink(new RecordSink() {
            @Override
            public void notScaled(NotScaled n) {
              handed.add(n);
            }
          }).build().run();
      List<NotScaled> kept = r.notScaled();
      assertThat(kept).as(c.what()).hasSameSizeAs(handed);
      for (int k = 0; k < handed.size(); k++) {
        assertThat(kept.get(k)).as("%s, record %d", c.what(), k).isEqualTo(handed.get(k));
      }
      assertThat(new ArrayList<>(kept)).as(c.what()).isEqualTo(handed);
      assertThat(kept).as(c.what()).isEqualTo(handed);
      assertThat(handed).as(c.what()).isEqualTo(kept);
      assertThat(kept.hashCode()).as(c.what()).isEqualTo(handed.hashCode());
      assertThat(kept.toString()).as(c.what()).isEqualTo(handed.toString());
      assertThat(r.withForecastAndScale(r.scores()).notScaled()).as(c.what()).isEqualTo(handed);
      records += handed.size();
      for (NotScaled n : handed) {
        reasons.add(n.reason());
        named += n.policyName() == null ? 0 : 1;
      }
    }
    // Floors on what the runs exercised (8 805 records, 8 reasons): many records, past the columns' first growth, of
    // several reasons, naming policies (no random run holds for the simulator's own reason, a null name: the test
    // below reads one).
    assertThat(records).isGreaterThan(5_000);
    assertThat(named).isGreaterThan(5_000);
    assertThat(reasons).hasSizeGreaterThanOrEqualTo(6);
  }

  @Test
  void theKeptListReadsEveryRunAcrossItsChunksAndCannotBeChanged() {
    Hold[] holds = Hold.values();
    int count = 40_000; // past ten chunks of 4 096 runs, and the chunk table's first growth (8 chunks)
    NotScaledRuns runs = new NotScaledRuns();
    for (int i = 0; i < count; i++) {
      runs.add(60L * i, 60L * i + 60 * (1 + i % 7), holds[i % holds.length], i % 3 - 1, i);
    }
    List<NotScaled> list = runs.named(new String[] {"a", "b"});
    assertThat(list).hasSize(count);
    String[] names = {null, "a", "b"};
    for (int i = 0; i < count; i++) {
      assertThat(list.get(i)).as("run %d", i)
          .isEqualTo(new NotScaled(60L * i, 60L * i + 60 * (1 + i % 7), holds[i % holds.length], names[i % 3], i));
    }
    assertThatThrownBy(() -> list.get(count)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.add(list.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.set(0, list.get(1))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
