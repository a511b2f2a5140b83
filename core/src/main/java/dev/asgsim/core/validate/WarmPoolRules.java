package dev.asgsim.core.validate;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.config.WarmPoolSettings;
import java.util.List;

/**
 * Warm pool constraints of {@code PutWarmPool} and AWS's advice on warm pools (aws-behaviour §7.6), the advice on launch
 * hooks against the grace period (aws-behaviour §6.2, §6.5), and the {@code Simulation.WarmPool} numbers' sanity.
 */
final class WarmPoolRules {
  static final List<String> POOL_STATES = List.of("Stopped", "Running", "Hibernated");
  private static final String W = GroupRules.G + ".WarmPoolConfiguration";

  private WarmPoolRules() {}

  static void check(ScalingConfig config, Findings f) {
    AutoScalingGroup g = config.autoScalingGroup();
    SimulationSettings sim = config.effectiveSimulation();
    settings(config.simulation() == null ? null : config.simulation().warmPool(), f);
    if (g == null) {
      return;
    }
    launchHookAgainstGrace(g, sim, f);
    WarmPoolConfiguration w = g.warmPoolConfiguration();
    if (w == null) {
      return;
    }
    if (w.minSize() != null && w.minSize() < 0) {
      f.error("warm-pool-range", W + ".MinSize", "MinSize " + w.minSize() + " cannot be negative (aws-behaviour §7.6)",
          "use 0 (the default) or more");
    }
    if (w.maxGroupPreparedCapacity() != null && w.maxGroupPreparedCapacity() < -1) {
      f.error("warm-pool-range", W + ".MaxGroupPreparedCapacity", "MaxGroupPreparedCapacity "
          + w.maxGroupPreparedCapacity() + " is below -1 (aws-behaviour §7.6: 0 or more, -1 clears it)",
          "leave it out to prepare up to MaxSize");
    }
    if (w.poolState() != null && !POOL_STATES.contains(w.poolState())) {
      f.error("warm-pool-state", W + ".PoolState", "PoolState " + w.poolState() + " is not one of "
          + Checks.oneOf(POOL_STATES) + Checks.didYouMean(w.poolState(), POOL_STATES) + " (aws-behaviour §7.6)",
          "write Stopped (the default), Running or Hibernated");
    }
    if (g.mixedInstancesPolicy() != null) {
      f.error("warm-pool-mixed-instances", W, "a warm pool cannot be added to a group with a mixed instances policy "
          + "or Spot Instances (aws-behaviour §7.6: \"Limits: no mixed instances policy, no Spot\")",
          "remove the MixedInstancesPolicy (use one LaunchTemplate) or the warm pool");
    }
    boolean launchHook = Checks.orEmpty(g.lifecycleHookSpecificationList()).stream()
        .anyMatch(h -> h != null && LifecycleHookSpecification.LAUNCHING.equals(h.lifecycleTransition()));
    if (!launchHook) {
      f.advice("warm-pool-without-launch-hook", W, "a warm pool without a launch lifecycle hook: instances are "
              + "stopped (or put in service from the pool) without waiting for their initialisation to finish, so "
              + "they may reach InService before the application is ready (aws-behaviour §7.6)",
          "add an autoscaling:EC2_INSTANCE_LAUNCHING hook that the instance completes when it is ready");
    }
    Integer warmup = g.defaultInstanceWarmup();
    int start = sim.effectiveWarmPool().fromPoolSeconds(w.poolState());
    if (warmup != null && warmup > 0 && warmup > 2 * Math.max(start, 60)) {
      f.advice("warm-pool-long-warmup", GroupRules.G + ".DefaultInstanceWarmup", "DefaultInstanceWarmup " + warmup
              + " s with a warm pool: instances from the pool are ready in seconds, but stay out of the metric for "
              + "the whole warm-up, so the group over-scales; AWS advises a shorter warm-up with warm pools "
              + "(aws-behaviour §7.6)", "shorten DefaultInstanceWarmup to the time a pooled instance needs");
    }
  }

  /**
   * The grace period starts only after the launch hooks complete (aws-behaviour §6.5 [D]): a hook that holds longer
   * than the grace period already covers the start-up, and a grace sized for the hook is wasted time.
   */
  private static void launchHookAgainstGrace(AutoScalingGroup g, SimulationSettings sim, Findings f) {
    int grace = g.effectiveHealthCheckGracePeriod();
    List<LifecycleHookSpecification> hooks = Checks.orEmpty(g.lifecycleHookSpecificationList());
    for (int i = 0; i < hooks.size(); i++) {
      LifecycleHookSpecification h = hooks.get(i);
      if (h == null || !LifecycleHookSpecification.LAUNCHING.equals(h.lifecycleTransition())) {
        continue;
      }
      HookTiming t = sim.hookTiming(h.lifecycleHookName());
      if (t != null && t.holdSeconds() != null && grace > 0 && t.holdSeconds() > grace) {
        f.advice("launch-hook-longer-than-grace", GroupRules.G + ".LifecycleHookSpecificationList[" + i + "]",
            "launch hook " + h.lifecycleHookName() + " holds instances " + t.holdSeconds() + " s, longer than the "
                + grace + " s HealthCheckGracePeriod; the grace period \"does not start until the lifecycle hook "
                + "actions complete and the instance enters the InService state\" (aws-behaviour §6.5), so it "
                + "adds to the hook rather than covering it",
            "size HealthCheckGracePeriod for what follows InService only (0 is fine when the hook waits for the "
                + "application, aws-behaviour §6.2)");
      }
    }
  }

  private static void settings(WarmPoolSettings s, Findings f) {
    if (s == null) {
      return;
    }
    String base = SimulationRules.S + ".WarmPool.";
    Object[][] seconds = {{"FromStoppedSeconds", s.fromStoppedSeconds()}, {"FromHibernatedSeconds",
        s.fromHibernatedSeconds()}, {"FromRunningSeconds", s.fromRunningSeconds()}, {"IntoPoolExtraSeconds",
        s.intoPoolExtraSeconds()}, {"UnhealthyTerminationSeconds", s.unhealthyTerminationSeconds()}};
    for (Object[] e : seconds) {
      if (e[1] != null && (Integer) e[1] < 0) {
        f.error("simulation-warm-pool", base + e[0], e[0] + " cannot be negative (aws-behaviour §7.6)",
            "use 0 or more seconds, or leave it out for the default");
      }
    }
    if (s.unhealthyPerInstanceDay() != null
        && !(s.unhealthyPerInstanceDay() >= 0 && s.unhealthyPerInstanceDay() <= 1440)) {
      f.error("simulation-warm-pool", base + "UnhealthyPerInstanceDay", "UnhealthyPerInstanceDay must be from 0 to "
          + "1440 failed pool health checks per instance-day (aws-behaviour §7.6)",
          "write the expected failures per pooled instance per day, e.g. 0.01, or 0 for none");
    }
    for (Object[] e : new Object[][] {{"EbsGiB", s.ebsGiB()}, {"EbsPricePerGibMonth", s.ebsPricePerGibMonth()}}) {
      if (e[1] != null && !((Double) e[1] >= 0 && Double.isFinite((Double) e[1]))) {
        f.error("simulation-warm-pool", base + e[0], e[0] + " must be 0 or more (aws-behaviour §7.6)",
            "write the root volume size in GiB and its USD per GiB-month, e.g. 8 and 0.08");
      }
    }
  }
}
