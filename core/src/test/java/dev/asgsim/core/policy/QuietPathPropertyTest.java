package dev.asgsim.core.policy;

import static dev.asgsim.core.policy.Configs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.forecast.RandomForecast;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ScalingEngine#evaluate} answers the quiet evaluation (no policy proposes, or only predictive floors at or
 * below desired) without running {@link CombinationRule}, and a group with one dynamic policy (perhaps beside predictive
 * floors) without it at all. On seeded random configs and metric streams, every evaluation that ran the policies is
 * replayed through a fresh {@link CombinationRule} with the engine's own proposals and reasons: the change, or the
 * {@link Hold} and its policy, must be the same (aws-behaviour §1.7, §5.2).
 */
class QuietPathPropertyTest {
  private static final int MINUTES = 400;

  /** Evaluations seen, per kind, over all seeds: guards the property against being vacuous. */
  private int quietWithReason;
  private int quietUnderFloor;
  private int changes;
  private int combinedHolds;
  /** Evaluations of groups with one dynamic policy, per outcome: each branch of the engine's direct path. */
  private final java.util.Map<String, Integer> sole = new java.util.TreeMap<>();

  /**
   * A plug-in that proposes at random around the group's range (or nothing, with a random reason), in a random role:
   * the only way a SCALE_OUT_ONLY policy proposes below desired, and a sole policy that acts as a floor.
   */
  private static final class RandomPlugin implements PluginPolicy {
    private final Random r;
    private final int bound;
    private final CombinationRule.Role role;
    private Hold hold = Hold.NONE;

    RandomPlugin(long seed, int bound, CombinationRule.Role role) {
      this.r = new Random(seed);
      this.bound = bound;
      this.role = role;
    }

    @Override
    public String name() {
      return "plugin";
    }

    @Override
    public int propose(long now, GroupView group, ControlPlaneView plane) {
      int k = r.nextInt(10);
      if (k < 3) {
        hold = Hold.values()[r.nextInt(Hold.values().length)];
        return NO_PROPOSAL;
      }
      hold = Hold.NONE;
      return k < 6 ? plane.desired() + r.nextInt(3) - 1 : r.nextInt(bound); // near desired: equal, in, out
    }

    @Override
    public Hold lastHold() {
      return hold;
    }

    @Override
    public CombinationRule.Role role() {
      return role;
    }
  }

  private static ScalingConfig randomConfig(Random r, boolean predictive) {
    int min = r.nextInt(3);
    int max = min + 1 + r.nextInt(15);
    int desired = min + r.nextInt(max - min + 1);
    List<ScalingPolicy> policies = new ArrayList<>();
    if (r.nextBoolean()) { // one dynamic policy of each kind (or a plug-in alone, see run), the engine's direct path
      switch (r.nextInt(4)) {
        case 0 -> policies.add(Configs.tt("cpu", "ASGAverageCPUUtilization", 20 + r.nextInt(60), r.nextInt(4) == 0));
        case 1 -> policies.add(r.nextBoolean()
            ? Configs.stepPolicy("stepOut", Configs.alarm("hi", "GreaterThanThreshold", 60, 2, 1 + r.nextInt(2),
                r.nextBoolean() ? "breaching" : null), "ChangeInCapacity", null,
                Configs.step(0.0, 10.0, 1), Configs.step(10.0, null, 3))
            : Configs.stepPolicy("stepIn", Configs.alarm("lo", "LessThanThreshold", 40, 2, 1 + r.nextInt(2), null),
                "ChangeInCapacity", null, Configs.step(-10.0, 0.0, -1), Configs.step(null, -10.0, -2)));
        case 2 -> policies.add(Configs.simplePolicy("simpleIn", Configs.alarm("lo", "LessThanThreshold", 40, 3, 3,
            "notBreaching"), "ChangeInCapacity", -1, 60 + r.nextInt(300)));
        default -> { } // the plug-in
      }
      addPredictive(r, predictive, policies);
      return config(r, min, max, desired, policies);
    }
    Configs.addRandomDynamicPolicies(r, policies);
    addPredictive(r, predictive, policies);
    return config(r, min, max, desired, policies);
  }

  private static void addPredictive(Random r, boolean predictive, List<ScalingPolicy> policies) {
    if (predictive) {
      boolean raise = r.nextBoolean();
      policies.add(r.nextInt(policies.size() + 1), Configs.predictive("p", "ASGCPUUtilization", 50,
          "ForecastAndScale", 60 * r.nextInt(20), raise ? "IncreaseMaxCapacity" : null, raise ? 10 : null));
    }
  }

