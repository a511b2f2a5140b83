package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EngineBuildTest {

  @Test
  @DisplayName("§1.4 [O] the alarm profile comes from the config's Simulation settings unless the builder sets one")
  void alarmProfileFromConfig() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 10, 1), Configs.cpu("c", 40, 300)).toBuilder()
        .simulation(new SimulationSettings(null, null, null, null, null, null,
            new TargetTrackingAlarmProfile(1, 5, 0.9, null), null, null))
        .build();
    ScalingEngine fromConfig = ScalingEngine.builder(c).build();
    assertThat(fromConfig.alarm(0).spec().evaluationPeriods()).isEqualTo(1);
    assertThat(fromConfig.alarm(1).spec().evaluationPeriods()).isEqualTo(5);
    assertThat(fromConfig.alarm(1).threshold()).isEqualTo(36.0);
    ScalingEngine overridden = ScalingEngine.builder(c).alarmProfile(TargetTrackingAlarmProfile.DEFAULTS).build();
    assertThat(overridden.alarm(0).spec().evaluationPeriods()).isEqualTo(3);
    assertThat(overridden.alarm(1).threshold()).isEqualTo(28.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  @DisplayName("§13 Q4 [I] DisableScaleIn keeps an inert AlarmLow by default; the switch drops it")
  void lowAlarmWithDisableScaleInSwitch() {
    ScalingConfig c = Configs.config(Configs.group("g", 1, 10, 1),
        Configs.tt("c", "ASGAverageCPUUtilization", 50, true));
    assertThat(ScalingEngine.builder(c).build().alarmCount()).isEqualTo(2);
    ScalingEngine without = ScalingEngine.builder(c)
        .settings(EngineSettings.builder().lowAlarmWhenScaleInDisabled(false).build()).build();
    assertThat(without.alarmCount()).isEqualTo(1);
    assertThat(((TargetTrackingEvaluator) without.policy(0)).lowAlarm()).isNull();
  }

  @Test
  @DisplayName("§1.4 [D] managed alarm names are TargetTracking-<asg>-AlarmHigh/Low-<uuid>, stable across runs")
  void alarmNamesAreDeterministic() {
    String a = AlarmNames.high("web-asg", "cpu50");
    assertThat(a).matches("TargetTracking-web-asg-AlarmHigh-[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(AlarmNames.high("web-asg", "cpu50")).isEqualTo(a);
    assertThat(AlarmNames.high("web-asg", "cpu60")).isNotEqualTo(a);
    assertThat(AlarmNames.low("web-asg", "cpu50")).contains("-AlarmLow-").isNotEqualTo(a.replace("High", "Low"));
  }

  @Test
  @DisplayName("disabled policies are skipped; a PredictiveScaling policy is run (aws-behaviour §5.2) and reads no alarm metric")
  void disabledSkippedPredictiveRun() {
    ScalingPolicy off = Configs.cpu("off", 50, 300).toBuilder().enabled(false).build();
    ScalingPolicy predictive = Configs.predictive("p", "ASGCPUUtilization", 50, "ForecastAndScale", null, null, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1), off, predictive)).build();
    assertThat(e.policyCount()).isEqualTo(1);
    assertThat(e.predictivePolicies()).hasSize(1);
    assertThat(e.metrics()).isEmpty();
    assertThat(e.notes()).isEmpty();
  }

  @Test
  @DisplayName("a predictive policy on a network metric pair is not run and says so (never silently ignored)")
  void networkPredictiveNoted() {
    ScalingPolicy net = Configs.predictive("n", "ASGNetworkIn", 1e6, "ForecastAndScale", null, null, null);
    ScalingEngine e = ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1), net)).build();
    assertThat(e.policyCount()).isZero();
    assertThat(e.notes()).singleElement().asString().contains("predictive policy n", "network");
  }

  @Test
  @DisplayName("an unvalidated config missing a member the build needs fails with one precondition message naming "
      + "the policy and the member (the Validator is the gate that explains the rules)")
  void badInputMessages() {
    ScalingPolicy stepWithoutAlarm = ScalingPolicy.builder().policyName("s").policyType("StepScaling")
        .adjustmentType("ChangeInCapacity").stepAdjustments(java.util.List.of(Configs.step(0.0, null, 1))).build();
    assertThatThrownBy(() -> ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1), stepWithoutAlarm))
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("policy s has no Alarm (the CloudWatch alarm that triggers it); validate the config first "
            + "(asgsim validate)");
    assertThatThrownBy(() -> ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1),
        Configs.tt("t", "ASGAverageMemory", 50, false))).build())
        .hasMessageContaining("PredefinedMetricType 'ASGAverageMemory'");
    assertThatThrownBy(() -> ScalingEngine.builder(Configs.config(Configs.group("g", 1, 10, 1),
        Configs.stepPolicy("s", Configs.alarm("a", "GreaterThan", 1, 1, 1, null), "ChangeInCapacity", null,
            Configs.step(0.0, null, 1)))).build())
        .hasMessageContaining("ComparisonOperator 'GreaterThan'");
  }

  @Test
  @DisplayName("the seed example builds: one CPU metric, two managed alarms, desired 1 in [1, 10]")
  void seedExampleBuilds() throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("..", "examples", "fastcampus-nginx.yaml"));
    ScalingEngine e = ScalingEngine.builder(c).build();
    assertThat(e.metrics()).containsExactly(new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60));
    assertThat(e.alarm(0).name()).startsWith("TargetTracking-autoscaling-20211202-AlarmHigh-");
    assertThat(e.desired()).isEqualTo(1);
    assertThat(e.maxSize()).isEqualTo(10);
  }

  @Test
  @DisplayName("a plug-in's metrics are published like a policy's; one it shares with a policy uses one series")
  void pluginMetricsAreRegistered() {
    MetricSpec cpu = new MetricSpec(MetricKind.CPU, "CPUUtilization", "Average", 60);
    MetricSpec net = new MetricSpec(MetricKind.NETWORK_IN, "NetworkIn", "Average", 60);
    PluginPolicy reader = new PluginPolicy() {
      @Override public String name() { return "reader"; }
      @Override public java.util.List<MetricSpec> metrics() { return java.util.List.of(cpu, net); }
      @Override public int propose(long now, GroupView g, ControlPlaneView p) { return NO_PROPOSAL; }
    };
    ScalingConfig none = Configs.config(Configs.group("g", 1, 10, 1));
    assertThat(ScalingEngine.builder(none).addPlugin(reader).build().metrics()).containsExactly(cpu, net);
    ScalingConfig tracked = Configs.config(Configs.group("g", 1, 10, 1), Configs.cpu("c", 40, 300));
    ScalingEngine shared = ScalingEngine.builder(tracked).addPlugin(reader).build();
    assertThat(shared.metrics()).hasSize(2).contains(net);
    assertThat(ScalingEngine.builder(tracked).build().metrics()).hasSize(1);
  }
}
