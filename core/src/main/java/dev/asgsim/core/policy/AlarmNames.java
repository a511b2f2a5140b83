package dev.asgsim.core.policy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Names of the managed target tracking alarms: {@code TargetTracking-<asg>-AlarmHigh-<uuid>} (aws-behaviour §1.4 [D]). AWS's
 * uuid is random; ours is a name-based UUID of group, policy and side, so that runs are reproducible.
 */
public final class AlarmNames {
  private AlarmNames() {}

  public static String high(String group, String policy) {
    return name(group, policy, "AlarmHigh");
  }

  public static String low(String group, String policy) {
    return name(group, policy, "AlarmLow");
  }

  private static String name(String group, String policy, String side) {
    UUID uuid = UUID.nameUUIDFromBytes((group + '\u0000' + policy + '\u0000' + side).getBytes(StandardCharsets.UTF_8));
    return "TargetTracking-" + group + "-" + side + "-" + uuid;
  }
}
