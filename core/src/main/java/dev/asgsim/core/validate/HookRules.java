package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LifecycleHookSpecification;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Lifecycle hook constraints (aws-behaviour §6.5, §9.4). */
final class HookRules {
  /** aws-behaviour §6.5 [D]. */
  static final int MAX_HOOKS = 50;
  static final int MIN_HEARTBEAT_TIMEOUT = 30;
  static final int MAX_HEARTBEAT_TIMEOUT = 7200;
  static final List<String> TRANSITIONS =
      List.of(LifecycleHookSpecification.LAUNCHING, LifecycleHookSpecification.TERMINATING);
  static final List<String> RESULTS = List.of("CONTINUE", "ABANDON");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9\\-_/]{1,255}");

  private HookRules() {}

  static void check(AutoScalingGroup g, Findings f) {
    if (g == null) {
      return;
    }
    String base = GroupRules.G + ".LifecycleHookSpecificationList";
    List<LifecycleHookSpecification> hooks = Checks.orEmpty(g.lifecycleHookSpecificationList());
    if (hooks.size() > MAX_HOOKS) {
      f.error("hook-quota", base, hooks.size() + " lifecycle hooks; at most " + MAX_HOOKS + " per group (aws-behaviour §7.9)",
          "remove hooks");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < hooks.size(); i++) {
      LifecycleHookSpecification h = hooks.get(i);
      String path = base + "[" + i + "]";
      if (h == null) {
        f.error("hook-name", path, "an empty lifecycle hook (aws-behaviour §6.5)", "remove the empty list item");
        continue;
      }
      if (h.lifecycleHookName() == null || !NAME.matcher(h.lifecycleHookName()).matches()) {
        f.error("hook-name", path + ".LifecycleHookName", "LifecycleHookName must be 1-255 characters of letters, "
            + "digits and - _ / (aws-behaviour §6.5)", "name the hook, e.g. wait-for-bootstrap");
      } else if (!names.add(h.lifecycleHookName())) {
        f.error("hook-name-duplicate", path + ".LifecycleHookName", "lifecycle hook " + h.lifecycleHookName()
            + " is defined twice (aws-behaviour §6.5)", "give each hook its own name");
      }
      if (h.lifecycleTransition() == null || !TRANSITIONS.contains(h.lifecycleTransition())) {
        f.error("hook-transition", path + ".LifecycleTransition", "LifecycleTransition "
                + h.lifecycleTransition() + " is not one of " + Checks.oneOf(TRANSITIONS)
                + Checks.didYouMean(h.lifecycleTransition(), TRANSITIONS) + " (aws-behaviour §6.5)",
            "write autoscaling:EC2_INSTANCE_LAUNCHING or autoscaling:EC2_INSTANCE_TERMINATING");
      }
      Integer t = h.heartbeatTimeout();
      if (t != null && (t < MIN_HEARTBEAT_TIMEOUT || t > MAX_HEARTBEAT_TIMEOUT)) {
        f.error("hook-heartbeat-timeout", path + ".HeartbeatTimeout", "HeartbeatTimeout " + t + " is outside "
                + MIN_HEARTBEAT_TIMEOUT + "-" + MAX_HEARTBEAT_TIMEOUT + " s (aws-behaviour §6.5)",
            "use 30 to 7200 seconds (default 3600)");
      }
      if (h.defaultResult() != null && !RESULTS.contains(h.defaultResult())) {
        f.error("hook-default-result", path + ".DefaultResult", "DefaultResult " + h.defaultResult()
            + " is not CONTINUE or ABANDON (aws-behaviour §6.5)", "write CONTINUE or ABANDON (the default)");
      }
      if (h.notificationMetadata() != null
          && (h.notificationMetadata().isEmpty() || h.notificationMetadata().length() > 4000)) {
        f.error("hook-metadata", path + ".NotificationMetadata", "NotificationMetadata must be 1-4000 characters "
            + "(aws-behaviour §6.5)", "shorten it or leave it out");
      }
    }
  }
}
