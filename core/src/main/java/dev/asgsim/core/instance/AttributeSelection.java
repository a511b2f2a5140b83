package dev.asgsim.core.instance;

import dev.asgsim.core.config.InstanceRequirements;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The instance types a group's {@code InstanceRequirements} select (attribute-based instance type selection,
 * aws-behaviour §7.11 [D]): each set matched against the types the config knows ({@link TypeCatalog}: the built-in
 * table and {@code Simulation.InstanceTypes}), then price protection per purchase option ({@link PriceProtection}, on
 * the price per capacity unit), the sets' types together. Each type's weight follows {@code DesiredCapacityType}:
 * "you can set the value for desired capacity to the number of vCPUs or the amount of memory", so a type counts its
 * vCPUs ({@code vcpu}), its MiB ({@code memory-mib}) or 1 ({@code units}, the default).
 *
 * @param types the selected types in the catalog's (name) order
 * @param sets  what each requirements set selected, in the overrides' order
 */
public record AttributeSelection(List<Selected> types, List<SetResult> sets) {

  /**
   * A selected type.
   *
   * @param weight   capacity units one instance counts ({@code DesiredCapacityType})
   * @param onDemand some set's On-Demand price protection lets On-Demand launches take it
   * @param spot     some set's Spot price protection lets Spot launches take it
   */
  public record Selected(InstanceType type, int weight, boolean onDemand, boolean spot) {}

  /**
   * One requirements set.
   *
   * @param override the index of its override
   * @param matched  the known types its attributes match
   * @param onDemand those On-Demand price protection keeps
   * @param spot     those Spot price protection keeps
   * @param ignored  members set but not checked (the table has no figures for them)
   */
  public record SetResult(int override, List<String> matched, List<String> onDemand, List<String> spot,
      List<String> ignored) {}

  /** What {@code config}'s InstanceRequirements select; empty without a mixed instances policy or without sets. */
  public static AttributeSelection of(ScalingConfig config) {
    MixedInstancesPolicy m = config.autoScalingGroup() == null ? null
        : config.autoScalingGroup().mixedInstancesPolicy();
    if (m == null || !m.attributeBased()) {
      return new AttributeSelection(List.of(), List.of());
    }
    SimulationSettings s = config.effectiveSimulation();
    String unit = config.autoScalingGroup().desiredCapacityType();
    List<TypeCatalog.Entry> catalog = TypeCatalog.all(s);
    Map<String, TypeCatalog.Entry> byName = new LinkedHashMap<>();
    for (TypeCatalog.Entry e : catalog) {
      byName.put(e.type().name(), e);
    }
    ToDoubleFunction<InstanceType> onDemand = t -> onDemandPrice(s, t) / weight(byName.get(t.name()), unit);
    ToDoubleFunction<InstanceType> spot = t -> spotPrice(s, t) / weight(byName.get(t.name()), unit);
    Map<String, boolean[]> options = new LinkedHashMap<>();
    List<SetResult> sets = new ArrayList<>();
    List<LaunchTemplateOverride> overrides = m.overrides();
    for (int i = 0; i < overrides.size(); i++) {
      LaunchTemplateOverride o = overrides.get(i);
      if (o == null || o.instanceRequirements() == null) {
        continue;
      }
      InstanceRequirements r = o.instanceRequirements();
      RequirementsMatch.Result match = RequirementsMatch.of(r, catalog);
      List<InstanceType> matched = new ArrayList<>();
      for (String name : match.types()) {
        if (weight(byName.get(name), unit) > 0) {
          matched.add(byName.get(name).type());
        }
      }
      List<String> od = names(PriceProtection.onDemand(r, matched, onDemand));
      List<String> sp = names(PriceProtection.spot(r, matched, onDemand, spot, s.effectiveSpotPriceProtectionPercent()));
      for (String name : od) {
        options.computeIfAbsent(name, k -> new boolean[2])[0] = true;
      }
      for (String name : sp) {
        options.computeIfAbsent(name, k -> new boolean[2])[1] = true;
      }
      sets.add(new SetResult(i, names(matched), od, sp, match.ignored()));
    }
    List<Selected> types = new ArrayList<>();
    for (TypeCatalog.Entry e : catalog) {
      boolean[] opt = options.get(e.type().name());
      if (opt != null) {
        types.add(new Selected(withPrice(s, e.type()), weight(e, unit), opt[0], opt[1]));
      }
    }
    return new AttributeSelection(List.copyOf(types), List.copyOf(sets));
  }

  /**
   * Capacity units one instance of {@code e} counts under {@code desiredCapacityType} (aws-behaviour §7.11 [D]):
   * its vCPUs, its memory in MiB (0 when unknown: it cannot be counted), or 1.
   */
  public static int weight(TypeCatalog.Entry e, String desiredCapacityType) {
    String unit = desiredCapacityType == null ? "units" : desiredCapacityType.trim().toLowerCase(Locale.ROOT);
    return switch (unit) {
      case "vcpu" -> e.type().vCpus();
      case "memory-mib" -> e.memoryMiB().orElse(0);
      default -> 1;
    };
  }

  /** The On-Demand price: {@code Simulation.PricePerHour} for {@code Simulation.InstanceType}, else the catalog's. */
  private static double onDemandPrice(SimulationSettings s, InstanceType t) {
    return s.pricePerHour() != null && t.name().equalsIgnoreCase(String.valueOf(s.instanceType()).trim())
        ? s.pricePerHour() : t.pricePerHour();
  }

  private static InstanceType withPrice(SimulationSettings s, InstanceType t) {
    return t.withPricePerHour(onDemandPrice(s, t));
  }

  /** The Spot price ({@code Simulation.Spot}), the On-Demand price without one. */
  private static double spotPrice(SimulationSettings s, InstanceType t) {
    double od = onDemandPrice(s, t);
    return s.spot() == null ? od : s.spot().spotPricePerHour(t.name(), od);
  }

  private static List<String> names(List<InstanceType> types) {
    return types.stream().map(InstanceType::name).toList();
  }
}
