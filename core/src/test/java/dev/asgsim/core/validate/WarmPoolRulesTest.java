package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.config.WarmPoolSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarmPoolRulesTest {
  private static final LaunchTemplateSpecification LT = LaunchTemplateSpecification.byName("lt", "$Latest");
  private static final WarmPoolConfiguration STOPPED = new WarmPoolConfiguration(0, null, "Stopped", null);
  private static final LifecycleHookSpecification LAUNCH = new LifecycleHookSpecification("app-install",
      LifecycleHookSpecification.LAUNCHING, 600, "ABANDON", null, null, null);

  private static AutoScalingGroup.Builder group() {
    return AutoScalingGroup.builder().autoScalingGroupName("g").launchTemplate(LT).minSize(1).maxSize(10)
        .defaultInstanceWarmup(60);
  }

  private static List<String> rules(AutoScalingGroup g, SimulationSettings s, Severity severity) {
    ScalingConfig c = ScalingConfig.builder().autoScalingGroup(g).simulation(s).build();
    return Validator.defaults().validate(c).stream().filter(f -> f.severity() == severity)
        .map(Finding::ruleId).toList();
  }

  @Test
  @DisplayName("§7.6 [D] \"Limits: no mixed instances policy, no Spot\": a warm pool on a mixed instances group is an ERROR")
  void noWarmPoolWithMixedInstances() {
    var mixed = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(LT, null), null);
    AutoScalingGroup g = group().launchTemplate(null).mixedInstancesPolicy(mixed).warmPoolConfiguration(STOPPED)
        .build();
    assertThat(rules(g, null, Severity.ERROR)).contains("warm-pool-mixed-instances");
    assertThat(rules(group().warmPoolConfiguration(STOPPED).build(), null, Severity.ERROR))
        .doesNotContain("warm-pool-mixed-instances");
  }

  @Test
  @DisplayName("§7.6 advice: a warm pool without a launch hook; a long DefaultInstanceWarmup with a warm pool")
  void warmPoolAdvice() {
    assertThat(rules(group().warmPoolConfiguration(STOPPED).defaultInstanceWarmup(600).build(), null,
        Severity.ADVICE)).contains("warm-pool-without-launch-hook", "warm-pool-long-warmup");
    List<String> withHook = rules(group().warmPoolConfiguration(STOPPED).lifecycleHookSpecificationList(
        List.of(LAUNCH)).build(), null, Severity.ADVICE);
    assertThat(withHook).doesNotContain("warm-pool-without-launch-hook", "warm-pool-long-warmup");
  }

  @Test
  @DisplayName("§6.5 [D] the grace period \"does not start until the lifecycle hook actions complete\": a hook held "
      + "240 s with a 60 s grace gets the advice; a 300 s grace over a 240 s hook does not")
  void launchHookLongerThanGrace() {
    SimulationSettings hold = SimulationSettings.builder()
        .lifecycleHooks(Map.of("app-install", new HookTiming(240, null, null, null, null))).build();
    AutoScalingGroup g = group().lifecycleHookSpecificationList(List.of(LAUNCH)).healthCheckGracePeriod(60).build();
    assertThat(rules(g, hold, Severity.ADVICE)).contains("launch-hook-longer-than-grace");
    assertThat(rules(g.toBuilder().healthCheckGracePeriod(300).build(), hold, Severity.ADVICE))
        .doesNotContain("launch-hook-longer-than-grace");
  }

  @Test
  @DisplayName("§6.5 [D] without a completion the instance waits the full HeartbeatTimeout: WARNING until "
      + "Simulation.LifecycleHooks.<name>.HoldSeconds says how long the hook holds")
  void hookNeverCompletedWarns() {
    AutoScalingGroup g = group().lifecycleHookSpecificationList(List.of(LAUNCH)).build();
    assertThat(rules(g, null, Severity.WARNING)).contains("hook-never-completed");
    SimulationSettings hold = SimulationSettings.builder()
        .lifecycleHooks(Map.of("app-install", new HookTiming(240, 30, "CONTINUE", null, null))).build();
    assertThat(rules(g, hold, Severity.WARNING)).doesNotContain("hook-never-completed");
    assertThat(rules(g, hold, Severity.ERROR)).noneMatch(r -> r.startsWith("hook"));
  }

  @Test
  @DisplayName("§7.6 [I] Simulation.WarmPool.UnhealthyPerInstanceDay 0-1440 and UnhealthyTerminationSeconds >= 0; "
      + "AWS's \"usually terminated within a few minutes\" defaults to 120 s, no failures by default")
  void poolHealthSettings() {
    AutoScalingGroup g = group().warmPoolConfiguration(STOPPED).build();
    SimulationSettings bad = SimulationSettings.builder()
        .warmPool(new WarmPoolSettings(null, null, null, null, null, null, -0.5, -1)).build();
    assertThat(rules(g, bad, Severity.ERROR)).filteredOn("simulation-warm-pool"::equals).hasSize(2);
    SimulationSettings ok = SimulationSettings.builder()
        .warmPool(new WarmPoolSettings(null, null, null, null, null, null, 0.01, 300)).build();
    assertThat(rules(g, ok, Severity.ERROR)).doesNotContain("simulation-warm-pool");
    assertThat(WarmPoolSettings.DEFAULTS.effectiveUnhealthyPerInstanceDay()).isZero();
    assertThat(WarmPoolSettings.DEFAULTS.effectiveUnhealthyTerminationSeconds()).isEqualTo(120);
  }
}
