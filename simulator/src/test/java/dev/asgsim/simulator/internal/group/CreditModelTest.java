package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The CPU credit model, aws-behaviour §8.1 [D]: "t2.nano: 1 vCPU ... baseline 5 %, earns 3 CPU credits/h, max 72 accrued; T2
 * Standard gets 30 launch credits per vCPU; out of credits it is throttled toward baseline".
 */
class CreditModelTest {
  /** t2.nano, standard: 3 credits/h = 0.05 per minute. */
  static final CreditParams T2_NANO = new CreditParams(true, false, 1, 3 / 60.0, 72, 5, 0, 30, 30, 0.05);
  /** t3.micro, unlimited: 2 vCPUs, 12 credits/h = 0.2 per minute, baseline 10 %, max 288. */
  static final CreditParams T3_MICRO = new CreditParams(true, true, 2, 12 / 60.0, 288, 10, 0, 0, 0, 0.05);

  @Test
  @DisplayName("§8.1 [D]: with credits an instance may run at 100 %; out of credits it is held at its 5 % baseline")
  void capFollowsTheBalance() {
    CreditModel m = new CreditModel(T2_NANO);
    assertThat(m.cpuCap(30)).isEqualTo(100);
    assertThat(m.cpuCap(0)).isCloseTo(5, within(1e-9));
    // 0.5 credits + 0.05 earned pay for 55 % of one vCPU for a minute.
    assertThat(m.cpuCap(0.5)).isCloseTo(55, within(1e-9));
  }

  @Test
  @DisplayName("§11.2 [D]: a t2.nano at 90 % spends 0.9 and earns 0.05 credit per minute")
  void spendAndEarnPerMinute() {
    CreditModel m = new CreditModel(T2_NANO);
    assertThat(m.earnedAfter(0, 30, 90)).isCloseTo(30 - 0.85, within(1e-9));
    assertThat(m.earnedAfter(0, 0.01, 100)).as("standard mode never goes below zero").isZero();
  }

  @Test
  @DisplayName("§8.1 [D] \"max 72 accrued\": earnings stop at the cap; an earned balance given above it is kept until "
      + "spent")
  void earningsStopAtTheMaximum() {
    CreditModel m = new CreditModel(T2_NANO);
    assertThat(m.earnedAfter(0, 71.99, 0)).isCloseTo(72, within(1e-9));
    assertThat(m.earnedAfter(0, 72, 0)).isCloseTo(72, within(1e-9));
    assertThat(m.earnedAfter(0, 90, 0)).isCloseTo(90, within(1e-9));
    assertThat(m.earnedAfter(0, 90, 10)).isCloseTo(90 - 0.1 + 0.05, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] T2 launch credits are \"spent first, before the earned credits\" (issue 11 item 12)")
  void launchCreditsAreSpentFirst() {
    CreditModel m = new CreditModel(T2_NANO);
    // 90 % for a minute spends 0.9: all from the 30 launch credits; the earned balance only earns.
    assertThat(m.launchAfter(30, 90)).isCloseTo(29.1, within(1e-9));
    assertThat(m.earnedAfter(30, 10, 90)).isCloseTo(10.05, within(1e-9));
    // 0.5 launch credits left: they pay half, the earned balance the other 0.4.
    assertThat(m.launchAfter(0.5, 90)).isZero();
    assertThat(m.earnedAfter(0.5, 10, 90)).isCloseTo(10 + 0.05 - 0.4, within(1e-9));
    assertThat(m.cpuCap(0.5 + 0)).as("the cap counts both balances").isCloseTo(55, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] \"launch credits do not count towards the CPU credit balance limit\": a t2.nano idling with "
      + "30 launch credits earns to 72 on top of them (issue 11 item 12)")
  void launchCreditsDoNotCountTowardTheLimit() {
    CreditModel m = new CreditModel(T2_NANO);
    double launch = 30;
    double earned = 0;
    for (int minute = 0; minute < 48 * 60; minute++) {
      earned = m.earnedAfter(launch, earned, 0);
      launch = m.launchAfter(launch, 0);
    }
    assertThat(launch).isEqualTo(30);
    assertThat(earned).isCloseTo(72, within(1e-9));
    assertThat(launch + earned).isCloseTo(102, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] unlimited mode: never throttled; the balance goes negative and is billed as surplus")
  void unlimitedBurstsAndOwesSurplus() {
    CreditModel m = new CreditModel(T3_MICRO);
    assertThat(m.cpuCap(-50)).isEqualTo(100);
    // 90 % of 2 vCPUs spends 1.8 per minute, 0.2 earned.
    assertThat(m.earnedAfter(0, 0, 90)).isCloseTo(-1.6, within(1e-9));
    assertThat(m.launchAfter(0, 90)).isZero();
    assertThat(CreditModel.surplus(-1.6)).isCloseTo(1.6, within(1e-9));
    assertThat(CreditModel.surplus(3)).isZero();
  }

  @Test
  @DisplayName("§6.4 [D] billing: per second with a 60 s minimum per launch; surplus credits per instance")
  void billing() {
    Billing b = new Billing(new Cohorts(), 0, TypeAllocation.SINGLE, CreditParams.FIXED);
    b.bill(2, 0, 10, 5, PurchaseMix.ON_DEMAND, 0);
    b.bill(1, 100, 460, -4, PurchaseMix.ON_DEMAND, 0);
    assertThat(b.instanceSeconds()).isEqualTo(2 * 60 + 360);
    assertThat(b.surplusCredits()).isEqualTo(4);
  }

  @Test
  @DisplayName("the earned balance by compares is the one capped at Math.max(maximum, earned) bit for bit, standard "
      + "and unlimited, about the maximum and zero")
  void earnedAfterPayingIsTheMinOfTheCapBitForBit() {
    java.util.Random random = new java.util.Random(15);
    double[] edges = {0.0, -0.0, 72, 288, Math.nextUp(72.0), Math.nextDown(72.0), Math.nextUp(288.0),
        Math.nextDown(288.0), -144, Double.NaN, 1e-300, -1e-300, 0.05, 0.2};
    int aboveMax = 0;
    int capped = 0;
    for (CreditParams params : new CreditParams[] {T2_NANO, T3_MICRO}) {
      CreditModel m = new CreditModel(params);
      for (int i = 0; i < 400_000; i++) {
        double max = params.maxCredits();
        double earned = i % 7 == 0 ? edges[random.nextInt(edges.length)]
            : i % 3 == 0 ? max + (random.nextDouble() - 0.5) * 4 * params.earnPerMinute()
            : (random.nextDouble() - 0.3) * 2 * max;
        double paid = i % 5 == 0 ? edges[random.nextInt(edges.length)] : random.nextDouble() * params.vCpus();
        double next = earned + params.earnPerMinute() - paid;
        double cap = Math.max(max, earned);
        double expected = next <= cap ? next : cap; // the code before the compares (a NaN next gives the cap)
        expected = params.unlimited() ? expected : Math.max(0, expected);
        double got = m.earnedAfterPaying(earned, paid);
        assertThat(Double.doubleToRawLongBits(got)).as("earned %s paid %s", earned, paid)
            .isEqualTo(Double.doubleToRawLongBits(expected));
        aboveMax += earned > max && next > max ? 1 : 0;
        capped += earned <= max && next > max ? 1 : 0;
      }
    }
    assertThat(aboveMax).as("balances kept above the maximum").isGreaterThan(10_000);
    assertThat(capped).as("balances capped at the maximum").isGreaterThan(10_000);
  }
}
