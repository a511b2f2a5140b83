package dev.asgsim.core.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The processes {@code SuspendProcesses} can suspend (aws-behaviour §7.8 [D], suspend/resume page), under their API names.
 * {@code AutoScalingGroup.SuspendedProcesses} lists the ones suspended for the whole simulated run.
 */
public enum ScalingProcess {
  Launch,
  Terminate,
  AddToLoadBalancer,
  /** "suspends all dynamic policies" (aws-behaviour §7.8). */
  AlarmNotification,
  AZRebalance,
  HealthCheck,
  InstanceRefresh,
  ReplaceUnhealthy,
  ScheduledActions;

  /** The process named {@code name} (as the API spells it, case-insensitive), or null. */
  public static ScalingProcess parse(String name) {
    if (name == null) {
      return null;
    }
    for (ScalingProcess p : values()) {
      if (p.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
        return p;
      }
    }
    return null;
  }

  /** The known processes of {@code names}; unknown names are left to the validator. */
  public static Set<ScalingProcess> of(List<String> names) {
    Set<ScalingProcess> set = EnumSet.noneOf(ScalingProcess.class);
    for (String n : Lists.orEmpty(names)) {
      ScalingProcess p = parse(n);
      if (p != null) {
        set.add(p);
      }
    }
    return set;
  }
}
