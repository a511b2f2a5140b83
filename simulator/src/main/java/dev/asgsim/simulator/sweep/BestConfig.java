package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.policies.PolicyRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The config a sweep point stands for, to deploy: the base config with the point's values applied (by
 * {@link ConfigVariator}, so by the same rules and the same validator as the sweep), and an inline set of AWS
 * policies from a Policies axis in place of the config's own. Only a deployable point has one: a bench plug-in is
 * simulated for comparison and no AWS API creates it.
 */
public final class BestConfig {
  private BestConfig() {}

  /** The config of {@code point}; {@link IllegalArgumentException} for a bench plug-in's point. */
  public static ScalingConfig of(SweepDefinition def, Point point) throws InvalidVariationException {
    if (!point.deployable(def.axes())) {
      throw new IllegalArgumentException("point " + point.index() + " (" + point.label(def.axes())
          + ") runs a bench plug-in that AWS Auto Scaling cannot run; it has no config to apply");
    }
    ScalingConfig config = new ConfigVariator(def.base(), def.axes()).configOf(point);
    for (int i = 0; i < def.axes().size(); i++) {
      JsonNode v = point.values().get(i);
      if (def.axes().get(i).isPolicies() && v.isObject()) {
        config = PolicyRegistry.awsPolicies(Point.text(v), InlinePolicySet.parse(v)).configFor(config);
      }
    }
    return config;
  }

  /**
   * The point's varied {@code Simulation.*} values ({@code Simulation.InstanceType=t3.micro}): settings of the
   * simulation, written into the file, that {@code plan} and {@code apply} do not deploy.
   */
  public static List<String> simulationOnly(SweepDefinition def, Point point) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < def.axes().size(); i++) {
      Axis a = def.axes().get(i);
      if (!a.isPolicies() && a.name().startsWith("Simulation.") && !point.values().get(i).isNull()) {
        out.add(a.name() + "=" + Point.text(point.values().get(i)));
      }
    }
    return out;
  }
}
