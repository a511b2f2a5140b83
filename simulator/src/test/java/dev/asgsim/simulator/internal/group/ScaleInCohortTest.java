package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A scale-in of k instances must not leave k one-instance cohorts behind (every later loop walks them). */
class ScaleInCohortTest {
  private static final long T0 = 1_704_067_200L;

  private static Group group(List<String> azs) {
    GroupParams p = new GroupParams(azs, true, true, 300, List.of("Default"), false, 0, 0, 75, 0, 30, 30, 5, 2, 60,
        300, CreditParams.FIXED);
    return new Group(p, 7);
  }

  @Test
  @DisplayName("§7.4 [D] scale-in of 40 from one cohort of 100 in one AZ: 40 victims, the newest ids, one new cohort")
  void victimsOfOneScaleInShareACohort() {
    Group g = group(List.of("a"));
    g.start(T0, 100, (t, e, first, count, az, why) -> { });
    assertThat(g.cohortCount()).isEqualTo(1);
    List<Integer> victims = new ArrayList<>();
    int picked = g.scaleIn(T0 + 600, 40, (t, seq, az, why) -> victims.add(seq));
    assertThat(picked).isEqualTo(40);
    assertThat(victims).hasSize(40).doesNotHaveDuplicates();
    // detachOne takes the last id each time: 99, 98, ..., 60.
    assertThat(victims.get(0)).isEqualTo(99);
    assertThat(victims.get(39)).isEqualTo(60);
    assertThat(g.cohortCount()).isEqualTo(2);
    assertThat(g.nonTerminating()).isEqualTo(60);
    g.checkInvariants();
  }

  @Test
  @DisplayName("§7.4 [D] across three AZs the victims alternate AZs and never merge across them")
  void noMergeAcrossZones() {
    Group g = group(List.of("a", "b", "c"));
    g.start(T0, 90, (t, e, first, count, az, why) -> { });
    int[] perAz = new int[3];
    g.scaleIn(T0 + 600, 30, (t, seq, az, why) -> perAz[az]++);
    assertThat(perAz).containsExactly(10, 10, 10);
    assertThat(g.cohortCount()).isLessThanOrEqualTo(6);
    assertThat(g.nonTerminating()).isEqualTo(60);
    g.checkInvariants();
  }
}
