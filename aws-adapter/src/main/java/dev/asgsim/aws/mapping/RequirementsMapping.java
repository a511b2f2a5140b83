package dev.asgsim.aws.mapping;

import dev.asgsim.core.config.InstanceRequirements;
import dev.asgsim.core.config.InstanceRequirements.DoubleRange;
import dev.asgsim.core.config.InstanceRequirements.IntRange;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.autoscaling.model.AcceleratorCountRequest;
import software.amazon.awssdk.services.autoscaling.model.AcceleratorTotalMemoryMiBRequest;
import software.amazon.awssdk.services.autoscaling.model.BaselineEbsBandwidthMbpsRequest;
import software.amazon.awssdk.services.autoscaling.model.MemoryGiBPerVCpuRequest;
import software.amazon.awssdk.services.autoscaling.model.MemoryMiBRequest;
import software.amazon.awssdk.services.autoscaling.model.NetworkBandwidthGbpsRequest;
import software.amazon.awssdk.services.autoscaling.model.NetworkInterfaceCountRequest;
import software.amazon.awssdk.services.autoscaling.model.TotalLocalStorageGBRequest;
import software.amazon.awssdk.services.autoscaling.model.VCpuCountRequest;

/**
 * An override's {@code InstanceRequirements} between the SDK and the config (aws-behaviour §7.11), both ways, member by
 * member. {@code BaselinePerformanceFactors} has no place in the config: it is not imported (Importer notes skipped
 * members of the AWS CLI's JSON; from the SDK it is left out) and never sent.
 */
final class RequirementsMapping {
  private RequirementsMapping() {}

  static InstanceRequirements toConfig(software.amazon.awssdk.services.autoscaling.model.InstanceRequirements r) {
    if (r == null) {
      return null;
    }
    return new InstanceRequirements(
        r.vCpuCount() == null ? null : new IntRange(r.vCpuCount().min(), r.vCpuCount().max()),
        r.memoryMiB() == null ? null : new IntRange(r.memoryMiB().min(), r.memoryMiB().max()),
        r.hasCpuManufacturers() ? r.cpuManufacturersAsStrings() : null,
        r.memoryGiBPerVCpu() == null ? null : new DoubleRange(r.memoryGiBPerVCpu().min(), r.memoryGiBPerVCpu().max()),
        r.hasExcludedInstanceTypes() ? r.excludedInstanceTypes() : null,
        r.hasInstanceGenerations() ? r.instanceGenerationsAsStrings() : null,
        r.spotMaxPricePercentageOverLowestPrice(),
        r.maxSpotPriceAsPercentageOfOptimalOnDemandPrice(),
        r.onDemandMaxPricePercentageOverLowestPrice(),
        r.bareMetalAsString(),
        r.burstablePerformanceAsString(),
        r.requireHibernateSupport(),
        r.networkInterfaceCount() == null ? null
            : new IntRange(r.networkInterfaceCount().min(), r.networkInterfaceCount().max()),
        r.localStorageAsString(),
        r.hasLocalStorageTypes() ? r.localStorageTypesAsStrings() : null,
        r.totalLocalStorageGB() == null ? null
            : new DoubleRange(r.totalLocalStorageGB().min(), r.totalLocalStorageGB().max()),
        r.baselineEbsBandwidthMbps() == null ? null
            : new IntRange(r.baselineEbsBandwidthMbps().min(), r.baselineEbsBandwidthMbps().max()),
        r.hasAcceleratorTypes() ? r.acceleratorTypesAsStrings() : null,
        r.acceleratorCount() == null ? null : new IntRange(r.acceleratorCount().min(), r.acceleratorCount().max()),
        r.hasAcceleratorManufacturers() ? r.acceleratorManufacturersAsStrings() : null,
        r.hasAcceleratorNames() ? r.acceleratorNamesAsStrings() : null,
        r.acceleratorTotalMemoryMiB() == null ? null
            : new IntRange(r.acceleratorTotalMemoryMiB().min(), r.acceleratorTotalMemoryMiB().max()),
        r.networkBandwidthGbps() == null ? null
            : new DoubleRange(r.networkBandwidthGbps().min(), r.networkBandwidthGbps().max()),
        r.hasAllowedInstanceTypes() ? r.allowedInstanceTypes() : null);
  }

