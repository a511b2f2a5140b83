package dev.asgsim.core.instance;

import dev.asgsim.core.config.InstanceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which built-in instance types satisfy an override's {@code InstanceRequirements} (attribute-based instance type
 * selection, aws-behaviour §7.11 [D]): VCpuCount, MemoryMiB, MemoryGiBPerVCpu, CpuManufacturers, InstanceGenerations,
 * BurstablePerformance and BareMetal (both "excluded" by default), AcceleratorCount, AllowedInstanceTypes and
 * ExcludedInstanceTypes (with {@code *} wildcards). The table has no figures for the other members (network, storage,
 * accelerator kinds, hibernation): those are listed in {@link Result#ignored()} so that the output can say so, never
 * silently dropped. The price protection thresholds are {@link PriceProtection}'s.
 */
public final class RequirementsMatch {
  private RequirementsMatch() {}

  /**
   * @param types   built-in types that match, in the table's (name) order
   * @param ignored the members that were set but not checked against the table
   */
  public record Result(List<String> types, List<String> ignored) {}

  /** The built-in types that match {@code r}. */
  public static Result of(InstanceRequirements r) {
    List<TypeCatalog.Entry> table = new ArrayList<>();
    for (InstanceType t : InstanceTypes.all().values()) {
      table.add(new TypeCatalog.Entry(t, InstanceTypes.memoryMiB(t.name())));
    }
    return of(r, table);
  }

  /** The {@code candidates} ({@link TypeCatalog#all}) that match {@code r}, in their order. */
  public static Result of(InstanceRequirements r, List<TypeCatalog.Entry> candidates) {
    List<String> types = new ArrayList<>();
    for (TypeCatalog.Entry e : candidates) {
      if (matches(r, e.type(), e.memoryMiB().orElse(-1))) {
        types.add(e.type().name());
      }
    }
    return new Result(List.copyOf(types), ignoredMembers(r));
  }

  /** @param mib the type's memory, -1 when unknown (then no memory requirement matches) */
  static boolean matches(InstanceRequirements r, InstanceType t, int mib) {
    if (r.vCpuCount() != null && !r.vCpuCount().contains(t.vCpus())) {
      return false;
    }
    if (mib < 0 && (r.memoryMiB() != null || r.memoryGiBPerVCpu() != null)) {
      return false;
    }
    if (r.memoryMiB() != null && !r.memoryMiB().contains(mib)) {
      return false;
    }
    if (r.memoryGiBPerVCpu() != null && !r.memoryGiBPerVCpu().contains(mib / 1024.0 / t.vCpus())) {
      return false;
    }
    if (!empty(r.cpuManufacturers()) && !r.cpuManufacturers().contains(InstanceTypes.cpuManufacturer(t))) {
      return false;
    }
    // Every type in the table is of the current generation.
    if (!empty(r.instanceGenerations()) && !r.instanceGenerations().contains("current")) {
      return false;
    }
    if (!inclusion(r.burstablePerformance(), t.burstable()) || !inclusion(r.bareMetal(), t.name().endsWith(".metal"))) {
      return false;
    }
    // No type in the table has accelerators.
    if (r.acceleratorCount() != null && !r.acceleratorCount().contains(0)) {
      return false;
    }
    if (!empty(r.allowedInstanceTypes()) && !anyMatches(r.allowedInstanceTypes(), t.name())) {
      return false;
    }
    return empty(r.excludedInstanceTypes()) || !anyMatches(r.excludedInstanceTypes(), t.name());
  }

  /** {@code included | excluded | required}, AWS's default {@code excluded}. */
  private static boolean inclusion(String setting, boolean has) {
    String s = setting == null ? "excluded" : setting.toLowerCase(Locale.ROOT);
    return switch (s) {
      case "included" -> true;
      case "required" -> has;
      default -> !has;
    };
  }

  private static boolean anyMatches(List<String> patterns, String name) {
    for (String p : patterns) {
      String regex = Pattern.quote(p.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
      if (name.matches(regex)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> ignoredMembers(InstanceRequirements r) {
    List<String> ignored = new ArrayList<>();
    add(ignored, "RequireHibernateSupport", r.requireHibernateSupport());
    add(ignored, "NetworkInterfaceCount", r.networkInterfaceCount());
    add(ignored, "LocalStorage", r.localStorage());
    add(ignored, "LocalStorageTypes", r.localStorageTypes());
    add(ignored, "TotalLocalStorageGB", r.totalLocalStorageGB());
    add(ignored, "BaselineEbsBandwidthMbps", r.baselineEbsBandwidthMbps());
    add(ignored, "AcceleratorTypes", r.acceleratorTypes());
    add(ignored, "AcceleratorManufacturers", r.acceleratorManufacturers());
    add(ignored, "AcceleratorNames", r.acceleratorNames());
    add(ignored, "AcceleratorTotalMemoryMiB", r.acceleratorTotalMemoryMiB());
    add(ignored, "NetworkBandwidthGbps", r.networkBandwidthGbps());
    return List.copyOf(ignored);
  }

  private static boolean empty(List<String> list) {
    return list == null || list.isEmpty();
  }

  private static void add(List<String> out, String member, Object value) {
    if (value != null && !(value instanceof List<?> l && l.isEmpty())) {
      out.add(member);
    }
  }
}
