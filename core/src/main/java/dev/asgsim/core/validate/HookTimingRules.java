package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.SimulationSettings;
import java.util.List;
import java.util.Map;

/**
 * {@code Simulation.LifecycleHooks}: how long each hook holds an instance (aws-behaviour §6.5 [I]), checked for sanity,
 * and the warning that a hook nothing completes makes every instance wait out its HeartbeatTimeout.
 */
final class HookTimingRules {
  private static final String BASE = SimulationRules.S + ".LifecycleHooks";

  private HookTimingRules() {}

  static void check(AutoScalingGroup g, SimulationSettings s, Findings f) {
    List<LifecycleHookSpecification> hooks = g == null ? List.of() : Checks.orEmpty(g.lifecycleHookSpecificationList());
    List<String> names = hooks.stream().filter(h -> h != null && h.lifecycleHookName() != null)
        .map(LifecycleHookSpecification::lifecycleHookName).toList();
    Map<String, HookTiming> timings = s == null || s.lifecycleHooks() == null ? Map.of() : s.lifecycleHooks();
    for (Map.Entry<String, HookTiming> e : timings.entrySet()) {
      String path = BASE + "." + e.getKey();
      if (!names.contains(e.getKey())) {
        f.error("hook-timing-unknown", path, "no lifecycle hook named " + e.getKey() + " in "
                + "AutoScalingGroup.LifecycleHookSpecificationList" + Checks.didYouMean(e.getKey(), names)
                + " (aws-behaviour §6.5)", "name one of the group's hooks: " + String.join(", ", names));
      }
      timing(e.getValue(), path, f);
    }
    for (int i = 0; i < hooks.size(); i++) {
      LifecycleHookSpecification h = hooks.get(i);
      if (h == null || h.lifecycleHookName() == null) {
        continue;
      }
      HookTiming t = timings.get(h.lifecycleHookName());
      if (t == null || t.holdSeconds() == null) {
        f.warning("hook-never-completed", GroupRules.G + ".LifecycleHookSpecificationList[" + i + "]",
            "nothing completes lifecycle hook " + h.lifecycleHookName() + " in the simulation: every instance waits "
                + "the full HeartbeatTimeout (" + h.effectiveHeartbeatTimeout() + " s) and then DefaultResult "
                + h.effectiveDefaultResult() + " applies, as AWS does when no CompleteLifecycleAction comes "
                + "(aws-behaviour §6.5)", "set Simulation.LifecycleHooks." + h.lifecycleHookName()
                + ".HoldSeconds to the seconds the instance's own work takes");
      }
    }
  }

  private static void timing(HookTiming t, String path, Findings f) {
    if (t == null) {
      f.error("hook-timing", path, "an empty hook timing (aws-behaviour §6.5)", "set HoldSeconds or remove it");
      return;
    }
    nonNegative(t.holdSeconds(), path + ".HoldSeconds", f);
    nonNegative(t.warmStartHoldSeconds(), path + ".WarmStartHoldSeconds", f);
    nonNegative(t.holdJitterSeconds(), path + ".HoldJitterSeconds", f);
    nonNegative(t.heartbeatCount(), path + ".HeartbeatCount", f);
    if (t.heartbeatIntervalSeconds() != null && t.heartbeatIntervalSeconds() < 1) {
      f.error("hook-timing", path + ".HeartbeatIntervalSeconds", "HeartbeatIntervalSeconds must be at least 1 "
          + "(aws-behaviour §6.5)", "write the seconds between RecordLifecycleActionHeartbeat calls");
    }
    if (t.holdSeconds() != null && t.holdJitterSeconds() != null && t.holdJitterSeconds() > t.holdSeconds()) {
      f.error("hook-timing", path + ".HoldJitterSeconds", "HoldJitterSeconds " + t.holdJitterSeconds()
          + " is above HoldSeconds " + t.holdSeconds() + ": a hold cannot be negative", "lower the jitter");
    }
    if (t.result() != null && !HookRules.RESULTS.contains(t.result())) {
      f.error("hook-timing", path + ".Result", "Result " + t.result() + " is not CONTINUE or ABANDON "
          + "(aws-behaviour §6.5)", "write CONTINUE (the default) or ABANDON");
    }
  }

  private static void nonNegative(Integer v, String path, Findings f) {
    if (v != null && v < 0) {
      f.error("hook-timing", path, path.substring(path.lastIndexOf('.') + 1) + " cannot be negative (aws-behaviour §6.5)",
          "use 0 or more");
    }
  }
}
