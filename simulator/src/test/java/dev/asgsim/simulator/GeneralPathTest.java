package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The per-minute shortcuts a run chooses at set-up for the features it does not use (no warm pool: an advance that
 * crosses no clock does nothing; unlimited credits on CPU capacity 1: the demand spread's lean pass; only 1-minute
 * periods and no Minimum or Maximum statistic: the metric feed without period state; the quiet stretches) give exactly
 * the general path's run: on random configs and loads ({@link RandomRuns}), every timeline column of every minute (the
 * published metric, the credits, the alarm states included), the activities and the scores are the same bits with and
 * without {@link Simulation.Builder#generalPathOnly}.
 */
class GeneralPathTest {
  @Test
  void everyShortcutGivesTheGeneralPathsRunMinuteByMinute() throws Exception {
    SplittableRandom random = new SplittableRandom(20261130L);
    int burstableUnlimited = 0;
    for (int i = 0; i < 32; i++) {
      RandomRuns.Case c = RandomRuns.next(random, i);
      SimulationResult general = run(c, true);
      SimulationResult shortcut = run(c, false);
      RandomRuns.assertSameRun(c.what(), general, shortcut);
      if (c.burstableUnlimited() && c.example().equals("fastcampus-nginx.yaml")) {
        burstableUnlimited++;
      }
    }
    assertThat(burstableUnlimited).as("runs on the lean demand spread's path").isPositive();
  }

  private static SimulationResult run(RandomRuns.Case c, boolean general) {
    return Simulation.builder(c.config()).load(c.load()).seed(c.seed()).checkInvariants(true)
        .generalPathOnly(general).build().run();
  }
}
