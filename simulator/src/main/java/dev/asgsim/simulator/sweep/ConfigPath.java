package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path to one member of the config tree, written as in the file: {@code ScalingPolicies[0].TargetTrackingConfiguration.TargetValue}.
 * Setting works on the Jackson tree, so every member of the config can be varied without code per field; whether the
 * member exists is decided when the tree is bound back to the model (unknown members are refused there).
 */
public final class ConfigPath {
  /** A member name, or a map key such as a lifecycle hook's name ({@code Simulation.LifecycleHooks.app-install}). */
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_/-]*)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final String text;
  private final List<Object> steps; // String member names and Integer indexes, in order

  private ConfigPath(String text, List<Object> steps) {
    this.text = text;
    this.steps = List.copyOf(steps);
  }

  /** Parses a path; throws {@link IllegalArgumentException} with the reason when it is not a path. */
  public static ConfigPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("empty path");
    }
    List<Object> steps = new ArrayList<>();
    for (String segment : text.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        throw new IllegalArgumentException("'" + text + "' is not a path like ScalingPolicies[0].TargetTrackingConfiguration.TargetValue"
            + " (bad part '" + segment + "')");
      }
      steps.add(m.group(1));
      Matcher idx = INDEX.matcher(m.group(2));
      while (idx.find()) {
        steps.add(Integer.valueOf(idx.group(1)));
      }
    }
    return new ConfigPath(text, steps);
  }

  /**
   * Sets {@code value} at this path inside {@code root}, creating missing objects on the way (an absent
   * {@code Simulation} section is the same as an empty one). A list index must already exist: varying the fourth
   * policy of a config with one is a mistake, not an instruction to invent three.
   */
  public void set(ObjectNode root, JsonNode value) {
    JsonNode node = root;
    for (int i = 0; i < steps.size(); i++) {
      Object step = steps.get(i);
      boolean last = i == steps.size() - 1;
      Object next = last ? null : steps.get(i + 1);
      if (step instanceof String name) {
        if (!(node instanceof ObjectNode obj)) {
          throw new IllegalArgumentException(text + ": " + describe(i) + " is not an object");
        }
        if (last) {
          obj.set(name, value);
          return;
        }
        JsonNode child = obj.get(name);
        if (child == null || child.isNull()) {
          if (next instanceof Integer) {
            throw new IllegalArgumentException(text + ": the base config has no " + describe(i + 1) + " (no list there)");
          }
          child = obj.putObject(name);
        }
        node = child;
      } else {
        int index = (Integer) step;
        if (!(node instanceof ArrayNode array)) {
          throw new IllegalArgumentException(text + ": " + describe(i) + " is not a list");
        }
        if (index >= array.size()) {
          throw new IllegalArgumentException(text + ": the base config has no " + describe(i + 1)
              + " (it has " + array.size() + (array.size() == 1 ? " entry" : " entries") + ")");
        }
        if (last) {
          array.set(index, value);
          return;
        }
        node = array.get(index);
      }
    }
  }

  /** The top-level member the path starts at ({@code ScalingPolicies} in {@code ScalingPolicies[0].Enabled}). */
  public String root() {
    return (String) steps.get(0);
  }

  /** The value at this path in {@code root}, or a null node when the base config leaves it unset. */
  public JsonNode get(JsonNode root) {
    JsonNode node = root;
    for (Object step : steps) {
      node = step instanceof String name ? node.path(name) : node.path((Integer) step);
      if (node.isMissingNode()) {
        return com.fasterxml.jackson.databind.node.NullNode.getInstance();
      }
    }
    return node;
  }

  /** The path up to (excluding) step {@code end}, as written. */
  private String describe(int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < end; i++) {
      Object s = steps.get(i);
      if (s instanceof Integer n) {
        sb.append('[').append(n).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(s);
      }
    }
    return sb.length() == 0 ? "the root" : sb.toString();
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfigPath p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
