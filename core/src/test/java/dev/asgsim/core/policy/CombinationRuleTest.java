package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.policy.CombinationRule.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The combination rule as a table (aws-behaviour §1.7, §7.1, §2.2 item 4). Proposals are written {@code ROLE:capacity} in
 * policy order: {@code C} = target tracking with scale-in enabled (scale-in by consensus), {@code I} = step, simple or
 * plug-in (independent), {@code O} = target tracking with DisableScaleIn (scale-out only); {@code -} = no proposal.
 * Expected: the winning policy's index (-1 = none) and the desired capacity after the evaluation.
 */
class CombinationRuleTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // case                                                                  | cur | min | max | warming | proposals  | winner | desired
      "§1.7 [D] 'scales out if any' policy is ready: the other has no opinion  | 4   | 1   | 20  | false   | C:- C:6    | 1      | 6",
      "§1.7 [D] scale-out needs no agreement: the other wants to scale in     | 4   | 1   | 20  | false   | C:2 C:6    | 1      | 6",
      "§7.1 [D] 'the largest capacity' wins scale-out across policy types      | 2   | 1   | 20  | false   | I:5 C:9 I:7 | 1     | 9",
      "scale-out beats any scale-in at the same evaluation                     | 4   | 1   | 20  | false   | I:2 I:6    | 1      | 6",
      "equal scale-outs: the earlier policy is named                           | 4   | 1   | 20  | false   | I:6 C:6    | 0      | 6",
      "§1.7 [D] 'scales in only if all' agree: all do, the largest wins        | 4   | 1   | 20  | false   | C:2 C:3    | 1      | 3",
      "§1.7 [D] one scale-in-enabled policy has no opinion: no scale-in        | 4   | 1   | 20  | false   | C:2 C:-    | -1     | 4",
      "§1.7 [D] one scale-in-enabled policy wants to stay: no scale-in         | 4   | 1   | 20  | false   | C:2 C:4    | -1     | 4",
      "§1.7 [D] DisableScaleIn: the policy has no vote                         | 4   | 1   | 20  | false   | C:2 O:-    | 0      | 2",
      "§1.7 [D] DisableScaleIn: the policy never removes instances             | 4   | 1   | 20  | false   | O:2        | -1     | 4",
      "§1.7 [D] DisableScaleIn: the policy still scales out                    | 4   | 1   | 20  | false   | O:7        | 0      | 7",
      "§1.7 [D] a step policy may scale in before target tracking is ready     | 4   | 1   | 20  | false   | C:- I:3    | 1      | 3",
      "§1.7 [D] agreed TT scale-in vs step scale-in: the largest wins (step)   | 4   | 1   | 20  | false   | C:2 I:3    | 1      | 3",
      "§1.7 [D] agreed TT scale-in vs step scale-in: the largest wins (TT)     | 4   | 1   | 20  | false   | C:3 I:2    | 0      | 3",
      "equal scale-ins: the agreed target tracking policy is named [I]        | 4   | 1   | 20  | false   | I:3 C:3    | 1      | 3",
      "§1.7 [D] AWS's example: -3 instances vs -25 % of 8 => -2 wins           | 8   | 1   | 20  | false   | I:5 I:6    | 1      | 6",
      "§2.2-4 [D] target tracking scale-in blocked while scale-out warms       | 4   | 1   | 20  | true    | C:2        | -1     | 4",
      "§2.2-4 [D] step scale-in blocked while scale-out warms                  | 4   | 1   | 20  | true    | I:3        | -1     | 4",
      "§2.2-4 [D] scale-out is not blocked while scale-out warms               | 4   | 1   | 20  | true    | C:6        | 0      | 6",
      "§7.1 [D] clamp to MaxSize: +3 on max 3, current 2 adds 1                | 2   | 1   | 3   | false   | I:5        | 0      | 3",
      "§7.1 [D] clamp to MinSize: -2 on min 2, current 3 removes 1             | 3   | 2   | 10  | false   | I:1        | 0      | 2",
      "§7.1 [D] at MaxSize a scale-out clamps to no change                     | 4   | 1   | 4   | false   | C:9        | -1     | 4",
      "§7.1 [D] at MinSize a scale-in clamps to no change                      | 1   | 1   | 4   | false   | C:0        | -1     | 1",
      "no policies, no change                                                  | 4   | 1   | 20  | false   |            | -1     | 4",
      "no proposals, no change                                                 | 4   | 1   | 20  | false   | C:- I:- O:- | -1    | 4",
  })
  void combines(String name, int current, int min, int max, boolean warming, String proposals, int winner,
      int desired) {
    CombinationRule rule = new CombinationRule();
    // a previous combination must leave nothing behind
    rule.open(9, 0, 100);
    rule.offer(0, Role.INDEPENDENT, 50);
    rule.close(false);

    rule.open(current, min, max);
    String[] votes = proposals == null ? new String[0] : proposals.trim().split("\\s+");
    for (int i = 0; i < votes.length; i++) {
      String[] v = votes[i].split(":");
      Role role = switch (v[0]) {
        case "C" -> Role.SCALE_IN_BY_CONSENSUS;
        case "I" -> Role.INDEPENDENT;
        case "O" -> Role.SCALE_OUT_ONLY;
        default -> throw new IllegalArgumentException("unknown role " + v[0]);
      };
      rule.offer(i, role, v[1].equals("-") ? PolicyEvaluator.NO_PROPOSAL : Integer.parseInt(v[1]));
    }
    assertThat(rule.close(warming)).as("winner").isEqualTo(winner);
    assertThat(rule.desired()).as("desired").isEqualTo(desired);
  }

  /**
   * Why nothing won (issue 17 item 3): the rule of the combination that held the group back, and the policy it names.
   * {@code C:-/DEAD_BAND} is "no proposal, because of DEAD_BAND"; {@code F} = a predictive floor (aws-behaviour §5.2).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // case                                                                   | cur | min | max | block           | proposals                          | hold             | policy
      "§2.2-4 [D] 'all policy-initiated scale-in is blocked' while warming       | 4   | 1   | 20  | WARMING         | C:2                                | WARMING          | 0",
      "§2.2-5 [D] the default cooldown after a launch blocks scale-in            | 4   | 1   | 20  | LAUNCH_COOLDOWN | C:- I:3                            | LAUNCH_COOLDOWN  | 1",
      "§1.7 [D] 'scales in only if all' agree: the first dissenter is named      | 4   | 1   | 20  | NONE            | C:2 C:-/DEAD_BAND C:3              | POLICY_DISAGREES | 1",
      "§1.7 [D] a policy that wants to stay dissents                             | 4   | 1   | 20  | NONE            | C:4 C:2                            | POLICY_DISAGREES | 0",
      "§7.1 [D] 'at max, scale-out stops'                                        | 4   | 1   | 4   | NONE            | C:9                                | AT_MAX_SIZE      | 0",
      "§7.1 [D] a scale-in clamped to MinSize                                    | 1   | 1   | 4   | NONE            | I:0                                | AT_MIN_SIZE      | 0",
      "§5.2 [D] scale-in stops at the predictive floor                           | 4   | 1   | 20  | NONE            | C:2 F:4                            | PREDICTIVE_FLOOR | 1",
      "§1.5 [D] rounding: the proposal equals desired                            | 2   | 1   | 20  | NONE            | C:2                                | EQUALS_CURRENT   | 0",
      "no proposal: the strongest evaluator reason wins, not the first           | 2   | 1   | 20  | NONE            | C:-/DEAD_BAND I:-/SIMPLE_COOLDOWN  | SIMPLE_COOLDOWN  | 1",
      "a blocked scale-in is the reason even when another policy is quiet        | 2   | 1   | 20  | WARMING         | C:-/SCALE_IN_PENDING I:1           | WARMING          | 1",
      "a scale-out that wins has no hold                                         | 2   | 1   | 20  | WARMING         | C:-/DEAD_BAND I:4                  | NONE             | -1",
      "nothing to say                                                            | 2   | 1   | 20  | NONE            | C:- I:-                            | NONE             | -1",
  })
  void namesWhatHeldTheGroupBack(String name, int current, int min, int max, Hold block, String proposals, Hold hold,
      int policy) {
    CombinationRule rule = new CombinationRule();
    rule.open(9, 0, 100); // a previous combination with a reason must leave nothing behind
    rule.offer(0, Role.INDEPENDENT, PolicyEvaluator.NO_PROPOSAL, Hold.MISSING_DATA);
    rule.close(Hold.NONE);

    rule.open(current, min, max);
    String[] votes = proposals.trim().split("\\s+");
    for (int i = 0; i < votes.length; i++) {
      String[] v = votes[i].split("[:/]");
      Role role = switch (v[0]) {
        case "C" -> Role.SCALE_IN_BY_CONSENSUS;
        case "I" -> Role.INDEPENDENT;
        case "F" -> Role.FLOOR;
        default -> throw new IllegalArgumentException("unknown role " + v[0]);
      };
      int capacity = v[1].equals("-") ? PolicyEvaluator.NO_PROPOSAL : Integer.parseInt(v[1]);
      rule.offer(i, role, capacity, v.length > 2 ? Hold.valueOf(v[2]) : Hold.NONE);
    }
    int winner = rule.close(block);
    assertThat(rule.hold()).as("hold").isEqualTo(hold);
    assertThat(rule.holdIndex()).as("policy named").isEqualTo(policy);
    boolean scaledOut = proposals.contains("I:4");
    assertThat(winner == CombinationRule.NONE).as("nothing won").isEqualTo(!scaledOut);
  }

  @Test
  @DisplayName("each AWS evaluator states its role and source: TT by consensus (scale-out only with DisableScaleIn), "
      + "step and simple independent, plug-ins independent")
  void evaluatorsStateTheirRole() {
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1),
        Configs.tt("on", "ASGAverageCPUUtilization", 50, false),
        Configs.tt("off", "ALBRequestCountPerTarget", 100, true),
        Configs.stepPolicy("step", Configs.alarm("a", "GreaterThanThreshold", 60, 1, 1, null), "ChangeInCapacity",
            null, Configs.step(0.0, null, 1)),
        Configs.simplePolicy("simple", Configs.alarm("b", "LessThanThreshold", 20, 1, 1, null), "ChangeInCapacity",
            -1, 120)))
        .addPlugin(new PluginPolicy() {
          @Override
          public String name() {
            return "plug";
          }

          @Override
          public int propose(long now, GroupView group, ControlPlaneView plane) {
            return 3;
          }
        }).build();
    assertThat(e.policy(0).role()).isEqualTo(Role.SCALE_IN_BY_CONSENSUS);
    assertThat(e.policy(1).role()).isEqualTo(Role.SCALE_OUT_ONLY);
    assertThat(e.policy(2).role()).isEqualTo(Role.INDEPENDENT);
    assertThat(e.policy(3).role()).isEqualTo(Role.INDEPENDENT);
    assertThat(e.policy(4).role()).isEqualTo(Role.INDEPENDENT);
    assertThat(e.policy(0).source()).isEqualTo(DecisionSource.TARGET_TRACKING);
    assertThat(e.policy(2).source()).isEqualTo(DecisionSource.STEP);
    assertThat(e.policy(3).source()).isEqualTo(DecisionSource.SIMPLE);
    assertThat(e.policy(4).source()).isEqualTo(DecisionSource.PLUGIN);
    // §3 [D]: only simple policies start a cooldown (the policy's Cooldown, here 120 s)
    assertThat(e.policy(3).cooldownSeconds()).isEqualTo(120);
    assertThat(e.policy(0).cooldownSeconds()).isEqualTo(PolicyEvaluator.NO_COOLDOWN);
    assertThat(e.policy(2).cooldownSeconds()).isEqualTo(PolicyEvaluator.NO_COOLDOWN);
  }
}
