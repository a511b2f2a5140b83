package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.InstanceRequirements;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.instance.AttributeSelection;
import java.util.List;

/**
 * Attribute-based instance type selection (aws-behaviour §7.11), {@link MixedInstancesRules}' part for
 * {@code InstanceRequirements} and {@code DesiredCapacityType}: what AWS refuses in a requirements set, and whether a
 * set selects any type a run knows.
 */
final class InstanceRequirementsRules {
  private static final List<String> INCLUSION = List.of("included", "excluded", "required");

  private InstanceRequirementsRules() {}

  /**
   * A run launches the types each {@code InstanceRequirements} set selects from the types it knows: the built-in table
   * and {@code Simulation.InstanceTypes} (aws-behaviour §7.11). A set that selects none is a WARNING; when no set
   * selects any, the run has nothing to launch (ERROR).
   */
  static void select(ScalingConfig config, String overridesPath, Findings f) {
    AttributeSelection selection = AttributeSelection.of(config);
    boolean none = selection.types().isEmpty();
    for (AttributeSelection.SetResult set : selection.sets()) {
      if (!set.matched().isEmpty()) {
        continue;
      }
      String path = overridesPath + "[" + set.override() + "].InstanceRequirements";
      String message = "these InstanceRequirements match no instance type asgsim knows (the built-in table and "
          + "Simulation.InstanceTypes), so a run launches nothing for them (aws-behaviour §7.11)";
      String fix = "describe the types AWS would select under Simulation.InstanceTypes.<type> with VCpus, MemoryMiB "
          + "and PricePerHour (and CpuCapacity, CreditsPerHour for burstable types), or widen the requirements";
      if (none) {
        f.error("instance-requirements-no-type", path, message, fix);
      } else {
        f.warning("instance-requirements-no-type", path, message, fix);
      }
    }
  }

  static void requirements(InstanceRequirements r, String path, Findings f) {
    if (r.vCpuCount() == null || r.vCpuCount().min() == null) {
      f.error("instance-requirements", path + ".VCpuCount", "InstanceRequirements needs VCpuCount.Min "
          + "(aws-behaviour §7.11)", "write VCpuCount: {Min: 2} (Max is optional)");
    }
    if (r.memoryMiB() == null || r.memoryMiB().min() == null) {
      f.error("instance-requirements", path + ".MemoryMiB", "InstanceRequirements needs MemoryMiB.Min "
          + "(aws-behaviour §7.11)", "write MemoryMiB: {Min: 4096} (Max is optional)");
    }
    range(r.vCpuCount(), path + ".VCpuCount", f);
    range(r.memoryMiB(), path + ".MemoryMiB", f);
    inclusion(r.burstablePerformance(), path + ".BurstablePerformance", f);
    inclusion(r.bareMetal(), path + ".BareMetal", f);
    inclusion(r.localStorage(), path + ".LocalStorage", f);
    if (r.allowedInstanceTypes() != null && !r.allowedInstanceTypes().isEmpty()
        && r.excludedInstanceTypes() != null && !r.excludedInstanceTypes().isEmpty()) {
      f.error("instance-requirements", path + ".AllowedInstanceTypes", "AllowedInstanceTypes and "
          + "ExcludedInstanceTypes cannot both be set (aws-behaviour §7.11)", "keep one of the two lists");
    }
  }

  private static void range(InstanceRequirements.IntRange r, String path, Findings f) {
    if (r != null && r.min() != null && r.max() != null && r.min() > r.max()) {
      f.error("instance-requirements", path, "Min " + r.min() + " is above Max " + r.max() + " (aws-behaviour §7.11)",
          "swap them, or leave Max out for no limit");
    }
    if (r != null && r.min() != null && r.min() < 0) {
      f.error("instance-requirements", path + ".Min", "Min " + r.min() + " is below 0 (aws-behaviour §7.11)",
          "write 0 or more");
    }
  }

  private static void inclusion(String value, String path, Findings f) {
    if (value != null && !INCLUSION.contains(value)) {
      f.error("instance-requirements", path, "'" + value + "' is not one of " + Checks.oneOf(INCLUSION)
          + Checks.didYouMean(value, INCLUSION) + " (aws-behaviour §7.11)", "write included, excluded or required");
    }
  }

  static void desiredCapacityType(AutoScalingGroup g, boolean attributeBased, Findings f) {
    String t = g.desiredCapacityType();
    if (t != null && !"units".equals(t) && GroupRules.DESIRED_CAPACITY_TYPES.contains(t) && !attributeBased) {
      f.error("desired-capacity-type", GroupRules.G + ".DesiredCapacityType", "DesiredCapacityType " + t + " is "
          + "supported \"for attribute-based instance type selection only\" (aws-behaviour §7.11)",
          "use units, or select types with InstanceRequirements");
    }
  }
}
