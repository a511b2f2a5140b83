package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The group's launches and scale-ins follow the On-Demand / Spot split (aws-behaviour §7.4, §7.11). */
class GroupPurchaseMixTest {

  private static Group group() {
    return new Group(GroupTest.params(List.of("a", "b"), List.of("Default"), false, 0, 0, false, 0), 7,
        new PurchaseMix(10, 50));
  }

  /** Instances per [option][az] that are not terminating. */
  private static int[][] perOptionAndAz(Group g) {
    int[][] n = new int[2][2];
    for (int i = 0; i < g.cohorts.size; i++) {
      if (!g.cohorts.terminating(i)) {
        n[g.cohorts.option[i]][g.cohorts.az[i]] += g.cohorts.count[i];
      }
    }
    return n;
  }

  @Test
  @DisplayName("§7.11 [D] base 10 and 50 %: scale-outs to 20, 30, 40 hold 15, 20, 25 On-Demand, each option "
      + "balanced over the AZs")
  void scaleOutFollowsAwsTable() {
    Group g = group();
    g.start(0, 20, GroupListener.NONE);
    assertThat(g.nonTerminating() - g.spot()).isEqualTo(15);
    g.launch(60, 10, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(g.nonTerminating() - g.spot()).isEqualTo(20);
    g.launch(120, 10, LaunchReason.DESIRED_CHANGE, 0, true);
    assertThat(g.spot()).isEqualTo(15);
    assertThat(perOptionAndAz(g)).isDeepEqualTo(new int[][] {{13, 12}, {8, 7}});
  }

  @Test
  @DisplayName("§7.4 [D] scale-in first rebalances toward the distribution: 40 → 30 keeps 20 On-Demand, 10 Spot")
  void scaleInTakesTheOptionAboveItsShare() {
    Group g = group();
    g.start(0, 40, GroupListener.NONE);
    g.advance(600, 40, GroupListener.NONE, GroupTest.sink());
    assertThat(g.scaleIn(600, 10, GroupTest.sink())).isEqualTo(10);
    assertThat(g.nonTerminating()).isEqualTo(30);
    assertThat(g.spot()).isEqualTo(10);
    int[][] n = perOptionAndAz(g);
    assertThat(n[PurchaseMix.ON_DEMAND]).containsExactly(10, 10);
    assertThat(n[PurchaseMix.SPOT]).containsExactly(5, 5);
  }

  @Test
  @DisplayName("§7.11 Spot instance time is billed apart from the total")
  void spotBilledApart() {
    Group g = group();
    g.start(0, 20, GroupListener.NONE);
    g.finish(3600);
    assertThat(g.billedSeconds()).isEqualTo(20 * 3600.0);
    assertThat(g.spotBilledSeconds()).isEqualTo(5 * 3600.0);
  }

  @Test
  @DisplayName("§7.11 one AZ: a scale-in that takes a whole Spot cohort and then On-Demand instances launched with it "
      + "keeps each instance's purchase option (billing follows the option)")
  void scaleInKeepsOptionsApartInOneAz() {
    Group g = new Group(GroupTest.params(List.of("a"), List.of("Default"), false, 0, 0, false, 0), 3,
        new PurchaseMix(2, 0));
    g.start(0, 4, GroupListener.NONE);
    g.advance(590, 4, GroupListener.NONE, GroupTest.sink());
    assertThat(g.scaleIn(600, 4, GroupTest.sink())).isEqualTo(4);
    g.advance(1200, 0, GroupListener.NONE, GroupTest.sink());
    assertThat(g.cohortCount()).isZero();
    g.finish(1200);
    assertThat(g.spotBilledSeconds()).isEqualTo(2 * 600.0);
    assertThat(g.billedSeconds()).isEqualTo(4 * 600.0);
  }
}
