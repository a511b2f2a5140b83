package dev.asgsim.simulator;

import dev.asgsim.core.policy.Hold;

/**
 * Consecutive minutes in which desired capacity did not change and the engine named the same rule for it (issue 17
 * item 3): not an AWS activity — AWS records changes only — but asgsim's answer to "why didn't it scale?".
 *
 * @param startEpochSecond the first minute's start
 * @param endEpochSecond   the end of the last minute (exclusive)
 * @param reason           the rule that held the group back, from the engine's decision path
 * @param policyName       the policy the reason concerns, or null (no one policy, or the simulator's own rule)
 * @param desired          desired capacity during these minutes
 */
public record NotScaled(long startEpochSecond, long endEpochSecond, Hold reason, String policyName, int desired) {
  public int minutes() {
    return (int) ((endEpochSecond - startEpochSecond) / 60);
  }
}
