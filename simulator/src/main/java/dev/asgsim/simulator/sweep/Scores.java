package dev.asgsim.simulator.sweep;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The scores of one simulation run, by name, in the order the simulator reports them (stable, for stable files). */
public record Scores(Map<String, Double> values) implements Serializable {
  public Scores {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public double get(String name) {
    Double v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("no score named '" + name + "'; the simulator reports " + values.keySet());
    }
    return v;
  }

  public Set<String> names() {
    return values.keySet();
  }
}