  private static ScalingConfig config(Random r, int min, int max, int desired, List<ScalingPolicy> policies) {
    List<ScheduledAction> actions = new ArrayList<>();
    if (r.nextBoolean()) {
      int smin = r.nextInt(3);
      actions.add(ScheduledAction.builder().scheduledActionName("s").recurrence((r.nextInt(60)) + " * * * *")
          .minSize(smin).maxSize(smin + 1 + r.nextInt(12)).build());
    }
    return ScalingConfig.builder().autoScalingGroup(Configs.group("g", min, max, desired)).scalingPolicies(policies)
        .scheduledActions(actions).build();
  }

  private void run(long seed) {
    Random r = new Random(seed);
    boolean predictive = r.nextBoolean();
    ScalingConfig c = randomConfig(r, predictive);
    TargetTrackingAlarmProfile profile =
        new TargetTrackingAlarmProfile(1 + r.nextInt(4), 2 + r.nextInt(14), 0.5 + r.nextDouble() * 0.4, 60);
    int bound = c.autoScalingGroup().maxSize() + 4;
    ScalingEngine.Builder b = ScalingEngine.builder(c).alarmProfile(profile).startTime(T0)
        .forecaster(() -> RandomForecast.of(seed, bound));
    long dynamic = c.policies().stream().filter(p -> !"PredictiveScaling".equals(p.policyType())).count();
    if (dynamic == 0 || r.nextInt(8) == 0) {
      CombinationRule.Role[] roles = CombinationRule.Role.values();
      b.addPlugin(new RandomPlugin(seed, bound, roles[r.nextInt(roles.length)]));
    }
    ScalingEngine e = b.build();
    FakeGroup g = new FakeGroup(e.desired());
    // its own Random: the streams above stay those the branch counts were tuned on
    Random activities = new Random(~seed);
    double level = r.nextDouble() * 100;
    for (int k = 0; k < MINUTES; k++) {
      if (activities.nextInt(3) == 0) {
        // the latest activity's last instance finished (harmless after others): a launch's default cooldown, which
        // blocks scale-in (aws-behaviour §2.2 item 5), and a simple policy's cooldown start now
        e.activityCompleted(T0 + k * 60L + 30);
      }
      level = Math.max(0, level + r.nextGaussian() * 15);
      for (int m = 0; m < e.metricCount(); m++) {
        if (r.nextInt(10) != 0) {
          boolean cpu = e.metric(m).kind() == MetricKind.CPU;
          e.publish(m, T0 + k * 60L, Math.min(cpu ? 100 : 1e9, level * (cpu ? 1 : 5)));
        }
      }
      int n = e.desired();
      e.observeLoad(T0 + k * 60L, Math.min(100, level), n, n, level * 5, n);
      long now = T0 + (k + 1) * 60L;
      Decision d;
      do {
        g.set(e.desired(), e.desired(), 0, r.nextInt(8) == 0 ? 1 : 0);
        d = e.evaluate(now, g);
        if (d.source() != DecisionSource.SCHEDULED) {
          checkForecasts(seed, k, e, now);
          check(seed, k, e, g, d);
        }
      } while (d.reevaluate());
    }
  }

  /**
   * The engine keeps a predictive policy's proposal and raised max until the applying hour, the forecast or MaxSize
   * changes: they must be what the policy's forecast says now (aws-behaviour §5.2: the capacity of the hour starting
   * within SchedulingBufferTime; with IncreaseMaxCapacity, MaxSize at least that capacity).
   */
  private static void checkForecasts(long seed, int minute, ScalingEngine e, long now) {
    for (int i = 0; i < e.policyCount(); i++) {
      if (e.policy(i) instanceof PredictiveEvaluator p) {
        int c = p.capacityForecast(p.hourApplyingAt(now));
        assertThat(e.lastProposal(i)).as("seed %d minute %d", seed, minute)
            .isEqualTo(c <= 0 ? PolicyEvaluator.NO_PROPOSAL : c);
        if (p.raisedMax(now, 0) > 0) { // IncreaseMaxCapacity with a forecast
          assertThat(e.maxSize()).as("seed %d minute %d", seed, minute).isGreaterThanOrEqualTo(c);
        }
      }
    }
  }

