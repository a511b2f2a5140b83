package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * §3 [D]: "The cooldown clock starts when the last instance of the activity finishes launching/terminating" — the
 * engine is told once, when the last instance of the latest activity is done.
 */
class ActivityCompletionTest {
  @Test
  @DisplayName("§3 [D]: a scale-out of two completes when the second instance is InService, not the first")
  void completesWithTheLastInstance() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    c.launching(3);
    c.launching(4);
    assertThat(c.end()).as("instances still launching").isFalse();
    assertThat(c.inService(3)).isFalse();
    assertThat(c.inService(4)).isTrue();
    assertThat(c.inService(4)).as("each instance counts once").isFalse();
  }

  @Test
  @DisplayName("§3 [D]: a scale-in completes when its victim has terminated (after deregistration)")
  void scaleInCompletesAtTermination() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    c.terminating(0);
    assertThat(c.end()).isFalse();
    assertThat(c.inService(0)).as("a launch event of the victim is not its termination").isFalse();
    assertThat(c.terminated(0)).isTrue();
  }

  @Test
  @DisplayName("§3 [D]: only the latest activity starts the cooldown; an older one finishing later does not")
  void onlyTheLatestActivityCounts() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    c.launching(0);
    c.end();
    c.begin();
    c.launching(1);
    c.end();
    assertThat(c.inService(1)).isTrue();
    assertThat(c.inService(0)).isFalse();
  }

  @Test
  @DisplayName("a desired change with nothing to launch or terminate (all protected) is complete at once")
  void emptyActivityIsCompleteAtOnce() {
    ActivityCompletion c = new ActivityCompletion();
    c.begin();
    assertThat(c.inProgress()).isTrue();
    assertThat(c.end()).isTrue();
    assertThat(c.inProgress()).isFalse();
    assertThat(c.terminated(500)).as("unknown instances complete nothing").isFalse();
  }

  @Test
  @DisplayName("§3 [D]: the latest change's instances alone answer as every change's instances per sequence number "
      + "did, over 200 seeds of launches, victims, reused sequence numbers and events out of order")
  void answersAsEveryChangesSlots() {
    int completed = 0;
    int emptyChanges = 0;
    int olderEvents = 0;
    for (int seed = 0; seed < 200; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      ActivityCompletion c = new ActivityCompletion();
      EveryChange want = new EveryChange();
      List<Integer> out = new ArrayList<>(); // launched or selected, no event yet (any change's)
      int nextSeq = 0;
      for (int step = 0; step < 400; step++) {
        if (r.nextInt(3) == 0) {
          c.begin();
          want.begin();
          int n = r.nextInt(6);
          boolean launch = r.nextBoolean();
          for (int k = 0; k < n; k++) {
            // New sequence numbers, or one seen before (a warm pool's instance starting again, a victim).
            int seq = launch && r.nextInt(4) > 0 ? nextSeq++ : r.nextInt(nextSeq + 1);
            nextSeq = Math.max(nextSeq, seq + 1);
            if (launch) {
              c.launching(seq);
              want.launching(seq);
            } else {
              c.terminating(seq);
              want.terminating(seq);
            }
            out.add(seq);
          }
          boolean done = want.end();
          assertThat(c.end()).as("seed %d step %d end", seed, step).isEqualTo(done);
          emptyChanges += n == 0 ? 1 : 0;
        }
        for (int e = r.nextInt(4); e > 0 && !out.isEmpty(); e--) {
          int seq = r.nextInt(8) == 0 ? r.nextInt(nextSeq + 1) : out.remove(r.nextInt(out.size()));
          boolean inService = r.nextBoolean();
          olderEvents += want.latestOf(seq, inService) ? 0 : 1;
          boolean done = inService ? want.inService(seq) : want.terminated(seq);
          assertThat(inService ? c.inService(seq) : c.terminated(seq))
              .as("seed %d step %d %s %d", seed, step, inService ? "inService" : "terminated", seq).isEqualTo(done);
          completed += done ? 1 : 0;
        }
      }
    }
    assertThat(completed).isGreaterThan(2_000);
    assertThat(emptyChanges).isGreaterThan(2_000);
    assertThat(olderEvents).isGreaterThan(10_000);
  }

  /** The way before issue 15: each instance's change in a slot per sequence number, every change's count kept. */
  private static final class EveryChange {
    private final Map<Integer, Integer> launchDecision = new HashMap<>();
    private final Map<Integer, Integer> terminateDecision = new HashMap<>();
    private final List<Integer> remaining = new ArrayList<>();
    private int current = -1;

    void begin() {
      remaining.add(0);
      current = remaining.size() - 1;
    }

    void launching(int seq) {
      launchDecision.put(seq, current);
      remaining.set(current, remaining.get(current) + 1);
    }

    void terminating(int seq) {
      terminateDecision.put(seq, current);
      remaining.set(current, remaining.get(current) + 1);
    }

    boolean end() {
      current = -1;
      return remaining.get(remaining.size() - 1) == 0;
    }

    boolean inService(int seq) {
      return finish(launchDecision, seq);
    }

    boolean terminated(int seq) {
      return finish(terminateDecision, seq);
    }

    /** Whether {@code seq}'s event belongs to the latest change. */
    boolean latestOf(int seq, boolean inService) {
      Integer d = (inService ? launchDecision : terminateDecision).get(seq);
      return d != null && d == remaining.size() - 1;
    }

    private boolean finish(Map<Integer, Integer> byDecision, int seq) {
      Integer d = byDecision.remove(seq);
      if (d == null) {
        return false;
      }
      remaining.set(d, remaining.get(d) - 1);
      return remaining.get(d) == 0 && d == remaining.size() - 1;
    }
  }
}
