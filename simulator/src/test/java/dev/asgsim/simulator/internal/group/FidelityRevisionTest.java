package dev.asgsim.simulator.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The group-side rules of issue 11 items 11, 12 and 16: health replacement in progress, billing, outside targets. */
class FidelityRevisionTest {

  /** One AZ, launch delay 75 s, the given load balancer, app start, pending seconds and outside targets. */
  static GroupParams params(boolean lb, int appStart, int pending, int outside, double outsideCapacity) {
    return params(lb, appStart, pending, outside, outsideCapacity, CreditParams.FIXED);
  }

  static GroupParams params(boolean lb, int appStart, int pending, int outside, double outsideCapacity,
      CreditParams credits) {
    return new GroupParams(List.of("a"), lb, lb, 300, List.of("Default"), false, 0, 0, 75, 0, appStart, 30, 5, 2, 60,
        lb ? 300 : 0, credits, true, true, pending, outside, outsideCapacity);
  }

  @Test
  @DisplayName("§6.4 [D] billing: EC2's lifecycle table — pending \"Not billed\", running \"Billed\"; \"a one-minute "
      + "minimum for instance usage, and thereafter charges per second\": billing starts PendingSeconds (30) after "
      + "launch, not at the decision")
  void billingStartsWhenRunning() {
    Group g = new Group(params(false, 0, 30, 0, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.advance(1000, 1, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.instanceSecondsUntil(1000)).as("the burn-in's share counts the same way").isEqualTo(970);
    g.finish(1000);
    assertThat(g.billedSeconds()).as("running from 30 s to 1000 s").isEqualTo(970);
  }

  @Test
  @DisplayName("§6.4 [D]: an instance terminated while pending never ran and is not billed; one that ran 10 s pays "
      + "the 60-second minimum")
  void pendingIsNotBilled() {
    Group g = new Group(params(false, 0, 30, 0, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.scaleIn(20, 1, (t, s, az, w) -> { });
    g.advance(100, 0, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.billedSeconds()).isZero();
    g.launch(200, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.scaleIn(240, 1, (t, s, az, w) -> { });
    g.advance(300, 0, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.billedSeconds()).isEqualTo(60);
  }

  @Test
  @DisplayName("§3 [D]: \"A simple scaling policy must also wait for an in-progress scaling activity or health check "
      + "replacement to complete\": in progress from the Unhealthy mark until the victim is terminated and its "
      + "replacement InService")
  void healthReplacementInProgress() {
    // An app slower than the 300 s grace: marked Unhealthy at the first sweep after grace (InService 75, 420).
    Group g = new Group(params(true, 600, 0, 0, 0), 1);
    g.start(0, 0, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, true);
    g.advance(400, 1, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.replacingUnhealthy()).as("healthy so far (in grace)").isFalse();
    g.advance(420, 1, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.replacingUnhealthy()).as("marked Unhealthy, replacement owed").isTrue();
    g.launch(420, 1, g.takeLaunchReason(), 0, false);
    g.advance(480, 1, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.replacingUnhealthy()).as("replacement pending, victim draining").isTrue();
    g.advance(600, 1, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.replacingUnhealthy()).as("replacement InService at 495, victim still deregistering (300 s)")
        .isTrue();
    g.advance(720, 1, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.terminating()).isZero();
    assertThat(g.replacingUnhealthy()).as("victim terminated at 720, replacement InService").isFalse();
  }

  @Test
  @DisplayName("§12.1a [D]/[I]: the load balancer routes to every healthy registered target, so an outside target "
      + "takes its share; the group's CPU metric averages only the group's own instances")
  void outsideTargetsTakeTheirShare() {
    Group g = new Group(params(true, 0, 0, 1, 100), 1);
    g.start(0, 2, GroupListener.NONE);
    double served = g.serve(0, 150);
    assertThat(served).as("2 group instances + 1 outside target at 50 % each").isCloseTo(150, within(1e-9));
    assertThat(g.outsideServed()).isCloseTo(50, within(1e-9));
    assertThat(g.metricCpu()).as("not 75 %: the outside target carries a third").isCloseTo(50, within(1e-9));
    assertThat(g.metricCpuMin()).isCloseTo(50, within(1e-9));
    assertThat(g.metricCpuMax()).isCloseTo(50, within(1e-9));
    // A smaller outside target (half the vCPUs) serves at most 50 % of one group instance.
    Group small = new Group(params(true, 0, 0, 1, 50), 1);
    small.start(0, 2, GroupListener.NONE);
    assertThat(small.serve(0, 240)).isCloseTo(80 + 80 + 50, within(1e-9));
  }

  @Test
  @DisplayName("§8.2 [D] Minimum/Maximum over instances: a warm instance not yet healthy at the load balancer serves "
      + "nothing, so the group's Minimum is 0 while its Maximum is the even share")
  void extremesOverTheGroupsInstances() {
    Group g = new Group(params(true, 60, 0, 0, 0), 1);
    g.start(0, 1, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, false);
    g.advance(80, 2, GroupListener.NONE, (t, s, az, w) -> { });
    assertThat(g.warm()).as("InService at 75, in the metric at once (no warm-up)").isEqualTo(2);
    assertThat(g.serving()).as("its first health check passes at 75 + 60").isEqualTo(1);
    g.serve(0, 60);
    assertThat(g.metricCpuMin()).isZero();
    assertThat(g.metricCpuMax()).isCloseTo(60, within(1e-9));
    assertThat(g.metricCpu()).isCloseTo(30, within(1e-9));
  }

  @Test
  @DisplayName("§8.1 [D] unlimited mode keeps bursting, so the extremes are those of an even spread (§8.2: Minimum 0 "
      + "beside a warm instance not yet healthy); standard mode out of credits holds an instance at its baseline")
  void extremesOfBurstableInstances() {
    // t3.micro unlimited (CreditModelTest): 2 vCPUs, no launch credits, 0 earned at the start.
    CreditParams unlimited = new CreditParams(true, true, 2, 12 / 60.0, 288, 10, 0, 0, 0, 0.05);
    Group g = new Group(params(true, 60, 0, 0, 0, unlimited), 1);
    g.start(0, 1, GroupListener.NONE);
    g.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, false);
    g.advance(80, 2, GroupListener.NONE, (t, s, az, w) -> { });
    g.serve(0, 90);
    assertThat(g.metricCpuMin()).as("the instance not yet healthy serves nothing").isZero();
    assertThat(g.metricCpuMax()).as("unlimited: not held back by its empty balance").isCloseTo(90, within(1e-9));
    assertThat(g.throttled()).isFalse();
    // The same group in standard mode with no credits: the serving instance is held at its 10 % baseline.
    CreditParams standard = new CreditParams(true, false, 2, 12 / 60.0, 288, 10, 0, 0, 0, 0.05);
    Group s = new Group(params(true, 60, 0, 0, 0, standard), 1);
    s.start(0, 1, GroupListener.NONE);
    s.launch(0, 1, LaunchReason.DESIRED_CHANGE, 0, false);
    s.advance(80, 2, GroupListener.NONE, (t, v, az, w) -> { });
    s.serve(0, 90);
    assertThat(s.throttled()).isTrue();
    assertThat(s.metricCpuMax()).isCloseTo(10, within(1e-9));
    assertThat(s.metricCpuMin()).isZero();
  }
}