  /** Replays the evaluation's proposals through the combination rule and compares. */
  private void check(long seed, int minute, ScalingEngine e, FakeGroup g, Decision d) {
    CombinationRule rule = new CombinationRule();
    rule.open(d.oldDesired(), d.minSize(), d.maxSize());
    boolean other = false;
    boolean floorAtOrBelow = false;
    for (int i = 0; i < e.policyCount(); i++) {
      PolicyEvaluator p = e.policy(i);
      int proposal = e.lastProposal(i);
      boolean has = proposal != PolicyEvaluator.NO_PROPOSAL;
      rule.offer(i, p.role(), proposal, has ? Hold.NONE : p.lastHold());
      if (has && p.role() == CombinationRule.Role.FLOOR && proposal <= d.oldDesired()) {
        floorAtOrBelow = true;
      } else if (has) {
        other = true;
      }
    }
    // The scale-in block is read only when a scale-in was offered, which the quiet path never sees; the launch
    // cooldown's clock is the engine's own, so it is taken from the decision.
    Hold block = !rule.scaleInOffered() ? Hold.NONE : g.scaleOutWarming() > 0 ? Hold.WARMING
        : d.hold() == Hold.LAUNCH_COOLDOWN ? Hold.LAUNCH_COOLDOWN : Hold.NONE;
    int winner = rule.close(block);
    String at = "seed " + seed + " minute " + minute;
    assertThat(d.changed()).as(at).isEqualTo(winner != CombinationRule.NONE);
    countSole(e, d, winner);
    if (d.changed()) {
      changes++;
      assertThat(d.policyIndex()).as(at).isEqualTo(winner);
      assertThat(d.newDesired()).as(at).isEqualTo(rule.desired());
      return;
    }
    assertThat(d.hold()).as(at).isEqualTo(rule.hold());
    assertThat(d.holdPolicyIndex()).as(at).isEqualTo(rule.holdIndex());
    if (other) {
      combinedHolds++;
    } else if (floorAtOrBelow) {
      quietUnderFloor++;
    } else if (d.hold() != Hold.NONE) {
      quietWithReason++;
    }
  }

  /** Counts a sole dynamic policy's evaluation by what it proposed and how it ended. */
  private void countSole(ScalingEngine e, Decision d, int winner) {
    int dynamic = -1;
    for (int i = 0; i < e.policyCount(); i++) {
      if (!(e.policy(i) instanceof PredictiveEvaluator)) {
        if (dynamic >= 0) {
          return;
        }
        dynamic = i;
      }
    }
    PolicyEvaluator p = e.policy(dynamic);
    int proposal = e.lastProposal(dynamic);
    String kind = p.role() == CombinationRule.Role.FLOOR ? "floor role"
        : proposal == PolicyEvaluator.NO_PROPOSAL ? "none" : proposal > d.oldDesired() ? "out"
        : proposal == d.oldDesired() ? "equal" : "in";
    String end = winner != CombinationRule.NONE ? "change" : d.hold().name();
    sole.merge(kind + " " + p.role() + " " + end, 1, Integer::sum);
    sole.merge(p.getClass().getSimpleName(), 1, Integer::sum);
  }

  @Test
  void quietPathGivesTheCombinationRulesAnswer() {
    for (long seed = 1; seed <= 120; seed++) {
      run(seed);
    }
    // every branch of the direct path for one dynamic policy, on each of its roles where the role can reach it
    for (String branch : List.of("out SCALE_IN_BY_CONSENSUS AT_MAX_SIZE", "out SCALE_IN_BY_CONSENSUS change",
        "out INDEPENDENT change", "out SCALE_OUT_ONLY change", "equal SCALE_IN_BY_CONSENSUS EQUALS_CURRENT",
        "equal INDEPENDENT EQUALS_CURRENT", "in SCALE_IN_BY_CONSENSUS change", "in INDEPENDENT change",
        "in SCALE_IN_BY_CONSENSUS WARMING", "in SCALE_IN_BY_CONSENSUS LAUNCH_COOLDOWN",
        "in SCALE_IN_BY_CONSENSUS PREDICTIVE_FLOOR", "in INDEPENDENT AT_MIN_SIZE",
        "in SCALE_OUT_ONLY NONE", "none SCALE_IN_BY_CONSENSUS SCALE_IN_PENDING", "none INDEPENDENT SIMPLE_COOLDOWN",
        "none SCALE_OUT_ONLY SCALE_IN_DISABLED", "floor role FLOOR change")) {
      assertThat(sole.getOrDefault(branch, 0)).as("sole policy: %s", branch).isGreaterThan(3);
    }
    for (String kind : List.of("TargetTrackingEvaluator", "StepEvaluator", "SimpleEvaluator", "RandomPlugin")) {
      assertThat(sole.getOrDefault(kind, 0)).as("sole policy of kind %s", kind).isGreaterThan(1000);
    }
    assertThat(quietWithReason).as("quiet evaluations with a reason").isGreaterThan(100);
    assertThat(quietUnderFloor).as("quiet evaluations under a predictive floor").isGreaterThan(100);
    assertThat(changes).as("changes").isGreaterThan(10);
    assertThat(combinedHolds).as("holds decided by the rule").isGreaterThan(10);
  }
}
