package dev.asgsim.core.instance;

import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SimulationSettings.InstanceTypeOverride;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The instance types a config knows: the built-in table ({@link InstanceTypes}) with {@code Simulation.InstanceTypes}
 * applied, and the types only that block describes. One home for how an override changes a type, for the run (the
 * types it launches) and for the validator (what {@code InstanceRequirements} can select, aws-behaviour §7.11).
 */
public final class TypeCatalog {
  private TypeCatalog() {}

  /** A known type and its memory (empty when neither the table nor the config gives it). */
  public record Entry(InstanceType type, OptionalInt memoryMiB) {}

  /**
   * {@code name} as the config describes it: the table's figures with {@code Simulation.InstanceTypes.<name>}
   * applied (a T-type figure given makes the type burstable); empty when neither knows it. {@code Simulation.
   * PricePerHour} is not applied: it prices {@code Simulation.InstanceType} only.
   */
  public static Optional<InstanceType> resolve(SimulationSettings s, String name) {
    InstanceTypeOverride o = override(s, name);
    InstanceType base = InstanceTypes.find(name).orElse(null);
    if (base == null && o == null) {
      return Optional.empty();
    }
    if (base == null) {
      base = new InstanceType(name.trim(), 1, 0, false, 0, 0, 0, false, 0);
    }
    if (o == null) {
      return Optional.of(base);
    }
    InstanceType t = base;
    int vcpus = o.vCpus() != null ? o.vCpus() : t.vCpus();
    double creditsPerHour = o.creditsPerHour() != null ? o.creditsPerHour()
        : o.baselinePercent() != null ? o.baselinePercent() / 100.0 * 60 * vcpus : t.creditsPerHour();
    boolean burstable = t.burstable() || creditsPerHour > 0;
    return Optional.of(new InstanceType(t.name(), vcpus, o.pricePerHour() != null ? o.pricePerHour() : t.pricePerHour(),
        burstable, creditsPerHour, o.maxCredits() != null ? o.maxCredits() : burstable && t.maxCredits() == 0
            ? 24 * creditsPerHour : t.maxCredits(),
        o.launchCredits() != null ? o.launchCredits() : t.launchCredits(), t.unlimitedByDefault(),
        t.surplusCreditPrice() == 0 && burstable ? 0.05 : t.surplusCreditPrice()));
  }

  /** {@code Simulation.InstanceTypes.<name>} (the key matched trimmed and case-insensitively), or null. */
  public static InstanceTypeOverride override(SimulationSettings s, String name) {
    if (s.instanceTypes() == null || name == null) {
      return null;
    }
    InstanceTypeOverride found = null;
    for (Map.Entry<String, InstanceTypeOverride> e : s.instanceTypes().entrySet()) {
      if (e.getKey().trim().equalsIgnoreCase(name.trim())) {
        found = e.getValue();
      }
    }
    return found;
  }

  /**
   * Every type the config knows, by lower-case name: the built-in table's and those {@code Simulation.InstanceTypes}
   * adds, each with its memory ({@code MemoryMiB} there, else the table's).
   */
  public static List<Entry> all(SimulationSettings s) {
    Map<String, String> names = new TreeMap<>();
    for (String n : InstanceTypes.all().keySet()) {
      names.put(n, n);
    }
    if (s.instanceTypes() != null) {
      for (String n : s.instanceTypes().keySet()) {
        names.putIfAbsent(n.trim().toLowerCase(Locale.ROOT), n.trim());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (String n : names.values()) {
      resolve(s, n).ifPresent(t -> out.add(new Entry(t, memoryMiB(s, n))));
    }
    return out;
  }

  private static OptionalInt memoryMiB(SimulationSettings s, String name) {
    InstanceTypeOverride o = override(s, name);
    return o != null && o.memoryMiB() != null ? OptionalInt.of(o.memoryMiB()) : InstanceTypes.memoryMiB(name);
  }
}
