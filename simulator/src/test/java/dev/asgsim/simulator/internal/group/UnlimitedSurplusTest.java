package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.asgsim.core.instance.InstanceTypes;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Surplus credits in unlimited mode (aws-behaviour §8.1 [D], AWS's "Unlimited mode examples for burstable instances",
 * Example 1, a t3.nano: 2 vCPUs, earns 6 credits an hour). "Because a t3.nano instance earns a maximum of 144 credits in
 * a 24-hour period, it can spend surplus credits up to that maximum without being charged immediately. If it spends more
 * than 144 CPU credits, it is charged for the difference at the end of the hour." CPUSurplusCreditBalance "is paid down
 * by earned CPU credits"; what is still owed is charged when "the instance is stopped or terminated".
 */
class UnlimitedSurplusTest {
  private static final double EPS = 1e-9;

  /** One instance of {@code name}, in service from epoch second 0 at a zero balance. */
  private static Group one(String name, boolean unlimited) {
    TypeAllocation.Type type = new TypeAllocation.Type(name, 1, 1, 0.1, 0.1, 1, true, true,
        PerTypeCreditsTest.credits(name, unlimited));
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 5,
        new PurchaseMix(0, 0, true), new TypeAllocation(List.of(type), "lowest-price", "lowest-price", 1),
        LifecycleHooks.NONE, WarmPool.NONE);
    g.start(0, 1, GroupListener.NONE);
    return g;
  }

  private static CreditModel model(String name, boolean unlimited) {
    return new CreditModel(PerTypeCreditsTest.credits(name, unlimited));
  }

  /** Serves {@code minutes} minutes at {@code cpu} percent from minute {@code from}; returns the minute after. */
  private static int serve(Group g, int from, int minutes, double cpu) {
    for (int m = from; m < from + minutes; m++) {
      g.serve(60L * m, cpu);
    }
    return from + minutes;
  }

  @Test
  @DisplayName("§8.1 [D] AWS's t3.nano example: idle 24 h reaches its maximum of 144; 12 h at 2.5 % (below the 5 % "
      + "baseline) stays at 144; 24 h at 7 % \"requires a spend of 57.6 credits\" and the balance \"reduces to 86.4\"")
  void awsExampleOneEarnedBalance() {
    Group g = one("t3.nano", true);
    int m = serve(g, 0, 24 * 60, 0);
    assertThat(g.meanCredits()).as("P1").isCloseTo(144, within(EPS));
    m = serve(g, m, 12 * 60, 2.5);
    assertThat(g.meanCredits()).as("P2").isCloseTo(144, within(EPS));
    serve(g, m, 24 * 60, 7);
    assertThat(g.meanCredits()).as("P3").isCloseTo(86.4, within(1e-6));
    assertThat(g.surplusCredits()).isZero();
  }

  @Test
  @DisplayName("§8.1 [D] a t3.nano owes up to 144 surplus credits free; beyond them it \"is charged for the difference "
      + "at the end of the hour\" (a clock hour), and the balance then shows 144 owed")
  void surplusAbove24HoursOfEarningsIsChargedAtTheEndOfTheHour() {
    Group g = one("t3.nano", true);
    // 100 % of 2 vCPUs spends 2 credits a minute and earns 0.1: 1.9 surplus credits a minute.
    int m = serve(g, 0, 60, 100);
    assertThat(g.meanCredits()).as("114 owed after an hour, under 144: nothing charged").isCloseTo(-114, within(EPS));
    assertThat(g.surplusCredits()).isZero();
    m = serve(g, m, 59, 100);
    assertThat(g.meanCredits()).as("228 - 1.9 owed; the hour has not ended").isCloseTo(-226.1, within(1e-6));
    assertThat(g.surplusCredits()).isZero();
    m = serve(g, m, 1, 100);
    assertThat(g.surplusChargedAtHourEnds()).as("at 02:00, 228 - 144").isCloseTo(84, within(1e-6));
    assertThat(g.surplusCredits()).isCloseTo(84, within(1e-6));
    assertThat(g.meanCredits()).isCloseTo(-144, within(EPS));
    m = serve(g, m, 60, 100);
    assertThat(g.surplusChargedAtHourEnds()).as("at 03:00, another 114").isCloseTo(84 + 114, within(1e-6));
    g.finish(60L * m);
    assertThat(g.surplusCredits()).as("the 144 still owed are charged when the instance ends: 3 h × 60 × 1.9 in all")
        .isCloseTo(3 * 60 * 1.9, within(1e-6));
  }

  @Test
  @DisplayName("§8.1 [D] earned credits pay the surplus down first: an idle t3.nano owing 144 owes 138 an hour later, "
      + "nothing after 24 hours, and only then grows its CPUCreditBalance")
  void earnedCreditsPayTheSurplusDown() {
    Group g = one("t3.nano", true);
    int m = serve(g, 0, 120, 100); // 228 owed, 84 charged at 02:00
    assertThat(g.meanCredits()).isCloseTo(-144, within(EPS));
    m = serve(g, m, 60, 0);
    assertThat(g.meanCredits()).isCloseTo(-138, within(1e-6));
    m = serve(g, m, 23 * 60, 0);
    assertThat(g.meanCredits()).isCloseTo(0, within(1e-6));
    m = serve(g, m, 60, 0);
    assertThat(g.meanCredits()).isCloseTo(6, within(1e-6));
    g.finish(60L * m);
    assertThat(g.surplusCredits()).as("the paid-down surplus is never charged").isCloseTo(84, within(1e-6));
  }

  @Test
  @DisplayName("§8.1 [D] each type's own 24 hours of earnings: t3.micro 288, t4g.large 864, t2.micro 144 (6 an hour, "
      + "the same as its maximum balance), t2.2xlarge 1958.4; standard mode is never charged at an hour's end")
  void eachTypeOwesItsOwnDayOfEarnings() {
    assertThat(model("t3.micro", true).freeSurplus()).isCloseTo(288, within(EPS));
    assertThat(model("t4g.large", true).freeSurplus()).isCloseTo(864, within(EPS));
    assertThat(model("t2.micro", true).freeSurplus()).isCloseTo(144, within(EPS))
        .isCloseTo(InstanceTypes.find("t2.micro").orElseThrow().maxCredits(), within(EPS));
    assertThat(model("t2.2xlarge", true).freeSurplus()).isCloseTo(1958.4, within(1e-9));
    CreditModel t3 = model("t3.micro", true);
    assertThat(t3.chargedAtHourEnd(-300)).isCloseTo(12, within(EPS));
    assertThat(t3.afterHourEnd(-300)).isCloseTo(-288, within(EPS));
    assertThat(t3.chargedAtHourEnd(-288)).isZero();
    assertThat(t3.afterHourEnd(-100)).isEqualTo(-100);
    CreditModel standard = model("t3.micro", false);
    assertThat(standard.chargedAtHourEnd(-300)).isZero();
    assertThat(standard.afterHourEnd(-300)).isEqualTo(-300);
  }

  @Test
  @DisplayName("§8.1 [I] the hour is the clock's (UTC): the minute 00:59 ends one, 00:58 and a run's first minute "
      + "starting mid-hour do not; a run off the whole minute is charged in the minute the hour ends in")
  void theHourIsTheClocks() {
    assertThat(CreditModel.nextHourEnd(3540)).isEqualTo(3600);
    assertThat(CreditModel.nextHourEnd(3600)).isEqualTo(7200);
    assertThat(CreditModel.nextHourEnd(-60)).isZero();
    Group g = one("t3.nano", true);
    g.serve(1800, 100);
    g.serve(3540, 100);
    assertThat(g.surplusChargedAtHourEnds()).as("owes 3.8, under 144").isZero();

    Group late = one("t3.nano", true);
    // 1.9 surplus credits a minute from 00:00:30: 228 owed at the end of the minute 01:59:30, which holds 02:00.
    for (int m = 0; m < 119; m++) {
      late.serve(30 + 60L * m, 100);
    }
    assertThat(late.surplusChargedAtHourEnds()).as("01:00 charged nothing (114 owed), 01:58:30 is before 02:00")
        .isZero();
    late.serve(30 + 60L * 119, 100);
    assertThat(late.surplusChargedAtHourEnds()).as("the minute 01:59:30 ends the hour: 228 - 144")
        .isCloseTo(84, within(1e-6));
  }
}
