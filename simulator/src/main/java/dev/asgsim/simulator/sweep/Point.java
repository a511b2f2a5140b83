package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.text.Numbers;
import java.util.List;

/**
 * One configuration to simulate: a value per axis (aligned with the sweep's axes). Index 0 is always the base config
 * unchanged, so that every result can be compared with it.
 */
public record Point(int index, List<JsonNode> values) {
  public Point {
    values = List.copyOf(values);
  }

  public boolean isBase() {
    return index == 0;
  }

  /**
   * The values as text, in axis order, for tables ({@code base} for the base point). Axes with a single value are
   * overrides shared by every point, so they are left out; {@link #values} shows everything.
   */
  public String label(List<Axis> axes) {
    if (isBase()) {
      return "base";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < axes.size(); i++) {
      if (axes.get(i).values().size() > 1) {
        sb.append(sb.length() == 0 ? "" : ", ").append(shortName(axes.get(i).name())).append('=')
            .append(text(values.get(i)));
      }
    }
    return sb.length() == 0 ? values(axes) : sb.toString();
  }

  /** The values as {@code Name=value} pairs, in axis order, for any point (the base's are what its config says). */
  public String values(List<Axis> axes) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < axes.size(); i++) {
      JsonNode v = values.get(i);
      sb.append(i == 0 ? "" : ", ").append(shortName(axes.get(i).name())).append('=')
          .append(v.isNull() ? "(unset)" : text(v));
    }
    return sb.toString();
  }

  /**
   * Whether AWS Auto Scaling can run this point: its scaling policies are AWS's own (the config's, {@code aws} on a
   * Policies axis, or an inline set of AWS policies). A bench plug-in ({@code hpa}, {@code static:N}, {@code oracle},
   * a user's class) is simulated for comparison only: no AWS API call creates it.
   */
  public boolean deployable(List<Axis> axes) {
    for (int i = 0; i < axes.size(); i++) {
      JsonNode v = values.get(i);
      if (axes.get(i).isPolicies() && !v.isObject() && !SweepDefinition.AWS_POLICIES.equalsIgnoreCase(v.asText().trim())) {
        return false;
      }
    }
    return true;
  }

  /** The last member name of a path: {@code TargetValue} for {@code ScalingPolicies[0]...TargetValue}. */
  public static String shortName(String axisName) {
    int dot = axisName.lastIndexOf('.');
    return dot < 0 ? axisName : axisName.substring(dot + 1);
  }

  /** A value as text; an inline policy set ({@code {Name: step, ScalingPolicies: [...]}}) by its name. */
  public static String text(JsonNode value) {
    if (value.isObject() && value.path("Name").isTextual()) {
      return value.get("Name").asText();
    }
    if (value.isFloatingPointNumber()) {
      // 50.0 (the base config's TargetValue, read as a decimal) reads as 50, like the axis's 50; no float noise.
      return Numbers.significant(value.doubleValue());
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
