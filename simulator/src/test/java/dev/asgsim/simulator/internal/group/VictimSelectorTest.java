package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Victim choice, spec §7.4 [D] (termination policies page): "AZ balance first, always: pick the AZ(s) with the most
 * instances that contain at least one unprotected instance ... Then apply policies in order"; "(3) random among
 * ties"; scale-in protection "starts at InService".
 */
class VictimSelectorTest {
  private final List<int[]> victims = new ArrayList<>(); // {seq, az}

  private Group group(List<String> azs, List<String> policies, boolean protect, long seed) {
    return new Group(GroupTest.params(azs, policies, false, 0, 0, protect, 0), seed);
  }

  private int scaleIn(Group g, long at) {
    return g.scaleIn(at, 1, (t, seq, az, why) -> victims.add(new int[] {seq, az}));
  }

  /** seq 0 launched at 0, seq 1 launched at 1000, both InService at 2000, in one AZ. */
  private Group twoAges(String... policies) {
    Group g = group(List.of("a"), List.of(policies), false, 1);
    g.start(0, 1, GroupListener.NONE);
    g.launch(1000, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.advance(2000, 2, GroupListener.NONE, (t, seq, az, why) -> { });
    return g;
  }

  @Test
  @DisplayName("§7.4 [D] \"AZ balance first, always\": the AZ with the most instances gives the victim")
  void zoneWithTheMostInstancesFirst() {
    Group g = group(List.of("a", "b"), List.of("Default"), false, 1);
    g.start(0, 3, GroupListener.NONE); // a:2, b:1
    assertThat(scaleIn(g, 600)).isEqualTo(1);
    assertThat(victims.get(0)[1]).isZero();
  }

  @Test
  @DisplayName("§7.4 [D] \"if balanced, consider all AZs. Then apply policies in order\": with one instance in each of "
      + "two AZs, NewestInstance takes the newest wherever it is (issue 11 item 7)")
  void balancedZonesApplyThePoliciesAcrossAllZones() {
    for (String policy : List.of("NewestInstance", "OldestInstance")) {
      Group g = group(List.of("a", "b"), List.of(policy), false, 1);
      g.start(0, 1, GroupListener.NONE); // seq 0 in a
      g.launch(1000, 1, LaunchReason.DESIRED_CHANGE, 0, true); // seq 1 in b
      g.advance(2000, 2, GroupListener.NONE, (t, seq, az, why) -> { });
      scaleIn(g, 3000);
    }
    assertThat(victims).extracting(v -> v[0] + "@" + v[1]).containsExactly("1@1", "0@0");
  }

  @Test
  @DisplayName("§7.4 [D] three AZs with 2, 2, 1 instances: the policies choose among the two AZs with the most only")
  void onlyTheZonesWithTheMostCompete() {
    Group g = group(List.of("a", "b", "c"), List.of("OldestInstance"), false, 1);
    g.start(0, 2, GroupListener.NONE); // seq 0 in a, seq 1 in b
    g.launch(1000, 3, LaunchReason.DESIRED_CHANGE, 0, true); // seq 2.. : c, a, b (fewest first)
    g.advance(2000, 5, GroupListener.NONE, (t, seq, az, why) -> { });
    scaleIn(g, 3000);
    // a and b hold 2 each, c 1: the oldest of a and b (launched at 0) goes, never c's.
    assertThat(victims.get(0)[1]).isIn(0, 1);
    assertThat(victims.get(0)[0]).isIn(0, 1);
  }

  @Test
  @DisplayName("§7.4 [D] OldestInstance takes the oldest, NewestInstance the newest")
  void oldestAndNewest() {
    scaleIn(twoAges("OldestInstance"), 3000);
    scaleIn(twoAges("NewestInstance"), 3000);
    assertThat(victims).extracting(v -> v[0]).containsExactly(0, 1);
  }

  @Test
  @DisplayName("§7.4 [D] Default \"(2) closest to the next billing hour\", and ClosestToNextInstanceHour alike")
  void closestToTheNextBillingHour() {
    // At t=3500: seq 0 (launched at 0) is 100 s from its next hour, seq 1 (launched at 1000) 1100 s.
    scaleIn(twoAges("Default"), 3500);
    scaleIn(twoAges("ClosestToNextInstanceHour"), 3500);
    // At t=4000: seq 0 is 3200 s from its next hour, seq 1 600 s.
    scaleIn(twoAges("Default"), 4000);
    assertThat(victims).extracting(v -> v[0]).containsExactly(0, 0, 1);
  }

  @Test
  @DisplayName("§7.4 [D] \"apply policies in order\": the first policy that tells instances apart decides")
  void policiesApplyInOrder() {
    scaleIn(twoAges("NewestInstance", "OldestInstance"), 3000);
    scaleIn(twoAges("OldestInstance", "NewestInstance"), 3000);
    // One launch template is simulated: OldestLaunchTemplate ties everyone, so the next policy decides.
    scaleIn(twoAges("OldestLaunchTemplate", "NewestInstance"), 3000);
    scaleIn(twoAges("AllocationStrategy", "OldestInstance"), 3000);
    assertThat(victims).extracting(v -> v[0]).containsExactly(1, 0, 1, 0);
  }

  @Test
  @DisplayName("§7.4 [D] Default \"(3) random among ties\": two launches of the same second are each chosen under some "
      + "seed")
  void tiesAreBrokenAtRandom() {
    Set<Integer> chosen = new HashSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      Group g = group(List.of("a"), List.of("Default"), false, seed);
      g.start(0, 1, GroupListener.NONE); // seq 0
      g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true); // seq 1, same launch time
      victims.clear();
      scaleIn(g, 600);
      chosen.add(victims.get(0)[0]);
    }
    assertThat(chosen).containsExactlyInAnyOrder(0, 1);
  }

  @Test
  @DisplayName("§7.4 [D] protection: protected instances are not selected (\"Could not scale to desired capacity\")")
  void protectedInstancesAreNotSelected() {
    Group g = group(List.of("a"), List.of("Default"), true, 1);
    g.start(0, 2, GroupListener.NONE);
    assertThat(scaleIn(g, 100)).isZero();
    assertThat(victims).isEmpty();
  }

  @Test
  @DisplayName("§7.4 [D] protection \"starts at InService\": a pending instance can still be selected")
  void pendingInstancesAreNotYetProtected() {
    Group g = group(List.of("a"), List.of("Default"), true, 1);
    g.start(0, 1, GroupListener.NONE);
    int pending = g.launch(100, 1, LaunchReason.DESIRED_CHANGE, 0, true); // InService at 175
    assertThat(scaleIn(g, 120)).isEqualTo(1);
    assertThat(victims.get(0)[0]).isEqualTo(pending);
  }

  @Test
  @DisplayName("§7.4 [D] policy names: AWS's names (any case) and a Lambda ARN, which is not simulated")
  void policyNames() {
    assertThat(TerminationPolicy.of("OldestInstance")).isEqualTo(TerminationPolicy.OLDEST_INSTANCE);
    assertThat(TerminationPolicy.of(" newestinstance")).isEqualTo(TerminationPolicy.NEWEST_INSTANCE);
    assertThat(TerminationPolicy.of("ClosestToNextInstanceHour"))
        .isEqualTo(TerminationPolicy.CLOSEST_TO_NEXT_INSTANCE_HOUR);
    assertThat(TerminationPolicy.of("Default")).isEqualTo(TerminationPolicy.DEFAULT);
    assertThat(TerminationPolicy.of("OldestLaunchConfiguration")).isEqualTo(TerminationPolicy.INDISTINCT);
    assertThat(TerminationPolicy.of("arn:aws:lambda:eu-west-1:111122223333:function:victims"))
        .isEqualTo(TerminationPolicy.INDISTINCT);
  }
}
