package dev.asgsim.core.config;

import java.io.Serializable;

/** {@code LaunchTemplateOverrides}: an instance type a mixed-instances group may launch, with its weight. */
public record LaunchTemplateOverride(String instanceType, String weightedCapacity, String imageId)
    implements Serializable {
  /** The weight as a number of capacity units; AWS sends it as a string, 1 when absent. */
  public int effectiveWeight() {
    if (weightedCapacity == null || weightedCapacity.isBlank()) {
      return 1;
    }
    return Integer.parseInt(weightedCapacity.trim());
  }
}
