package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.score.Score;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for the simulator with a known answer: cost falls and unserved demand rises with the target value,
 * plus seeded noise. It sleeps a seed-dependent moment so that threads finish out of order.
 */
final class FakeRunner implements PointRunner {
  private final boolean jitter;

  FakeRunner(boolean jitter) {
    this.jitter = jitter;
  }

  @Override
  public Scores run(RunRequest request) {
    SplittableRandom random = new SplittableRandom(request.seed());
    if (jitter) {
      LockSupport.parkNanos(random.nextLong(200_000, 2_000_000));
    }
    ScalingConfig config = request.config();
    double target = config.policies().get(0).targetTrackingConfiguration().targetValue();
    int min = config.autoScalingGroup().minSize();
    double load = request.load().name().contains("peak") ? 2 : 1;
    Map<Score, Double> scores = new LinkedHashMap<>();
    scores.put(Score.COST, load * (1000 / target + 5 * min) + random.nextDouble());
    scores.put(Score.UNSERVED_PERCENT, Math.max(0, target - 45) * 0.02 * load + random.nextDouble() * 0.01);
    return new Scores(scores);
  }
}
