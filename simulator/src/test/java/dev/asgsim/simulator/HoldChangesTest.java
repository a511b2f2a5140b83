package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link HoldChanges} finds what a loop testing each minute finds: a chunk's first minute, then every minute whose
 * reason differs from the minute's before, on random reasons (from every minute changing to none), chunks starting
 * anywhere and one minute long (the streaming path's).
 */
class HoldChangesTest {
  @Test
  void findsEveryMinuteWhoseReasonDiffersFromTheMinuteBefore() {
    SplittableRandom random = new SplittableRandom(1130);
    HoldChanges changes = new HoldChanges(8);
    int found = 0;
    int single = 0;
    for (int trial = 0; trial < 2_000; trial++) {
      int length = 1 + random.nextInt(trial % 4 == 0 ? 3 : 600);
      int[] holds = new int[length + 5];
      double change = random.nextDouble();
      for (int k = 0; k < holds.length; k++) {
        holds[k] = k > 0 && random.nextDouble() >= change ? holds[k - 1] : random.nextInt(4);
      }
      int from = random.nextInt(5);
      int to = from + 1 + random.nextInt(length);
      List<Integer> plain = new ArrayList<>();
      for (int k = from; k < to; k++) {
        if (k == from || holds[k] != holds[k - 1]) {
          plain.add(k);
        }
      }
      changes.find(holds, from, to);
      List<Integer> fast = new ArrayList<>();
      for (int i = 0; i < changes.count(); i++) {
        fast.add(changes.at(i));
      }
      assertThat(fast).as("trial %d, minutes %d..%d", trial, from, to).isEqualTo(plain);
      found += plain.size();
      single += to - from == 1 ? 1 : 0;
    }
    assertThat(found).isGreaterThan(50_000);
    assertThat(single).isGreaterThan(100);
  }
}
