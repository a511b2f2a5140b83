package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One varied dimension of a sweep: a config member (by path) and the values it takes, in file order. The policies
 * axis has no path: its values name a policy instead of a config value.
 */
public record Axis(String name, ConfigPath path, List<JsonNode> values) {
  /** The name of the axis that swaps the config's scaling policies for a bench policy. */
  public static final String POLICIES = "Policies";

  public Axis {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(name + ": no values to try");
    }
  }

  public static Axis member(String path, List<JsonNode> values) {
    return new Axis(path, ConfigPath.parse(path), values);
  }

  public static Axis policies(List<JsonNode> values) {
    return new Axis(POLICIES, null, values);
  }

  public boolean isPolicies() {
    return path == null;
  }
}
