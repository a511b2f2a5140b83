package dev.asgsim.simulator.internal.group;

import dev.asgsim.simulator.spot.PoolSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The instance types a group launches and which one each launch takes (aws-behaviour §7.11 [D]): the overrides of a
 * mixed instances policy in their order, each with its {@code WeightedCapacity} (capacity units), its CPU capacity
 * relative to {@code Simulation.InstanceType}, its On-Demand and Spot price and its Spot pools' relative spare
 * capacity. "Instances are balanced across AZs first, then the allocation strategies pick types and pools": the AZ is
 * chosen by {@link Zones}, then {@link #pick} names the type in it.
 *
 * <p>The strategies, as AWS words them and as asgsim reads them where AWS is silent ([I], the run's notes say so):
 * <ul>
 *   <li>On-Demand {@code prioritized}: "the order of instance types in the list of launch template overrides"; the
 *       first always launches (asgsim has no insufficient-capacity errors, so the next is never needed).</li>
 *   <li>On-Demand and Spot {@code lowest-price}: the lowest price per capacity unit (price ÷ weight) [I]; Spot spreads
 *       over the {@code SpotInstancePools} cheapest pools of the AZ, each launch into the one with the fewest of its
 *       instances.</li>
 *   <li>{@code capacity-optimized}: the pools with the most spare capacity; AWS does not publish it, so
 *       {@code Simulation.Spot.PoolCapacity} says it (1 by default) and launches spread over the pools tied at the
 *       most [I].</li>
 *   <li>{@code capacity-optimized-prioritized}: the most spare capacity, then the override order ("honors instance
 *       type priorities on a best-effort basis").</li>
 *   <li>{@code price-capacity-optimized}: the pools with the most spare capacity, then the lowest priced of them.</li>
 * </ul>
 * Termination by {@code AllocationStrategy} takes the least preferred type first ({@link #terminationRank}).
 *
 * <p>With a Spot price history ({@link #priceSpotAt}) a Spot launch reads the prices in effect at its time in its AZ:
 * the price-based strategies order the pools by them, and a pool priced above its type's {@code SpotMaxPrice} gets
 * no launch (aws-behaviour §7.11: "your Spot Instances are not launched"); with every pool of the AZ above it the
 * strategy's first is launched all the same [I] (and interrupted, {@link SpotInterruptions}).
 */
public final class TypeAllocation {
  /** One type of weight 1 and CPU capacity 1: a group without a mixed instances policy. */
  public static final TypeAllocation SINGLE = single("", 0, 0);

  /**
   * One instance type of the group.
   *
   * @param cpuCapacity     what one instance serves at 100 % CPU, in instances of the reference type
   * @param poolCapacity    the relative spare capacity of its Spot pools (higher: more)
   * @param spotLaunches    its Spot price is at most {@code SpotMaxPrice}: "If your maximum price is lower than the Spot
   *                        price for the instance types that you selected, your Spot Instances are not launched"
   *                        (aws-behaviour §7.11 [D]), and Spot price protection keeps it (attribute-based selection)
   * @param onDemandLaunches On-Demand launches may take it: On-Demand price protection keeps it (attribute-based
   *                        selection, aws-behaviour §7.11 [D]); always for named types
   * @param credits         its CPU credits (aws-behaviour §8.1); null: the group's ({@link GroupParams#credits()})
   */
  public record Type(String name, int weight, double cpuCapacity, double onDemandPricePerHour,
      double spotPricePerHour, double poolCapacity, boolean spotLaunches, boolean onDemandLaunches,
      CreditParams credits) {
    public Type {
      if (weight < 1 || !(cpuCapacity > 0)) {
        throw new IllegalArgumentException(name + ": weight " + weight + " and CPU capacity " + cpuCapacity
            + " must be positive");
      }
    }

    /** A type On-Demand launches take, with the group's credits. */
    public Type(String name, int weight, double cpuCapacity, double onDemandPricePerHour, double spotPricePerHour,
        double poolCapacity, boolean spotLaunches) {
      this(name, weight, cpuCapacity, onDemandPricePerHour, spotPricePerHour, poolCapacity, spotLaunches, true, null);
    }

    /** A type whose Spot instances launch. */
    public Type(String name, int weight, double cpuCapacity, double onDemandPricePerHour, double spotPricePerHour,
        double poolCapacity) {
      this(name, weight, cpuCapacity, onDemandPricePerHour, spotPricePerHour, poolCapacity, true);
    }
  }

  private final Type[] types;
  private final int[] weight;
  private final double[] cpu;
  /** Per purchase option: the types in the order the strategy prefers them. */
  private final int[][] order;
  /** Per purchase option: how many of {@link #order}'s first types a launch chooses among (by fewest in the AZ). */
  private final int[] spread;
  private final int[][] rank;
  private final String onDemandStrategy;
  private final String spotStrategy;
  private final int largestWeight;
  private final int spotPools;
  /** The Spot price per pool over time and each type's SpotMaxPrice, or null: the types' constant prices. */
  private PoolSeries spotPrices;
  private double[] spotMaxPrice;
  /** When the launch being placed happens (set by {@link #launchAt}). */
  private long now;
  private int launchedAboveMax;

  /**
   * @param onDemandStrategy  {@code OnDemandAllocationStrategy}
   * @param spotStrategy      {@code SpotAllocationStrategy}
   * @param spotPools         {@code SpotInstancePools} (lowest-price only)
   */
  public TypeAllocation(List<Type> types, String onDemandStrategy, String spotStrategy, int spotPools) {
    if (types.isEmpty() || types.size() > Byte.MAX_VALUE) {
      throw new IllegalArgumentException("a group needs 1 to 127 instance types, not " + types.size());
    }
    this.types = types.toArray(Type[]::new);
    this.weight = types.stream().mapToInt(Type::weight).toArray();
    this.cpu = types.stream().mapToDouble(Type::cpuCapacity).toArray();
    this.largestWeight = types.stream().mapToInt(Type::weight).max().orElse(1);
    this.onDemandStrategy = onDemandStrategy.toLowerCase(Locale.ROOT);
    this.spotStrategy = spotStrategy.toLowerCase(Locale.ROOT);
    this.spotPools = spotPools;
    this.order = new int[][] {order(this.onDemandStrategy, false), order(this.spotStrategy, true)};
    this.spread = new int[] {1, spreadOf(this.spotStrategy, spotPools, order[PurchaseMix.SPOT])};
    this.rank = new int[2][this.types.length];
    for (int option = 0; option < 2; option++) {
      // Types Spot does not launch (above SpotMaxPrice) go first.
      Arrays.fill(rank[option], order[option].length);
      for (int k = 0; k < order[option].length; k++) {
        // Types a launch spreads over are alike to AllocationStrategy; the others go first, least preferred first.
        rank[option][order[option][k]] = Math.max(0, k - spread[option] + 1);
      }
    }
  }

  /** One type of weight 1, CPU capacity 1, at these prices. */
  public static TypeAllocation single(String name, double onDemandPricePerHour, double spotPricePerHour) {
    return new TypeAllocation(List.of(new Type(name, 1, 1, onDemandPricePerHour, spotPricePerHour, 1)),
        "prioritized", "lowest-price", 1);
  }

  private int[] order(String strategy, boolean spot) {
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      // Spot launches only the types priced at or under SpotMaxPrice; with none the group launches no Spot at all.
      // On-Demand launches the types its price protection keeps (aws-behaviour §7.11).
      if (spot ? types[i].spotLaunches() || !anySpotLaunches() : types[i].onDemandLaunches()) {
        idx.add(i);
      }
    }
    return idx.stream().sorted(comparator(strategy, i -> unitPrice(i, spot))).mapToInt(Integer::intValue).toArray();
  }

  /** The strategy's preference between types, at the price per capacity unit {@code unitPrice}. */
  private Comparator<Integer> comparator(String strategy, java.util.function.IntToDoubleFunction unitPrice) {
    Comparator<Integer> byOverride = Comparator.naturalOrder();
    Comparator<Integer> byUnitPrice = Comparator.comparingDouble(unitPrice::applyAsDouble);
    Comparator<Integer> byCapacity = Comparator.comparingDouble(i -> -types[i].poolCapacity());
    return switch (strategy) {
      case "lowest-price" -> byUnitPrice.thenComparing(byOverride);
      case "capacity-optimized", "capacity-optimized-prioritized" -> byCapacity.thenComparing(byOverride);
      case "price-capacity-optimized" -> byCapacity.thenComparing(byUnitPrice).thenComparing(byOverride);
      default -> byOverride; // prioritized
    };
  }

  private int spreadOf(String strategy, int pools, int[] spot) {
    if (strategy.equals("lowest-price")) {
      return Math.max(1, Math.min(pools, spot.length));
    }
    if (strategy.equals("capacity-optimized")) {
      // The order starts with the pools of the most spare capacity.
      int n = 1;
      while (n < spot.length && types[spot[n]].poolCapacity() == types[spot[0]].poolCapacity()) {
        n++;
      }
      return n;
    }
    return 1;
  }

  /** Whether any type's Spot price is at most SpotMaxPrice (aws-behaviour §7.11 [D]). */
  public boolean anySpotLaunches() {
    for (Type t : types) {
      if (t.spotLaunches()) {
        return true;
      }
    }
    return false;
  }

  private double unitPrice(int i, boolean spot) {
    return (spot ? types[i].spotPricePerHour() : types[i].onDemandPricePerHour()) / types[i].weight();
  }

  /**
   * The type the next instance of purchase {@code option} launched into {@code az} takes: the strategy's first, or
   * among its first {@code spread} the one with the fewest instances of that option in the AZ (the earlier on a tie).
   */
  int pick(int option, int az, Zones zones) {
    if (option == PurchaseMix.SPOT && spotPrices != null) {
      return pickAtPrices(az, zones);
    }
    return fewest(order[option], spread[option], option, az, zones);
  }

  /** Among the first {@code spread} of {@code o}, the type with the fewest instances of {@code option} in {@code az}. */
  private static int fewest(int[] o, int spread, int option, int az, Zones zones) {
    int best = o[0];
    for (int k = 1; k < spread; k++) {
      if (zones.instances(az, option, o[k]) < zones.instances(az, option, best)) {
        best = o[k];
      }
    }
    return best;
  }

  /** A Spot launch into {@code az} at the pools' prices {@link #now}: only pools at or under SpotMaxPrice. */
  private int pickAtPrices(int az, Zones zones) {
    double[] price = new double[types.length];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      price[i] = spotPrices.at(SpotInterruptions.pool(az, i, types.length), now);
      if (price[i] <= spotMaxPrice[i] + 1e-9) {
        open.add(i);
      }
    }
    if (open.isEmpty()) {
      launchedAboveMax++;
      return order[PurchaseMix.SPOT][0];
    }
    int[] o = open.stream().sorted(comparator(spotStrategy, i -> price[i] / types[i].weight()))
        .mapToInt(Integer::intValue).toArray();
    return fewest(o, spreadOf(spotStrategy, spotPools, o), PurchaseMix.SPOT, az, zones);
  }

  /** Spot launches read {@code prices} per pool at their time, and skip pools above {@code maxPrice} (per type). */
  void priceSpotAt(PoolSeries prices, double[] maxPrice) {
    this.spotPrices = prices;
    this.spotMaxPrice = maxPrice.clone();
  }

  /** The launches placed next happen at {@code t} (the prices they read; nothing to note without a history). */
  void launchAt(long t) {
    if (spotPrices != null) {
      now = t; // never written on the shared SINGLE, which has no history
    }
  }

  /** Spot instances launched into a pool above SpotMaxPrice because every pool of their AZ was. */
  public int launchedAboveMax() {
    return launchedAboveMax;
  }

  /**
   * Under the {@code AllocationStrategy} termination policy, how early an instance of {@code type} and {@code option}
   * goes: higher first ("terminate instances to align the remaining instances to the allocation strategy",
   * aws-behaviour §7.4). Types a launch spreads over rank alike.
   */
  int terminationRank(int option, int type) {
    return rank[option][type];
  }

  /** Type {@code t}'s CPU credits: its own, or {@code group}'s (aws-behaviour §8.1). */
  public CreditParams credits(int t, CreditParams group) {
    CreditParams own = types[t].credits();
    return own == null ? group : own;
  }

  public int size() { return types.length; }
  public Type type(int t) { return types[t]; }
  public String name(int t) { return types[t].name(); }
  int weight(int t) { return weight[t]; }
  double cpu(int t) { return cpu[t]; }

  /** Every type's CPU capacity is exactly 1 (one type without overrides): a served CPU share needs no multiplication. */
  boolean unitCpu() {
    for (double c : cpu) {
      if (c != 1.0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Capacity units per instance of the reference type's CPU, of the type On-Demand launches take first: weight ÷ CPU
   * capacity (1 without weights, and for weighted types whose CPU capacity is their weight). A steady start sizes the
   * group with it (aws-behaviour §12.1 [I]).
   */
  public double unitsPerCpu() {
    return weight[order[PurchaseMix.ON_DEMAND][0]] / cpu[order[PurchaseMix.ON_DEMAND][0]];
  }

  /** Capacity units per instance of the type On-Demand launches take first (a load balancer target). */
  public int unitsPerTarget() {
    return weight[order[PurchaseMix.ON_DEMAND][0]];
  }

  /** The largest weight: a launch overshoots desired by less than this (aws-behaviour §7.1, §7.11). */
  public int largestWeight() {
    return largestWeight;
  }

  /** The strategy of purchase {@code option} ({@link PurchaseMix#ON_DEMAND} or {@link PurchaseMix#SPOT}). */
  public String strategy(int option) {
    return option == PurchaseMix.SPOT ? spotStrategy : onDemandStrategy;
  }
}
