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

  public InstanceType withPricePerHour(double price) {
    return new InstanceType(name, vCpus, price, burstable, creditsPerHour, maxCredits, launchCredits,
        unlimitedByDefault, surplusCreditPrice);
  }
}
