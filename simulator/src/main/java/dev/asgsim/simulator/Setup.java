// Over 300 lines because it is the one place a config becomes a run's numbers (defaults, types, purchase mix, Spot
// histories); each resolution is a short static method.
package dev.asgsim.simulator;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingProcess;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.config.SimulationSettings.InstanceTypeOverride;
import dev.asgsim.core.instance.InstanceType;
import dev.asgsim.core.instance.AttributeSelection;
import dev.asgsim.core.instance.TypeCatalog;
import dev.asgsim.core.policy.WarmupChain;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.internal.group.CreditParams;
import dev.asgsim.simulator.internal.group.GroupParams;
import dev.asgsim.simulator.internal.group.PurchaseMix;
import dev.asgsim.simulator.internal.group.TypeAllocation;
import dev.asgsim.simulator.spot.PoolHistory;
import dev.asgsim.simulator.spot.PoolSeries;
import dev.asgsim.simulator.spot.SpotHistoryException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Resolves a config into the numbers a run needs: AWS defaults, aws-behaviour §12 defaults, the instance type table. */
final class Setup {
  private Setup() {}

  /** The instance type with the config's overrides ({@code Simulation.InstanceTypes}, {@code PricePerHour}). */
  static InstanceType instanceType(SimulationSettings s) {
    String name = s.instanceType();
    if (name == null || name.isBlank()) {
      throw new SimulationException("Simulation.InstanceType is not set; name the type the launch template launches,"
          + " e.g. 'InstanceType: t3.micro'");
    }
    InstanceType t = TypeCatalog.resolve(s, name).orElseThrow(() -> refused(s, "Simulation.InstanceType"));
    if (s.pricePerHour() != null) {
      t = t.withPricePerHour(s.pricePerHour());
    }
    return t;
  }

  /**
   * Percent of one instance's CPU per unit of load (aws-behaviour §12.2 [I]): {@code 100 / RequestsPerMinuteAtFullCpu} when
   * the load is requests per minute, else 1 (the load is CPU percent).
   */
  static double cpuPerLoadUnit(SimulationSettings s) {
    Double r = s.effectiveRequestsPerMinuteAtFullCpu();
    if (r == null) {
      return 1.0;
    }
    if (!(Double.isFinite(r) && r > 0)) {
      throw new SimulationException("Simulation.RequestsPerMinuteAtFullCpu must be above 0 (got " + r + "): write the "
          + "requests per minute one instance serves at 100 % CPU");
    }
    return 100.0 / r;
  }

  /**
   * A setting the validator refuses cannot be simulated; the validator's words say why, so each rule has one home
   * (issue 10 item 4). Reached only by callers that skip the validator (the library API); the commands and every
   * sweep point are validated first.
   */
  private static SimulationException refused(SimulationSettings s, String path) {
    ScalingConfig settingsOnly = ScalingConfig.builder().simulation(s).build();
    return Validator.defaults().validate(settingsOnly).stream()
        .filter(f -> f.severity() == Severity.ERROR && f.path().startsWith(path))
        .findFirst()
        .map(f -> new SimulationException(f.path() + ": " + f.message() + "; " + f.fix()))
        .orElseGet(() -> new SimulationException(path + " cannot be simulated; asgsim validate says why"));
  }

  static CreditParams credits(InstanceType t, SimulationSettings s) {
    if (!t.burstable()) {
      return CreditParams.FIXED;
    }
    boolean unlimited = t.unlimitedByDefault();
    if (s.creditSpecification() != null) {
      String spec = s.creditSpecification().trim().toLowerCase(Locale.ROOT);
      switch (spec) {
        case "standard" -> unlimited = false;
        case "unlimited" -> unlimited = true;
        default -> throw refused(s, "Simulation.CreditSpecification");
      }
    }
    // [D] aws-behaviour §8.1: launch credits exist in standard mode only (T2); unlimited instances start at 0.
    double launch = unlimited ? 0 : t.launchCredits();
    // A given InitialCredits is a running group's earned balance; without it the group is new, with launch credits.
    boolean given = s.initialCredits() != null;
    return new CreditParams(true, unlimited, t.vCpus(), t.creditsPerHour() / 60.0, t.maxCredits(),
        t.baselinePercent(), given ? s.initialCredits() : 0, given ? 0 : launch, launch, t.surplusCreditPrice());
  }

