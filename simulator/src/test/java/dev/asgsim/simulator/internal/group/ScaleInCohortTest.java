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
    return group(azs, "Default");
  }

  private static Group group(List<String> azs, String terminationPolicy) {
    GroupParams p = new GroupParams(azs, true, true, 300, List.of(terminationPolicy), false, 0, 0, 75, 0, 30, 30, 5, 2,
        60, 300, CreditParams.FIXED);
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

  @Test
  @DisplayName("§7.4 [D] OldestInstance over three launches in two AZs: AZ balance first, then the oldest, across split cohorts")
  void oldestFirstAcrossCohortsOfOneScaleIn() {
    // "AZ balance first, always [...] Then apply policies in order": one scale-in takes victims from several cohorts
    // of each AZ, splitting them, while the AZ kept its best candidates from the scale-in's first pick.
    Group g = group(List.of("a", "b"), "OldestInstance");
    g.start(T0, 4, (t, e, first, count, az, why) -> { });
    g.launch(T0 + 600, 6, LaunchReason.DESIRED_CHANGE, 0, true);
    g.launch(T0 + 1200, 6, LaunchReason.DESIRED_CHANGE, 0, true);
    g.advance(T0 + 3600, 16, GroupListener.NONE, (t, seq, az, why) -> { });
    List<Integer> victims = new ArrayList<>();
    int[] perAz = new int[2];
    int picked = g.scaleIn(T0 + 3600, 8, (t, seq, az, why) -> {
      victims.add(seq);
      perAz[az]++;
    });
    assertThat(picked).isEqualTo(8);
    assertThat(perAz).containsExactly(4, 4);
    // The 4 of the start (ids 0-3) and 4 of the 6 launched at T0+600 (ids 4-9, 3 per AZ); none of T0+1200 (10-15).
    assertThat(victims).doesNotHaveDuplicates().containsAll(List.of(0, 1, 2, 3));
    assertThat(victims).allMatch(seq -> seq < 10);
    assertThat(g.nonTerminating()).isEqualTo(8);
    g.checkInvariants();
  }
}
