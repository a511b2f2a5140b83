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
  @Test
  @DisplayName("SeqSet's runs (addRange, removeRange) answer as a HashSet one number at a time, over 300 seeds of runs "
      + "across word boundaries, beyond the bits, empty and overlapping, mixed with single adds, removals and clears")
  void runsAnswerAsOneAtATime() {
    long removedInRuns = 0;
    int multiWord = 0;
    for (int seed = 0; seed < 300; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      SeqSet set = new SeqSet();
      Set<Integer> want = new HashSet<>();
      int range = seed % 2 == 0 ? 300 : 20_000;
      for (int step = 0; step < 2_000; step++) {
        int op = r.nextInt(100);
        int first = r.nextInt(range);
        int count = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(r.nextBoolean() ? 8 : 200);
        if (op < 2) {
          set.clear();
          want.clear();
        } else if (op < 40) {
          set.addRange(first, count);
          for (int k = 0; k < count; k++) {
            want.add(first + k);
          }
          if ((first >>> 6) != ((first + count - 1) >>> 6)) {
            multiWord++;
          }
        } else if (op < 55) {
          assertThat(set.add(first)).isEqualTo(want.add(first));
        } else if (op < 90) {
          // Often a run over members, sometimes beyond every word the bits hold.
          int from = r.nextInt(8) == 0 ? range + r.nextInt(range) : first;
          int members = 0;
          for (int k = 0; k < count; k++) {
            members += want.remove(from + k) ? 1 : 0;
          }
          assertThat(set.removeRange(from, count)).as("seed %d step %d removeRange(%d, %d)", seed, step, from, count)
              .isEqualTo(members);
          removedInRuns += members;
        } else {
          assertThat(set.remove(first)).isEqualTo(want.remove(first));
        }
        assertThat(set.size()).as("seed %d step %d", seed, step).isEqualTo(want.size());
      }
      for (int seq = 0; seq < 2 * range; seq++) {
        assertThat(set.remove(seq)).as("seed %d: %d", seed, seq).isEqualTo(want.contains(seq));
      }
    }
    assertThat(removedInRuns).isGreaterThan(100_000);
    assertThat(multiWord).isGreaterThan(10_000);
  }
}
