package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Instance weights in the group (aws-behaviour §7.1, §7.11 [D]): capacity is counted in units, a launch fills desired
 * "even if this results in an overage" (by less than the largest weight), a scale-in never leaves the group below
 * desired, and each type serves its own CPU capacity.
 */
class WeightedGroupTest {

  private static TypeAllocation types(String onDemandStrategy, TypeAllocation.Type... t) {
    return new TypeAllocation(List.of(t), onDemandStrategy, "lowest-price", 2);
  }

  private static TypeAllocation.Type type(String name, int weight, double price) {
    return new TypeAllocation.Type(name, weight, weight, price, price, 1);
  }

  private static Group group(List<String> azs, List<String> policies, TypeAllocation types) {
    return new Group(GroupTest.params(azs, policies, false, 0, 0, false, 0), 3, PurchaseMix.ALL_ON_DEMAND, types,
        LifecycleHooks.NONE, WarmPool.NONE);
  }

  /** Instances per type that count toward desired. */
  private static int[] perType(Group g) {
    int[] n = new int[g.types().size()];
    for (int i = 0; i < g.cohorts.size; i++) {
      if (!g.cohorts.terminating(i)) {
        n[g.cohorts.type[i]] += g.cohorts.count[i];
      }
    }
    return n;
  }

  @Test
  @DisplayName("§7.11 [D] AWS's weights 2 and 12 (c5.2xlarge, c5.12xlarge): five units remaining and a c5.12xlarge "
      + "launched exceed desired by seven units; the hard limit is desired plus the largest weight")
  void overshootWithWeightsTwoAndTwelve() {
    // prioritized: the override order, c5.12xlarge first, so the 5 units left are filled by one weight-12 instance.
    Group g = group(List.of("a"), List.of("Default"),
        types("prioritized", type("c5.12xlarge", 12, 2.04), type("c5.2xlarge", 2, 0.34)));
    g.start(0, 24, GroupListener.NONE);
    assertThat(g.nonTerminating()).isEqualTo(24);
    g.launch(60, 29 - 24, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(g.lastLaunched()).isEqualTo(1);
    assertThat(g.nonTerminating()).isEqualTo(36).isEqualTo(29 + 7).isLessThan(29 + 12);
    assertThat(g.overage(29)).isEqualTo(7);
    assertThat(perType(g)).containsExactly(3, 0);
  }

  @Test
  @DisplayName("§7.1 [D] \"max 12, current 10, +5 with weights {1, 4, 6} ⇒ desired 12, current 16\"")
  void dynamicScalingPageExample() {
    // Four units On-Demand (OnDemandBaseCapacity 4, 0 % above it) of the prioritized "small"; the rest Spot in the
    // cheapest pool per unit (SpotInstancePools 1), "big": current 10 = 4 × small + 1 × big.
    TypeAllocation t = new TypeAllocation(List.of(new TypeAllocation.Type("small", 1, 1, 0.10, 0.05, 1),
        new TypeAllocation.Type("mid", 4, 4, 0.40, 0.16, 1), new TypeAllocation.Type("big", 6, 6, 0.60, 0.18, 1)),
        "prioritized", "lowest-price", 1);
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 3,
        new PurchaseMix(4, 0), t, LifecycleHooks.NONE, WarmPool.NONE);
    g.start(0, 10, GroupListener.NONE);
    assertThat(g.nonTerminating()).isEqualTo(10);
    assertThat(perType(g)).containsExactly(4, 0, 1);
    // +5 clamped to max 12 by the engine: 2 units wanted, filled by one weight-6 instance.
    g.launch(60, 12 - 10, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(g.nonTerminating()).isEqualTo(16);
    assertThat(g.overage(12)).isEqualTo(4);
  }

  @Test
  @DisplayName("§7.11 [D] the group is \"either at the desired capacity or above it\": a scale-in takes no instance "
      + "whose weight would leave it below desired, and reports nothing as protected")
  void scaleInNeverBelowDesired() {
    Group g = group(List.of("a"), List.of("Default"), types("prioritized", type("c5.2xlarge", 2, 0.34)));
    g.start(0, 32, GroupListener.NONE);
    g.advance(600, 32, GroupListener.NONE, GroupTest.sink());
    // desired 30 ⇒ 29: one unit above desired is not a whole weight-2 instance; nothing is terminated.
    assertThat(g.scaleIn(600, 32 - 31, GroupTest.sink())).isEqualTo(1);
    assertThat(GroupTest.victims).isEmpty();
    assertThat(g.nonTerminating()).isEqualTo(32);
    // 3 units above desired 29: one instance (2 units) goes, the group stays at 30 ≥ 29.
    assertThat(g.scaleIn(600, 32 - 29, GroupTest.sink())).isEqualTo(3);
    assertThat(GroupTest.victims).hasSize(1);
    assertThat(g.nonTerminating()).isEqualTo(30);
    assertThat(g.overage(29)).isEqualTo(1);
  }

  @Test
  @DisplayName("§7.2, §7.11 AZ balance first, in capacity units; then the type; weights 1 and 2 serve demand in "
      + "proportion to CPU capacity, so both run at the same CPU")
  void unitsBalanceAndServe() {
    TypeAllocation t = new TypeAllocation(List.of(type("small", 1, 0.10), type("large", 2, 0.18)), "prioritized",
        "lowest-price", 2);
    Group g = new Group(GroupTest.params(List.of("a", "b"), List.of("Default"), false, 0, 0, false, 0), 3,
        new PurchaseMix(2, 0), t, LifecycleHooks.NONE, WarmPool.NONE);
    g.start(0, 6, GroupListener.NONE); // 2 On-Demand small (one per AZ), 4 Spot units: one large per AZ
    assertThat(g.nonTerminating()).isEqualTo(6);
    assertThat(perType(g)).containsExactly(2, 2);
    g.advance(60, 6, GroupListener.NONE, GroupTest.sink());
    assertThat(g.serving()).isEqualTo(6);
    assertThat(g.servingInstances()).isEqualTo(4);
    assertThat(g.serve(0, 300)).isEqualTo(300.0); // 6 CPU units at 50 %
    assertThat(g.meanCpu()).isEqualTo(50.0);
    assertThat(g.metricCpu()).isEqualTo(50.0);
  }
}
