package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.instance.InstanceType;
import dev.asgsim.core.instance.InstanceTypes;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CPU credits per instance type in a group that mixes types (aws-behaviour §8.1 [D], §7.11): each burstable type earns
 * at its own rate, is held at its own baseline out of credits (t3.micro: 12 credits/h, 10 % per vCPU; t3.large: 36/h,
 * 30 %) and bills its surplus at its own price (T3 0.05, T4g 0.04 USD per vCPU-hour); a fixed-performance type
 * (m6i.large) has no credits and is never held.
 */
class PerTypeCreditsTest {

  /** The type's figures from the built-in table, at a zero balance. */
  static CreditParams credits(String name, boolean unlimited) {
    InstanceType t = InstanceTypes.find(name).orElseThrow();
    return new CreditParams(true, unlimited, t.vCpus(), t.creditsPerHour() / 60.0, t.maxCredits(),
        t.baselinePercent(), 0, 0, 0, t.surplusCreditPrice());
  }

  private static TypeAllocation.Type type(String name, CreditParams credits) {
    return new TypeAllocation.Type(name, 1, 1, 0.1, 0.1, 1, true, true, credits);
  }

  /**
   * All Spot over {@code SpotInstancePools} 3 equally priced pools: a start of three instances puts one of each type
   * in the group (aws-behaviour §7.11 lowest-price "evenly allocates your instances across the number of Spot pools").
   */
  private static Group group(TypeAllocation.Type... types) {
    TypeAllocation allocation = new TypeAllocation(List.of(types), "lowest-price", "lowest-price", types.length);
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 5,
        new PurchaseMix(0, 0, true), allocation, LifecycleHooks.NONE, WarmPool.NONE);
    g.start(0, types.length, GroupListener.NONE);
    return g;
  }

  @Test
  @DisplayName("§8.1 [D] standard mode out of credits: t3.micro held at its 10 % baseline, t3.large at 30 %, m6i.large "
      + "(no credits) at the demand's 50 %")
  void eachTypeIsHeldAtItsOwnBaseline() {
    Group g = group(type("t3.micro", credits("t3.micro", false)), type("t3.large", credits("t3.large", false)),
        type("m6i.large", CreditParams.FIXED));
    double served = g.serve(0, 150); // 50 % of each of the three
    assertThat(g.throttled()).isTrue();
    assertThat(served).isCloseTo(10 + 30 + 50, within(1e-9));
    assertThat(g.meanCpu()).isCloseTo(30, within(1e-9));
    assertThat(g.metricCpuMin()).isCloseTo(10, within(1e-9));
    assertThat(g.metricCpuMax()).isCloseTo(50, within(1e-9));
    // Each spent exactly what it earned this minute (0.2 and 0.6 credits); the mean is over burstable instances only.
    assertThat(g.meanCredits()).isCloseTo(0, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] an idle minute earns each type its own rate: t3.micro 12/60, t3.large 36/60 credits; the "
      + "fixed type adds no balance to the mean")
  void eachTypeEarnsItsOwnRate() {
    Group g = group(type("t3.micro", credits("t3.micro", false)), type("t3.large", credits("t3.large", false)),
        type("m6i.large", CreditParams.FIXED));
    g.serve(0, 0);
    assertThat(g.meanCredits()).isCloseTo((0.2 + 0.6) / 2, within(1e-9));
    assertThat(g.throttled()).isFalse();
  }

  @Test
  @DisplayName("§8.1 [D] unlimited mode bills each type's surplus at its price: T3 0.05, T4g 0.04 USD per vCPU-hour; "
      + "a group of one price keeps that price exactly")
  void surplusIsPricedPerType() {
    Group mixed = group(type("t3.micro", credits("t3.micro", true)), type("t4g.micro", credits("t4g.micro", true)));
    for (int m = 0; m < 60; m++) {
      mixed.serve(60L * m, 200); // both at 100 %: 2 credits a minute spent, 0.2 earned
    }
    mixed.finish(3600);
    assertThat(mixed.surplusCredits()).isCloseTo(2 * 60 * 1.8, within(1e-6));
    assertThat(mixed.surplusPricePerVcpuHour(0.05)).isCloseTo(0.045, within(1e-12));
    Group t3 = group(type("t3.micro", credits("t3.micro", true)), type("t3a.micro", credits("t3a.micro", true)));
    t3.serve(0, 200);
    t3.finish(60);
    assertThat(t3.surplusPricePerVcpuHour(0.04)).isEqualTo(0.05);
    assertThat(group(type("t3.micro", credits("t3.micro", true))).surplusPricePerVcpuHour(0.07))
        .as("no surplus: the fallback").isEqualTo(0.07);
  }
}