  /**
   * What one outside target serves at most, in percent of one group instance's CPU (aws-behaviour §12.1a [I]): 100 × its
   * vCPUs / the group type's vCPUs (the load balancer sends every healthy target the same share of requests).
   */
  static double outsideCapacityPercent(SimulationSettings s, InstanceType groupType) {
    String name = s.effectiveOutsideTargets().instanceType();
    InstanceType t = name == null ? groupType : instanceType(s.toBuilder().instanceType(name).pricePerHour(null).build());
    return 100.0 * t.vCpus() / groupType.vCpus();
  }

  /**
   * The On-Demand / Spot split of the group's launches (aws-behaviour §7.11): the mixed instances policy's
   * distribution with AWS's defaults, all On-Demand without one. Spot launches stop when every type's Spot price is
   * above {@code SpotMaxPrice} (default: its On-Demand price, so never with a discount; {@link #types}).
   */
  static PurchaseMix purchaseMix(ScalingConfig config, TypeAllocation types) {
    MixedInstancesPolicy m = config.autoScalingGroup().mixedInstancesPolicy();
    if (m == null) {
      return PurchaseMix.ALL_ON_DEMAND;
    }
    MixedInstancesPolicy.InstancesDistribution d = m.effectiveDistribution();
    return new PurchaseMix(d.onDemandBaseCapacity(), d.onDemandPercentageAboveBaseCapacity(),
        types.anySpotLaunches());
  }

