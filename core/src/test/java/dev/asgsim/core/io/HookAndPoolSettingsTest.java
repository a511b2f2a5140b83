package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.HookTiming;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.WarmPoolSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HookAndPoolSettingsTest {
  private static final String YAML = """
      AutoScalingGroup:
        AutoScalingGroupName: g
        MinSize: 1
        MaxSize: 10
        LifecycleHookSpecificationList:
          - LifecycleHookName: app-install
            LifecycleTransition: autoscaling:EC2_INSTANCE_LAUNCHING
            HeartbeatTimeout: 600
        WarmPoolConfiguration:
          MinSize: 1
          MaxGroupPreparedCapacity: 8
          PoolState: Hibernated
          InstanceReusePolicy:
            ReuseOnScaleIn: true
      Simulation:
        LifecycleHooks:
          app-install:
            HoldSeconds: 240
            HoldJitterSeconds: 20
            HeartbeatIntervalSeconds: 300
            HeartbeatCount: 1
        WarmPool:
          FromStoppedSeconds: 40
          EbsGiB: 30
          UnhealthyPerInstanceDay: 0.02
      """;

  @Test
  @DisplayName("§6.5, §7.6 the warm pool, hooks and their Simulation settings read from asgsim's tree")
  void reads() throws Exception {
    ScalingConfig c = ConfigReader.parse(YAML, "f.yaml", ConfigFormat.YAML).config();
    assertThat(c.autoScalingGroup().warmPoolConfiguration().instanceReusePolicy().reuseOnScaleIn()).isTrue();
    assertThat(c.autoScalingGroup().warmPoolConfiguration().maxGroupPreparedCapacity()).isEqualTo(8);
    assertThat(c.simulation().hookTiming("app-install")).isEqualTo(new HookTiming(240, 20, null, 300, 1));
    WarmPoolSettings w = c.simulation().effectiveWarmPool();
    assertThat(w.fromPoolSeconds("Stopped")).isEqualTo(40);
    assertThat(w.fromPoolSeconds("Hibernated")).isEqualTo(WarmPoolSettings.DEFAULT_FROM_HIBERNATED_SECONDS);
    assertThat(w.fromPoolSeconds("Running")).isEqualTo(10);
    assertThat(w.effectiveEbsGiB()).isEqualTo(30);
    assertThat(w.effectiveUnhealthyPerInstanceDay()).isEqualTo(0.02);
    assertThat(w.effectiveUnhealthyTerminationSeconds()).isEqualTo(120);
  }

  @Test
  @DisplayName("an unknown member of Simulation.WarmPool names file:line and suggests the member")
  void unknownMember() {
    assertThatThrownBy(() -> ConfigReader.parse(YAML.replace("FromStoppedSeconds", "FromStopedSeconds"), "f.yaml",
        ConfigFormat.YAML)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("f.yaml:23:5").hasMessageContaining("FromStoppedSeconds");
  }
}
