package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One row of the results: a point under one load, every score summarised over the seeds. */
public record PointResult(Point point, int loadIndex, LoadCase load, Map<Score, Estimate> scores) {
  public PointResult {
    scores = Collections.unmodifiableMap(scores.isEmpty() ? new EnumMap<>(Score.class) : new EnumMap<>(scores));
  }

  public Estimate score(Score score) {
    Estimate e = scores.get(score);
    if (e == null) {
      throw new IllegalArgumentException("this row has no " + score.scoreName() + " score; it has " + scores.keySet());
    }
    return e;
  }
}
