package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The scores of one simulation run, by catalogue entry, in catalogue order (stable, for stable files). */
public record Scores(Map<Score, Double> values) {
  public Scores {
    values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Score.class) : new EnumMap<>(values));
  }

  /** Every swept score of a simulator run ({@link Score#swept()}). */
  public static Scores of(dev.asgsim.simulator.score.Scores run) {
    Map<Score, Double> values = new EnumMap<>(Score.class);
    for (Score s : Score.swept()) {
      values.put(s, s.of(run));
    }
    return new Scores(values);
  }

  public double get(Score score) {
    Double v = values.get(score);
    if (v == null) {
      throw new IllegalArgumentException("this run has no " + score.scoreName() + " score; it has " + values.keySet());
    }
    return v;
  }

  public Set<Score> names() {
    return values.keySet();
  }
}
