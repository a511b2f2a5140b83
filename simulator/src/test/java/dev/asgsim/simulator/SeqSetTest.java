package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link SeqSet} against {@link HashSet}: every answer and size the same over random adds, removals and clears. */
class SeqSetTest {
  @Test
  @DisplayName("SeqSet answers as a HashSet over 300 seeds of adds, removals and clears, through growth of its bits and "
      + "of its list of members added")
  void answersAsAHashSet() {
    long removed = 0;
    int grown = 0;
    for (int seed = 0; seed < 300; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      SeqSet set = new SeqSet();
      Set<Integer> want = new HashSet<>();
      // Small ranges share words of bits; large ones (a long run's sequence numbers) grow the bits; runs of
      // consecutive numbers as a launch adds them.
      int range = switch (seed % 3) {
        case 0 -> 40;
        case 1 -> 5_000;
        default -> 1_000_000;
      };
      int most = 0;
      for (int step = 0; step < 3_000; step++) {
        int op = r.nextInt(100);
        if (op < 1) {
          set.clear();
          want.clear();
        } else if (op < 50) {
          int first = r.nextInt(range);
          for (int k = 0, n = 1 + r.nextInt(8); k < n; k++) {
            assertThat(set.add(first + k)).as("seed %d step %d add %d", seed, step, first + k)
                .isEqualTo(want.add(first + k));
          }
        } else {
          // Mostly members, sometimes anything (beyond the bits too).
          int seq = !want.isEmpty() && r.nextInt(4) > 0 ? want.iterator().next() : r.nextInt(range);
          boolean member = want.remove(seq);
          assertThat(set.remove(seq)).as("seed %d step %d remove %d", seed, step, seq).isEqualTo(member);
          if (member) {
            removed++;
          }
        }
        assertThat(set.size()).isEqualTo(want.size());
        most = Math.max(most, want.size());
      }
      // Every member still found, every non-member not: removes them all.
      for (int seq : want) {
        assertThat(set.remove(seq)).as("seed %d: %d still a member", seed, seq).isTrue();
      }
      assertThat(set.size()).isZero();
      if (most > 16) {
        grown++;
      }
    }
    assertThat(removed).isGreaterThan(100_000);
    assertThat(grown).isGreaterThan(100);
  }
}
