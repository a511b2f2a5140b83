package dev.asgsim.aws;

import dev.asgsim.aws.live.LiveState;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import java.util.ArrayList;
import java.util.List;

/** Turns a live state into a config file the simulator can run. */
public final class Importer {
  private Importer() {}

  public static ImportResult toConfig(LiveState live) {
    AutoScalingGroup g = oneTemplateIdentifier(live.group());
    List<String> notes = new ArrayList<>();
    String type = instanceType(live);
    if (type == null) {
      notes.add("the instance type could not be determined (it is in the launch template, which asgsim does not "
          + "read): set Simulation.InstanceType before simulating");
    } else {
      notes.add("Simulation.InstanceType " + type + " was taken from "
          + (fromOverrides(g) != null ? "the mixed instances policy's first override" : "the running instances"));
    }
    notes.add("Simulation settings other than InstanceType are defaults (launch delay, monitoring): review them");
    SimulationSettings sim = new SimulationSettings(type, null, null, null, null, null, null, null, null);
    ScalingConfig config = ScalingConfig.builder()
        .autoScalingGroup(g)
        .scalingPolicies(live.policies())
        .scheduledActions(live.actions())
        .simulation(sim)
        .build();
    return new ImportResult(config, notes);
  }

  /**
   * AWS describes a launch template by id and name; CreateAutoScalingGroup takes exactly one (aws-behaviour §9.4). The name
   * is kept: it is what people read, and the plan compares only the identifier the file gives.
   */
  static AutoScalingGroup oneTemplateIdentifier(AutoScalingGroup g) {
    var b = g.toBuilder().launchTemplate(one(g.launchTemplate()));
    var m = g.mixedInstancesPolicy();
    if (m != null && m.launchTemplate() != null) {
      b.mixedInstancesPolicy(new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
          one(m.launchTemplate().launchTemplateSpecification()), m.launchTemplate().overrides()),
          m.instancesDistribution()));
    }
    return b.build();
  }

  private static LaunchTemplateSpecification one(LaunchTemplateSpecification lt) {
    if (lt == null || lt.launchTemplateId() == null || lt.launchTemplateName() == null) {
      return lt;
    }
    return new LaunchTemplateSpecification(null, lt.launchTemplateName(), lt.version());
  }

  static String instanceType(LiveState live) {
    String fromOverrides = fromOverrides(live.group());
    if (fromOverrides != null) {
      return fromOverrides;
    }
    return live.instanceTypes().isEmpty() ? null : live.instanceTypes().get(0);
  }

  private static String fromOverrides(AutoScalingGroup g) {
    var m = g.mixedInstancesPolicy();
    if (m == null || m.launchTemplate() == null || m.launchTemplate().overrides() == null) {
      return null;
    }
    for (LaunchTemplateOverride o : m.launchTemplate().overrides()) {
      if (o.instanceType() != null) {
        return o.instanceType();
      }
    }
    return null;
  }
}