  /**
   * The instance types the group launches (aws-behaviour §7.11): the mixed instances policy's overrides that name a
   * type, in their order, each with its weight, CPU capacity ({@code Simulation.InstanceTypes.<type>.CpuCapacity},
   * else its weight [I]), On-Demand price (the type table, {@code Simulation.InstanceTypes}; {@code Simulation.PricePerHour}
   * for {@code reference} only), Spot price and Spot pool capacity ({@code Simulation.Spot}), and CPU credits
   * ({@code settle}d for the start; {@code reference}'s are the group's); or the types InstanceRequirements select
   * ({@link #selected}). Without such overrides (no policy): {@code reference} alone, weight 1.
   */
  static TypeAllocation types(ScalingConfig config, InstanceType reference, UnaryOperator<CreditParams> settle) {
    MixedInstancesPolicy m = config.autoScalingGroup().mixedInstancesPolicy();
    if (m != null && m.attributeBased()) {
      return selected(config, reference, settle);
    }
    SimulationSettings s = config.effectiveSimulation();
    List<TypeAllocation.Type> types = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (LaunchTemplateOverride o : m == null ? List.<LaunchTemplateOverride>of() : m.overrides()) {
      if (o == null || o.instanceType() == null || !seen.add(o.instanceType().trim().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String name = o.instanceType().trim();
      InstanceType t = name.equalsIgnoreCase(reference.name()) ? reference
          : instanceType(s.toBuilder().instanceType(name).pricePerHour(null).build());
      int weight = o.effectiveWeight();
      InstanceTypeOverride own = TypeCatalog.override(s, name);
      types.add(type(config, t, reference, weight, own != null && own.cpuCapacity() != null ? own.cpuCapacity()
          : weight, true, true, settle));
    }
    if (types.isEmpty()) {
      double spotPrice = spotPricePerHour(config, reference.pricePerHour());
      return new TypeAllocation(List.of(new TypeAllocation.Type(reference.name(), 1, 1, reference.pricePerHour(),
          spotPrice, 1, spotPrice <= spotMaxPrice(config, reference.pricePerHour()) + 1e-9)), "prioritized",
          "lowest-price", 1);
    }
    return allocation(m, types);
  }

  /**
   * The types the InstanceRequirements select (aws-behaviour §7.11, {@link AttributeSelection}: matched against the
   * built-in table and {@code Simulation.InstanceTypes}, price protection per purchase option), each weighted by
   * {@code DesiredCapacityType} and serving its vCPUs over {@code reference}'s unless
   * {@code Simulation.InstanceTypes.<type>.CpuCapacity} says otherwise [I].
   */
  private static TypeAllocation selected(ScalingConfig config, InstanceType reference,
      UnaryOperator<CreditParams> settle) {
    SimulationSettings s = config.effectiveSimulation();
    List<TypeAllocation.Type> types = new ArrayList<>();
    for (AttributeSelection.Selected sel : AttributeSelection.of(config).types()) {
      InstanceType t = sel.type().name().equalsIgnoreCase(reference.name()) ? reference : sel.type();
      InstanceTypeOverride own = TypeCatalog.override(s, t.name());
      double cpu = own != null && own.cpuCapacity() != null ? own.cpuCapacity()
          : (double) t.vCpus() / reference.vCpus();
      types.add(type(config, t, reference, sel.weight(), cpu, sel.onDemand(), sel.spot(), settle));
    }
    if (types.isEmpty()) {
      throw new SimulationException("AutoScalingGroup.MixedInstancesPolicy.LaunchTemplate.Overrides: the "
          + "InstanceRequirements match no instance type asgsim knows (aws-behaviour §7.11); describe the types AWS "
          + "would select under Simulation.InstanceTypes (VCpus, MemoryMiB, PricePerHour)");
    }
    return allocation(config.autoScalingGroup().mixedInstancesPolicy(), types);
  }

  /** One type of the group, priced and with its credits. */
  private static TypeAllocation.Type type(ScalingConfig config, InstanceType t, InstanceType reference, int weight,
      double cpu, boolean onDemand, boolean spotAllowed, UnaryOperator<CreditParams> settle) {
    SimulationSettings s = config.effectiveSimulation();
    SpotSettings spot = s.spot() == null ? new SpotSettings(null) : s.spot();
    double spotPrice = spot.spotPricePerHour(t.name(), t.pricePerHour());
    // Prices are decimal USD: a binary rounding of the discount must not make an equal price "above".
    boolean spotLaunches = spotAllowed && spotPrice <= spotMaxPrice(config, t.pricePerHour()) + 1e-9;
    // Each type earns, spends and is throttled by its own credits (aws-behaviour §8.1); the reference's are the group's.
    CreditParams credits = t == reference ? null : settle.apply(credits(t, s));
    return new TypeAllocation.Type(t.name(), weight, cpu, t.pricePerHour(), spotPrice, spot.poolCapacity(t.name()),
        spotLaunches, onDemand, credits);
  }

  private static TypeAllocation allocation(MixedInstancesPolicy m, List<TypeAllocation.Type> types) {
    MixedInstancesPolicy.InstancesDistribution d = m.effectiveDistribution();
    return new TypeAllocation(types, d.onDemandAllocationStrategy(), d.spotAllocationStrategy(),
        d.spotInstancePools() == null ? 1 : d.spotInstancePools());
  }

  /**
   * The Spot price per instance-hour: {@code Simulation.Spot.DiscountPercent} off On-Demand, else the On-Demand price.
   */
  static double spotPricePerHour(ScalingConfig config, double onDemandPricePerHour) {
    SpotSettings spot = config.effectiveSimulation().spot();
    return spot == null ? onDemandPricePerHour : spot.spotPricePerHour(onDemandPricePerHour);
  }

  /** {@code SpotMaxPrice}: "" or absent is the On-Demand price (aws-behaviour §7.11 [D]). */
  static double spotMaxPrice(ScalingConfig config, double onDemandPricePerHour) {
    MixedInstancesPolicy m = config.autoScalingGroup().mixedInstancesPolicy();
    String max = m == null ? null : m.effectiveDistribution().spotMaxPrice();
    return max == null || max.isBlank() ? onDemandPricePerHour : Double.parseDouble(max.trim());
  }

  /** Whether the group runs Spot capacity: a mixed instances policy with less than 100 % On-Demand above its base. */
  static boolean usesSpot(ScalingConfig config) {
    MixedInstancesPolicy m = config.autoScalingGroup().mixedInstancesPolicy();
    return m != null && m.effectiveDistribution().usesSpot();
  }

  /**
   * The Spot price per pool over time (aws-behaviour §7.11): the history, and before a pool's first price or for a
   * pool it lacks, the type's constant Spot price ({@code Simulation.Spot.PricePerHour}, the discount, On-Demand).
   */
  static PoolSeries spotPrices(PoolHistory history, SpotSettings spot, TypeAllocation types, List<String> azs,
      long runStart) {
    double[] fallback = new double[azs.size() * types.size()];
    for (int p = 0; p < fallback.length; p++) {
      fallback[p] = types.type(p % types.size()).spotPricePerHour();
    }
    return pools(history, spot, types, azs, fallback, runStart);
  }

  /**
   * The interruption hazard per pool over time (aws-behaviour §7.7): the history, and before a pool's first row or
   * for a pool it lacks, {@code Simulation.Spot.InterruptionsPerInstanceHour} (none: 0).
   */
  static PoolSeries spotHazard(PoolHistory history, SpotSettings spot, TypeAllocation types, List<String> azs,
      long runStart) {
    double[] fallback = new double[azs.size() * types.size()];
    java.util.Arrays.fill(fallback, spot.interruptionsPerInstanceHour() == null ? 0
        : spot.interruptionsPerInstanceHour());
    return pools(history, spot, types, azs, fallback, runStart);
  }

  /** {@code history} on the group's pools, moved to {@code runStart} with {@code HistoryAlignment: RunStart} [I]. */
  private static PoolSeries pools(PoolHistory history, SpotSettings spot, TypeAllocation types, List<String> azs,
      double[] fallback, long runStart) {
    List<String> names = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      names.add(types.name(t));
    }
    try {
      return new PoolSeries(history, azs, names, fallback,
          spot.alignsHistoryToRunStart() ? runStart - history.earliest() : 0);
    } catch (SpotHistoryException e) {
      throw new SimulationException(e.getMessage());
    }
  }

  /** Per type, {@code SpotMaxPrice} (default its On-Demand price, aws-behaviour §7.11 [D]). */
  static double[] spotMaxPrices(ScalingConfig config, TypeAllocation types) {
    double[] max = new double[types.size()];
    for (int t = 0; t < max.length; t++) {
      max[t] = spotMaxPrice(config, types.type(t).onDemandPricePerHour());
    }
    return max;
  }

  static GroupParams group(ScalingConfig config, CreditParams credits, InstanceType type) {
    AutoScalingGroup g = config.autoScalingGroup();
    SimulationSettings s = config.effectiveSimulation();
    List<String> azs = new ArrayList<>(g.availabilityZones() == null ? List.of() : g.availabilityZones());
    if (azs.isEmpty()) {
      for (String subnet : g.subnets()) {
        azs.add(subnet);
      }
    }
    if (azs.isEmpty()) {
      azs.add("zone-a");
    }
    List<String> policies = g.terminationPolicies() == null || g.terminationPolicies().isEmpty()
        ? List.of("Default") : g.terminationPolicies();
    boolean lb = g.hasLoadBalancer();
    // SuspendedProcesses (aws-behaviour §7.8 [D]): without HealthCheck nothing is marked Unhealthy, without ReplaceUnhealthy
    // or Terminate nothing unhealthy is replaced; without Terminate no instance retires at MaxInstanceLifetime.
    Set<ScalingProcess> off = g.suspended();
    boolean terminates = !off.contains(ScalingProcess.Terminate);
    boolean replaces = terminates && !off.contains(ScalingProcess.HealthCheck)
        && !off.contains(ScalingProcess.ReplaceUnhealthy);
    int lifetime = g.maxInstanceLifetime() == null || !terminates ? 0 : g.maxInstanceLifetime();
    return new GroupParams(azs, lb, g.healthCheckTypes().contains("ELB") && lb && replaces,
        g.effectiveHealthCheckGracePeriod(),
        policies, g.newInstancesProtected(), lifetime, WarmupChain.forOther(g), s.effectiveLaunchDelaySeconds(),
        s.effectiveLaunchDelayJitterSeconds(), s.effectiveAppStartSeconds(), s.effectiveHealthCheckIntervalSeconds(),
        s.effectiveHealthyThresholdCount(), s.effectiveUnhealthyThresholdCount(),
        s.effectiveGroupHealthCheckIntervalSeconds(), lb ? s.effectiveDeregistrationDelaySeconds() : 0, credits,
        !off.contains(ScalingProcess.AddToLoadBalancer),
        WarmupChain.defaultWarmupEnabled(g) || s.effectivePolicyWarmupHidesMetrics(), s.effectivePendingSeconds(),
        lb ? s.effectiveOutsideTargets().serving() : 0, outsideCapacityPercent(s, type));
  }
}
