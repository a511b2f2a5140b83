package dev.asgsim.simulator.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoreAccumulator#minute}'s shortcut for a minute whose d_t, s_t and desired are the last minute's (most of a
 * quiet stretch) against the full path ({@link ScoreAccumulator#plainMinutes}): the same {@link Scores}, bit for bit
 * (a record's equals compares its doubles as {@link Double#compare} does).
 */
class ScoreShortcutTest {
  @Test
  @DisplayName("a minute like the last, taken by the shortcut, gives the full path's scores on random runs")
  void shortcutGivesThePlainScores() {
    int shortcutMinutes = 0;
    int openEpisodeShortcuts = 0;
    for (int seed = 0; seed < 200; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      double threshold = 20 + r.nextInt(60);
      ScoreAccumulator fast = new ScoreAccumulator(threshold);
      ScoreAccumulator plain = new ScoreAccumulator(threshold);
      plain.plainMinutes();
      double demand = r.nextDouble() * 500;
      int desired = 1 + r.nextInt(8);
      int serving = desired;
      int lastD = -1;
      int lastS = -1;
      int lastDesired = -1;
      boolean open = false;
      for (int t = 0; t < 1500; t++) {
        // Runs of unchanged minutes broken by moves of one of demand, desired or serving at a time (a scale-out's
        // desired rises before its instances serve, so an episode sees desired move while d and s stay).
        int move = r.nextInt(10);
        if (move == 0) {
          demand = r.nextInt(4) == 0 ? demand : r.nextDouble() * 500;
        } else if (move == 1) {
          desired = Math.max(1, desired + r.nextInt(5) - 2);
        } else if (move == 2) {
          serving = Math.max(0, serving + r.nextInt(5) - 2);
        } else if (move == 3) {
          demand = Math.max(0, demand + (r.nextDouble() - 0.5) * 1e-6); // d_t may stay while the demand moves
        }
        double served = Math.min(demand, 100.0 * serving);
        double cpu = serving == 0 ? Double.NaN : served / serving;
        fast.afterInterruption(t % 97 < 5);
        plain.afterInterruption(t % 97 < 5);
        int d = fast.demandInstances(demand);
        if (d == lastD && serving == lastS && desired == lastDesired) {
          shortcutMinutes++;
          openEpisodeShortcuts += open ? 1 : 0;
        }
        fast.minute(demand, served, desired, serving, cpu);
        plain.minute(demand, served, desired, serving, cpu);
        open = d > serving || (open && serving < d);
        lastD = d;
        lastS = serving;
        lastDesired = desired;
      }
      assertThat(fast.finish(3600.0 * seed, 0.0104, 12.5, 0.05, 3, 2, 7, 5))
          .as("seed %d", seed).isEqualTo(plain.finish(3600.0 * seed, 0.0104, 12.5, 0.05, 3, 2, 7, 5));
    }
    // The shortcut ran, and within open episodes too (the part a wrong condition would get wrong).
    assertThat(shortcutMinutes).isGreaterThan(100_000);
    assertThat(openEpisodeShortcuts).isGreaterThan(10_000);
  }
}
