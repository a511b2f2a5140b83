package dev.asgsim.simulator.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of the results: a point under one load, every score summarised over the seeds. */
public record PointResult(Point point, int loadIndex, LoadCase load, Map<String, Estimate> scores) {
  public PointResult {
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  public Estimate score(String name) {
    Estimate e = scores.get(name);
    if (e == null) {
      throw new IllegalArgumentException("no score named '" + name + "'; the simulator reports " + scores.keySet());
    }
    return e;
  }
}
