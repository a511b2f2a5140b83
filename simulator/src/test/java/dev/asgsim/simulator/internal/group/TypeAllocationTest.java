package dev.asgsim.simulator.internal.group;

import static dev.asgsim.simulator.internal.group.PurchaseMix.ON_DEMAND;
import static dev.asgsim.simulator.internal.group.PurchaseMix.SPOT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The allocation strategies (aws-behaviour §7.11 [D]): "Instances are balanced across AZs first, then the allocation
 * strategies pick types and pools". Pool capacity is not published by AWS, so it comes from the file
 * ({@code Simulation.Spot.PoolCapacity}); these tests give it where a strategy needs it.
 */
class TypeAllocationTest {
  /** a: cheapest per unit On-Demand; b: cheapest per unit Spot, most spare capacity; c: second Spot, cheapest instance. */
  private static final List<TypeAllocation.Type> TYPES = List.of(
      new TypeAllocation.Type("a", 1, 1, 0.10, 0.040, 1),
      new TypeAllocation.Type("b", 2, 2, 0.24, 0.060, 3),
      new TypeAllocation.Type("c", 1, 1, 0.12, 0.035, 1));

  /** The types of {@code n} units launched into one AZ, one instance at a time as {@link Zones#spread} does. */
  private static String launched(TypeAllocation t, int option, int n) {
    Zones z = new Zones(1, t);
    int[][] placed = z.spread(n, option);
    StringBuilder b = new StringBuilder();
    for (int type = 0; type < t.size(); type++) {
      b.append(t.name(type)).append(placed[0][type]);
    }
    return b.toString();
  }

  @Test
  @DisplayName("§7.11 [D] On-Demand prioritized: \"the order of instance types in the list of launch template "
      + "overrides\"; lowest-price: the lowest price per unit")
  void onDemand() {
    assertThat(launched(new TypeAllocation(TYPES, "prioritized", "lowest-price", 2), ON_DEMAND, 4))
        .isEqualTo("a4b0c0");
    List<TypeAllocation.Type> reversed = List.of(TYPES.get(2), TYPES.get(1), TYPES.get(0));
    assertThat(launched(new TypeAllocation(reversed, "prioritized", "lowest-price", 2), ON_DEMAND, 4))
        .isEqualTo("c4b0a0");
    assertThat(launched(new TypeAllocation(reversed, "lowest-price", "lowest-price", 2), ON_DEMAND, 4))
        .isEqualTo("c0b0a4");
  }

  @Test
  @DisplayName("§7.11 [D] Spot lowest-price spreads over the SpotInstancePools cheapest pools (per unit: b 0.030, "
      + "c 0.035, a 0.040)")
  void spotLowestPrice() {
    assertThat(launched(new TypeAllocation(TYPES, "prioritized", "lowest-price", 2), SPOT, 6)).isEqualTo("a0b2c2");
    assertThat(launched(new TypeAllocation(TYPES, "prioritized", "lowest-price", 1), SPOT, 6)).isEqualTo("a0b3c0");
    assertThat(launched(new TypeAllocation(TYPES, "prioritized", "lowest-price", 3), SPOT, 8)).isEqualTo("a2b2c2");
  }

  @Test
  @DisplayName("§7.11 capacity-optimized: the pools with the most spare capacity (PoolCapacity), spread over ties; "
      + "-prioritized: then the override order; price-capacity-optimized: then the lowest price")
  void capacityStrategies() {
    assertThat(launched(new TypeAllocation(TYPES, "prioritized", "capacity-optimized", 2), SPOT, 4))
        .isEqualTo("a0b2c0");
    List<TypeAllocation.Type> alike = TYPES.stream()
        .map(t -> new TypeAllocation.Type(t.name(), t.weight(), t.cpuCapacity(), t.onDemandPricePerHour(),
            t.spotPricePerHour(), 1)).toList();
    assertThat(launched(new TypeAllocation(alike, "prioritized", "capacity-optimized", 2), SPOT, 4))
        .isEqualTo("a1b1c1");
    assertThat(launched(new TypeAllocation(alike, "prioritized", "capacity-optimized-prioritized", 2), SPOT, 4))
        .isEqualTo("a4b0c0");
    assertThat(launched(new TypeAllocation(alike, "prioritized", "price-capacity-optimized", 2), SPOT, 4))
        .isEqualTo("a0b2c0");
  }

  @Test
  @DisplayName("§7.11 [D] \"If your maximum price is lower than the Spot price for the instance types that you "
      + "selected, your Spot Instances are not launched\": a type above SpotMaxPrice gets no Spot instance")
  void spotMaxPricePerType() {
    List<TypeAllocation.Type> capped = List.of(TYPES.get(0),
        new TypeAllocation.Type("b", 2, 2, 0.24, 0.060, 3, false), TYPES.get(2));
    TypeAllocation t = new TypeAllocation(capped, "prioritized", "lowest-price", 1);
    assertThat(launched(t, SPOT, 3)).isEqualTo("a0b0c3");
    assertThat(t.anySpotLaunches()).isTrue();
    assertThat(t.terminationRank(SPOT, 1)).isGreaterThan(t.terminationRank(SPOT, 0));
    assertThat(new TypeAllocation(List.of(new TypeAllocation.Type("b", 2, 2, 0.24, 0.060, 3, false)), "prioritized",
        "lowest-price", 1).anySpotLaunches()).isFalse();
  }

  @Test
  @DisplayName("§7.4 [D] AllocationStrategy termination: the type the strategy prefers least goes first; among pools "
      + "a launch spreads over, the fuller one")
  void terminationRank() {
    TypeAllocation t = new TypeAllocation(TYPES, "prioritized", "lowest-price", 2);
    // On-Demand prioritized: c (last override) before b before a.
    assertThat(t.terminationRank(ON_DEMAND, 2)).isGreaterThan(t.terminationRank(ON_DEMAND, 1));
    assertThat(t.terminationRank(ON_DEMAND, 1)).isGreaterThan(t.terminationRank(ON_DEMAND, 0));
    // Spot lowest-price over 2 pools: a (outside the two cheapest) first; b and c alike.
    assertThat(t.terminationRank(SPOT, 0)).isGreaterThan(t.terminationRank(SPOT, 1));
    assertThat(t.terminationRank(SPOT, 1)).isEqualTo(t.terminationRank(SPOT, 2));
    Zones z = new Zones(1, t);
    z.spread(5, SPOT); // b, c, b: 2 × b, 1 × c
    assertThat(z.instances(0, SPOT, 1)).isEqualTo(2);
    assertThat(z.compareForTermination(0, SPOT, 1, 0, SPOT, 2)).isNegative();
  }
}
