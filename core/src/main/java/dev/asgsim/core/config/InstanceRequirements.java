package dev.asgsim.core.config;

import java.io.Serializable;
import java.util.List;

/**
 * {@code InstanceRequirements} of a launch template override: attribute-based instance type selection (aws-behaviour
 * §7.11). Every member of AWS's shape except {@code BaselinePerformanceFactors}; {@code VCpuCount} and
 * {@code MemoryMiB} are required by AWS. Which built-in types match is {@code core.instance.RequirementsMatch}'s job.
 */
public record InstanceRequirements(
    IntRange vCpuCount,
    IntRange memoryMiB,
    List<String> cpuManufacturers,
    DoubleRange memoryGiBPerVCpu,
    List<String> excludedInstanceTypes,
    List<String> instanceGenerations,
    Integer spotMaxPricePercentageOverLowestPrice,
    Integer maxSpotPriceAsPercentageOfOptimalOnDemandPrice,
    Integer onDemandMaxPricePercentageOverLowestPrice,
    String bareMetal,
    String burstablePerformance,
    Boolean requireHibernateSupport,
    IntRange networkInterfaceCount,
    String localStorage,
    List<String> localStorageTypes,
    DoubleRange totalLocalStorageGB,
    IntRange baselineEbsBandwidthMbps,
    List<String> acceleratorTypes,
    IntRange acceleratorCount,
    List<String> acceleratorManufacturers,
    List<String> acceleratorNames,
    IntRange acceleratorTotalMemoryMiB,
    DoubleRange networkBandwidthGbps,
    List<String> allowedInstanceTypes) implements Serializable {

  public InstanceRequirements {
    cpuManufacturers = Lists.copy(cpuManufacturers);
    excludedInstanceTypes = Lists.copy(excludedInstanceTypes);
    instanceGenerations = Lists.copy(instanceGenerations);
    localStorageTypes = Lists.copy(localStorageTypes);
    acceleratorTypes = Lists.copy(acceleratorTypes);
    acceleratorManufacturers = Lists.copy(acceleratorManufacturers);
    acceleratorNames = Lists.copy(acceleratorNames);
    allowedInstanceTypes = Lists.copy(allowedInstanceTypes);
  }

  /** A whole-number range ({@code Min}, {@code Max}); either end may be absent (no limit). */
  public record IntRange(Integer min, Integer max) implements Serializable {
    public boolean contains(double v) {
      return (min == null || v >= min) && (max == null || v <= max);
    }
  }

  /** A decimal range ({@code Min}, {@code Max}); either end may be absent (no limit). */
  public record DoubleRange(Double min, Double max) implements Serializable {
    public boolean contains(double v) {
      return (min == null || v >= min) && (max == null || v <= max);
    }
  }
}
