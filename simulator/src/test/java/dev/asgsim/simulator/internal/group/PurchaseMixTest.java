package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** aws-behaviour §7.11: the On-Demand / Spot split, AWS's own table. */
class PurchaseMixTest {

  @Test
  @DisplayName("§7.11 [D] base 10 and 50 % at desired 20/30/40 ⇒ 15/20/25 On-Demand")
  void baseThenPercentage() {
    PurchaseMix mix = new PurchaseMix(10, 50);
    assertThat(mix.onDemand(20)).isEqualTo(15);
    assertThat(mix.onDemand(30)).isEqualTo(20);
    assertThat(mix.onDemand(40)).isEqualTo(25);
    assertThat(mix.onDemand(10)).isEqualTo(10);
    assertThat(mix.onDemand(4)).isEqualTo(4);
  }

  @Test
  @DisplayName("§7.11 [D] base 0 and 60 % at 10 ⇒ 6 On-Demand, 4 Spot; fractions round in favour of On-Demand")
  void roundsTowardOnDemand() {
    PurchaseMix mix = new PurchaseMix(0, 60);
    assertThat(mix.onDemand(10)).isEqualTo(6);
    assertThat(10 - mix.onDemand(10)).isEqualTo(4);
    assertThat(new PurchaseMix(0, 50).onDemand(7)).isEqualTo(4);
    assertThat(new PurchaseMix(0, 30).onDemand(1)).isEqualTo(1);
    assertThat(new PurchaseMix(0, 0).onDemand(9)).isZero();
    assertThat(PurchaseMix.ALL_ON_DEMAND.onDemand(9)).isEqualTo(9);
    assertThat(PurchaseMix.ALL_ON_DEMAND.usesSpot()).isFalse();
  }

  @Test
  @DisplayName("§7.11 launches fill the option below its share; §7.4 scale-in takes from the option above it")
  void launchAndTerminate() {
    PurchaseMix mix = new PurchaseMix(10, 50);
    // From 20 (15 On-Demand, 5 Spot) to 30: 5 more On-Demand and 5 Spot (20/10).
    assertThat(mix.onDemandOfLaunch(10, 15, 5)).isEqualTo(5);
    // A group that lost Spot instances refills Spot first.
    assertThat(mix.onDemandOfLaunch(3, 20, 7)).isZero();
    // From 30 (20/10) down: 29 wants 20 On-Demand (10 + ceil(9.5)), so Spot goes first; 28 wants 19.
    assertThat(mix.optionToTerminate(20, 10)).isEqualTo(PurchaseMix.SPOT);
    assertThat(mix.optionToTerminate(20, 9)).isEqualTo(PurchaseMix.ON_DEMAND);
    assertThat(PurchaseMix.ALL_ON_DEMAND.optionToTerminate(5, 0)).isEqualTo(PurchaseMix.ON_DEMAND);
  }

  @Test
  @DisplayName("§7.11 [D] SpotMaxPrice below the Spot price: \"your Spot Instances are not launched\"; only the "
      + "On-Demand share of a launch goes ahead")
  void noSpotLaunches() {
    PurchaseMix blocked = new PurchaseMix(10, 50, false);
    // From 20 (15/5) to 30 wants 5 more On-Demand and 5 Spot: only the 5 On-Demand launch.
    assertThat(blocked.launchable(10, 15, 5)).isEqualTo(5);
    // With no Spot running, 25 wanted: On-Demand's share is 10 + ceil(7.5) = 18, so 3 more On-Demand launch.
    assertThat(blocked.launchable(10, 15, 0)).isEqualTo(3);
    assertThat(new PurchaseMix(10, 50).launchable(10, 15, 5)).isEqualTo(10);
    assertThat(blocked.spotLaunches()).isFalse();
  }
}