  static software.amazon.awssdk.services.autoscaling.model.InstanceRequirements toSdk(InstanceRequirements r) {
    if (r == null) {
      return null;
    }
    return software.amazon.awssdk.services.autoscaling.model.InstanceRequirements.builder()
        .vCpuCount(RequirementsMapping.<VCpuCountRequest>range(r.vCpuCount(), (a, b) -> VCpuCountRequest.builder().min(a).max(b).build()))
        .memoryMiB(RequirementsMapping.<MemoryMiBRequest>range(r.memoryMiB(), (a, b) -> MemoryMiBRequest.builder().min(a).max(b).build()))
        .cpuManufacturersWithStrings(r.cpuManufacturers())
        .memoryGiBPerVCpu(RequirementsMapping.<MemoryGiBPerVCpuRequest>range(r.memoryGiBPerVCpu(), (a, b) -> MemoryGiBPerVCpuRequest.builder().min(a).max(b).build()))
        .excludedInstanceTypes(r.excludedInstanceTypes())
        .instanceGenerationsWithStrings(r.instanceGenerations())
        .spotMaxPricePercentageOverLowestPrice(r.spotMaxPricePercentageOverLowestPrice())
        .maxSpotPriceAsPercentageOfOptimalOnDemandPrice(r.maxSpotPriceAsPercentageOfOptimalOnDemandPrice())
        .onDemandMaxPricePercentageOverLowestPrice(r.onDemandMaxPricePercentageOverLowestPrice())
        .bareMetal(r.bareMetal())
        .burstablePerformance(r.burstablePerformance())
        .requireHibernateSupport(r.requireHibernateSupport())
        .networkInterfaceCount(RequirementsMapping.<NetworkInterfaceCountRequest>range(r.networkInterfaceCount(),
            (a, b) -> NetworkInterfaceCountRequest.builder().min(a).max(b).build()))
        .localStorage(r.localStorage())
        .localStorageTypesWithStrings(r.localStorageTypes())
        .totalLocalStorageGB(RequirementsMapping.<TotalLocalStorageGBRequest>range(r.totalLocalStorageGB(),
            (a, b) -> TotalLocalStorageGBRequest.builder().min(a).max(b).build()))
        .baselineEbsBandwidthMbps(RequirementsMapping.<BaselineEbsBandwidthMbpsRequest>range(r.baselineEbsBandwidthMbps(),
            (a, b) -> BaselineEbsBandwidthMbpsRequest.builder().min(a).max(b).build()))
        .acceleratorTypesWithStrings(r.acceleratorTypes())
        .acceleratorCount(RequirementsMapping.<AcceleratorCountRequest>range(r.acceleratorCount(), (a, b) -> AcceleratorCountRequest.builder().min(a).max(b).build()))
        .acceleratorManufacturersWithStrings(r.acceleratorManufacturers())
        .acceleratorNamesWithStrings(r.acceleratorNames())
        .acceleratorTotalMemoryMiB(RequirementsMapping.<AcceleratorTotalMemoryMiBRequest>range(r.acceleratorTotalMemoryMiB(),
            (a, b) -> AcceleratorTotalMemoryMiBRequest.builder().min(a).max(b).build()))
        .networkBandwidthGbps(RequirementsMapping.<NetworkBandwidthGbpsRequest>range(r.networkBandwidthGbps(),
            (a, b) -> NetworkBandwidthGbpsRequest.builder().min(a).max(b).build()))
        .allowedInstanceTypes(r.allowedInstanceTypes())
        .build();
  }

  private static <T> T range(IntRange r, BiFunction<Integer, Integer, T> f) {
    return r == null ? null : f.apply(r.min(), r.max());
  }

  private static <T> T range(DoubleRange r, BiFunction<Double, Double, T> f) {
    return r == null ? null : f.apply(r.min(), r.max());
  }
}
