package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code LaunchTemplateOverrides}: an instance type a mixed-instances group may launch, with its weight, or a set of
 * instance requirements (attribute-based selection) instead of the type (aws-behaviour §7.11).
 */
public record LaunchTemplateOverride(String instanceType, String weightedCapacity, String imageId,
    InstanceRequirements instanceRequirements) implements Serializable {

  /** An override naming a type, with no instance requirements. */
  public LaunchTemplateOverride(String instanceType, String weightedCapacity, String imageId) {
    this(instanceType, weightedCapacity, imageId, null);
  }

  /** The weight as a number of capacity units; AWS sends it as a string, 1 when absent. */
  public int effectiveWeight() {
    if (weightedCapacity == null || weightedCapacity.isBlank()) {
      return 1;
    }
    return Integer.parseInt(weightedCapacity.trim());
  }
}
