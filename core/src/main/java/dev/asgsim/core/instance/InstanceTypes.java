package dev.asgsim.core.instance;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * The built-in table of common instance types. Burstable credit figures are AWS's published table
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/burstable-credits-baseline-concepts.html, aws-behaviour §8.1 [D]);
 * prices are us-east-1 on-demand Linux list prices and only a default: a config overrides them
 * ({@code Simulation.PricePerHour}, {@code Simulation.InstanceTypes}).
 */
public final class InstanceTypes {
  /** Surplus credits in unlimited mode: USD 0.05 per vCPU-hour for T2/T3/T3a, 0.04 for T4g (Linux). */
  private static final double SURPLUS_X86 = 0.05;
  private static final double SURPLUS_ARM = 0.04;

  private static final Map<String, InstanceType> TABLE;

  static {
    Map<String, InstanceType> t = new TreeMap<>();
    // T2: standard by default; 30 launch credits per vCPU.
    t2(t, "t2.nano", 1, 3, 0.0058);
    t2(t, "t2.micro", 1, 6, 0.0116);
    t2(t, "t2.small", 1, 12, 0.023);
    t2(t, "t2.medium", 2, 24, 0.0464);
    t2(t, "t2.large", 2, 36, 0.0928);
    t2(t, "t2.xlarge", 4, 54, 0.1856);
    t2(t, "t2.2xlarge", 8, 81.6, 0.3712); // AWS's table: 81.6 credits/h (17 % of 8 vCPUs), max 1958.4
    // T3, T3a, T4g: unlimited by default; no launch credits.
    String[] sizes = {"nano", "micro", "small", "medium", "large", "xlarge", "2xlarge"};
    int[] vcpus = {2, 2, 2, 2, 2, 4, 8};
    double[] credits = {6, 12, 24, 24, 36, 96, 192};
    double[] t3 = {0.0052, 0.0104, 0.0208, 0.0416, 0.0832, 0.1664, 0.3328};
    double[] t3a = {0.0047, 0.0094, 0.0188, 0.0376, 0.0752, 0.1504, 0.3008};
    double[] t4g = {0.0042, 0.0084, 0.0168, 0.0336, 0.0672, 0.1344, 0.2688};
    for (int i = 0; i < sizes.length; i++) {
      unlimited(t, "t3." + sizes[i], vcpus[i], credits[i], t3[i], SURPLUS_X86);
      unlimited(t, "t3a." + sizes[i], vcpus[i], credits[i], t3a[i], SURPLUS_X86);
      unlimited(t, "t4g." + sizes[i], vcpus[i], credits[i], t4g[i], SURPLUS_ARM);
    }
    // Fixed-performance types often used behind load balancers.
    fixed(t, "c5.large", 2, 0.085);
    fixed(t, "c5.xlarge", 4, 0.17);
    fixed(t, "c6i.large", 2, 0.085);
    fixed(t, "c6i.xlarge", 4, 0.17);
    fixed(t, "c6g.large", 2, 0.068);
    fixed(t, "c7g.large", 2, 0.0725);
    fixed(t, "c7i.large", 2, 0.08925);
    fixed(t, "m5.large", 2, 0.096);
    fixed(t, "m5.xlarge", 4, 0.192);
    fixed(t, "m6i.large", 2, 0.096);
    fixed(t, "m6i.xlarge", 4, 0.192);
    fixed(t, "m6g.large", 2, 0.077);
    fixed(t, "m7i.large", 2, 0.1008);
    fixed(t, "m7g.large", 2, 0.0816);
    fixed(t, "r5.large", 2, 0.126);
    fixed(t, "r6i.large", 2, 0.126);
    TABLE = Collections.unmodifiableMap(t);
  }

  private InstanceTypes() {}

  /** The built-in figures for {@code name} (case-insensitive), if the table has it. */
  public static Optional<InstanceType> find(String name) {
    return name == null ? Optional.empty() : Optional.ofNullable(TABLE.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** Every built-in type, by name. */
  public static Map<String, InstanceType> all() {
    return TABLE;
  }

  /** Memory per burstable size (AWS's T2/T3/T3a/T4g pages: nano 0.5 GiB, micro 1, small 2, medium 4, ...). */
  private static final Map<String, Integer> BURSTABLE_MIB = Map.of("nano", 512, "micro", 1024, "small", 2048,
      "medium", 4096, "large", 8192, "xlarge", 16384, "2xlarge", 32768);
  /** GiB per vCPU of the fixed-performance families in the table: compute 2, general purpose 4, memory 8. */
  private static final Map<Character, Integer> MIB_PER_VCPU = Map.of('c', 2048, 'm', 4096, 'r', 8192);

  /**
   * Memory in MiB of a built-in type (AWS's instance type pages: burstable sizes from 0.5 to 32 GiB; C 2 GiB, M 4 GiB,
   * R 8 GiB per vCPU), for matching {@code InstanceRequirements.MemoryMiB}; empty for a type outside the table.
   */
  public static OptionalInt memoryMiB(String name) {
    Optional<InstanceType> t = find(name);
    if (t.isEmpty()) {
      return OptionalInt.empty();
    }
    InstanceType type = t.get();
    if (type.burstable()) {
      String size = type.name().substring(type.name().indexOf('.') + 1);
      Integer mib = BURSTABLE_MIB.get(size);
      return mib == null ? OptionalInt.empty() : OptionalInt.of(mib);
    }
    Integer perVcpu = MIB_PER_VCPU.get(type.family().charAt(0));
    return perVcpu == null ? OptionalInt.empty() : OptionalInt.of(perVcpu * type.vCpus());
  }

  /**
   * The CPU manufacturer as {@code InstanceRequirements.CpuManufacturers} names it: {@code amazon-web-services} for
   * Graviton families (a {@code g} after the generation, e.g. c7g, t4g), {@code amd} for an {@code a} (t3a),
   * otherwise {@code intel}.
   */
  public static String cpuManufacturer(InstanceType type) {
    String family = type.family();
    String suffix = family.replaceFirst("^[a-z]+[0-9]+", "");
    if (suffix.startsWith("g")) {
      return "amazon-web-services";
    }
    return suffix.startsWith("a") ? "amd" : "intel";
  }

  private static void t2(Map<String, InstanceType> t, String name, int vcpu, double creditsPerHour, double price) {
    t.put(name, new InstanceType(name, vcpu, price, true, creditsPerHour, 24 * creditsPerHour, 30.0 * vcpu, false,
        SURPLUS_X86));
  }

  private static void unlimited(
      Map<String, InstanceType> t, String name, int vcpu, double creditsPerHour, double price, double surplus) {
    t.put(name, new InstanceType(name, vcpu, price, true, creditsPerHour, 24 * creditsPerHour, 0, true, surplus));
  }

  private static void fixed(Map<String, InstanceType> t, String name, int vcpu, double price) {
    t.put(name, new InstanceType(name, vcpu, price, false, 0, 0, 0, false, 0));
  }
}
