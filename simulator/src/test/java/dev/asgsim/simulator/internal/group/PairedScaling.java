package dev.asgsim.simulator.internal.group;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The random walk of desired capacity shared by the tests that run two groups side by side — a shortcut and the
 * plain path — and compare them minute by minute: both groups launch or scale in alike.
 */
final class PairedScaling {
  static final Group.VictimSink NO_VICTIMS = (t, seq, az, why) -> { };

  private PairedScaling() {}

  /**
   * Moves {@code desired} by a random step within [{@code min}, {@code max}] and launches into or scales in both groups
   * at {@code t}, each launch with a warm-up of 0 or {@code warmupStep} seconds (drawn after the step).
   *
   * @return the new desired capacity
   */
  static int step(SplittableRandom r, long t, int desired, int min, int max, int warmupStep, Group a, Group b) {
    int next = Math.max(min, Math.min(max, desired + r.nextInt(max / 5 + 2) - max / 10 - 1));
    int have = a.nonTerminating();
    int warmup = r.nextInt(2) * warmupStep;
    for (Group g : List.of(a, b)) {
      if (next > have) {
        g.launch(t, g.launchable(next - have), g.takeLaunchReason(), warmup, true);
      } else if (next < have) {
        g.scaleIn(t, have - next, NO_VICTIMS);
      }
    }
    return next;
  }
}
