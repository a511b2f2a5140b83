package dev.asgsim.core.instance;

/**
 * What the simulator and the validator need to know of an EC2 instance type. For burstable types (T2, T3, T3a, T4g)
 * the CPU credit figures follow AWS's table: one credit is one vCPU at 100 % for one minute, so the baseline per vCPU
 * is {@code creditsPerHour / (60 * vCpus)}.
 *
 * @param name                 e.g. {@code t2.nano}
 * @param vCpus                virtual CPUs
 * @param pricePerHour         on-demand Linux price, USD per hour (us-east-1 list price; override per config)
 * @param burstable            whether the type earns and spends CPU credits
 * @param creditsPerHour       credits earned per hour (0 for non-burstable types)
 * @param maxCredits           the most credits it can accrue (24 hours of earnings)
 * @param launchCredits        credits a new instance starts with in standard mode (T2 only: 30 per vCPU)
 * @param unlimitedByDefault   AWS's default credit mode: T2 standard, T3/T3a/T4g unlimited
 * @param surplusCreditPrice   USD per vCPU-hour of surplus credits in unlimited mode
 */
public record InstanceType(
    String name,
    int vCpus,
    double pricePerHour,
    boolean burstable,
    double creditsPerHour,
    double maxCredits,
    double launchCredits,
    boolean unlimitedByDefault,
    double surplusCreditPrice) {

  /** Baseline utilization per vCPU in percent (100 for non-burstable types). */
  public double baselinePercent() {
    return burstable ? creditsPerHour * 100.0 / (60.0 * vCpus) : 100.0;
  }

  /** The instance family, e.g. {@code t2} for {@code t2.nano}. */
  public String family() {
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  /**
   * Whether the type is built on the Nitro System rather than Xen: every type except the Xen families AWS lists (the
   * previous generation, and C4, D2, G3, H1, I3, M4, P2, P3, R4, T2, X1, X1e among the current), bare metal always.
   * It decides how basic monitoring publishes (spec §1.9 [D]: Xen "publishes one aggregated datapoint at the end of
   * the interval"; "Nitro types publish after the first sample and update the same datapoint").
   * https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html
   */
  public boolean nitro() {
    return name.endsWith(".metal") || !XEN_FAMILIES.contains(family().toLowerCase(java.util.Locale.ROOT));
  }

  private static final java.util.Set<String> XEN_FAMILIES = java.util.Set.of("t1", "t2", "m1", "m2", "m3", "m4", "c1",
      "c3", "c4", "r3", "r4", "x1", "x1e", "d2", "g2", "g3", "g3s", "h1", "i2", "i3", "p2", "p3", "f1", "hs1", "cc2",
      "cr1");

  public InstanceType withPricePerHour(double price) {
    return new InstanceType(name, vCpus, price, burstable, creditsPerHour, maxCredits, launchCredits,
        unlimitedByDefault, surplusCreditPrice);
  }
}
