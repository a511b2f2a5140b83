package dev.asgsim.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Spec §0: every [O]/[I] number is reachable from the config file; the engine's live in {@code Simulation.Engine}. */
class EngineSettingsTest {
  private static final String GROUP = """
      AutoScalingGroup:
        AutoScalingGroupName: g
        MinSize: 1
        MaxSize: 10
      ScalingPolicies:
        - PolicyName: cpu50
          PolicyType: TargetTrackingScaling
          TargetTrackingConfiguration:
            PredefinedMetricSpecification: {PredefinedMetricType: ASGAverageCPUUtilization}
            TargetValue: 50
      """;

  private static ScalingConfig read(String simulation) throws Exception {
    return ConfigReader.parse(GROUP + simulation, ConfigFormat.YAML);
  }

  @Test
  @DisplayName("without a Simulation.Engine block every setting is the spec's default")
  void defaults() throws Exception {
    EngineSettings s = ScalingEngine.builder(read("")).build().settings();
    assertThat(s).isEqualTo(EngineSettings.DEFAULTS);
    assertThat(s.metricValueSource()).isEqualTo(MetricValueSource.LATEST); // §13 Q1
    assertThat(s.instanceCountSource()).isEqualTo(InstanceCountSource.DATAPOINT); // §1.5 "Which N"
    assertThat(s.maxScaleInStep()).isEqualTo(Integer.MAX_VALUE); // §13 Q5: no cap
    assertThat(s.lowAlarmWhenScaleInDisabled()).isTrue(); // §13 Q4
    assertThat(s.scheduledActionDelaySeconds()).isZero(); // §5.1: "within seconds, up to 2 minutes"
    assertThat(s.extraEvaluationRange()).isEqualTo(Alarm.DEFAULT_EXTRA_EVALUATION_RANGE); // §8.4: 5 for N = 3
    assertThat(s.launchCooldownBlocksScaleIn()).isTrue(); // §2.2 item 5
  }

  @Test
  @DisplayName("§0: the Q1/Q4/Q5 settings, the scheduled-action delay and the evaluation range are read from "
      + "Simulation.Engine and reach the engine")
  void everySettingFromTheFile() throws Exception {
    ScalingConfig c = read("""
        Simulation:
          Engine:
            MetricValue: WindowMean
            InstanceCount: DecisionTime
            MaxScaleInStep: 2
            LowAlarmWhenScaleInDisabled: false
            ScheduledActionDelaySeconds: 90
            ExtraEvaluationRange: 4
            CapacityEpsilon: 0.001
            LaunchCooldownBlocksScaleIn: false
        """);
    assertThat(Validator.defaults().validate(c)).extracting(Finding::ruleId).doesNotContain("simulation-engine");
    ScalingEngine e = ScalingEngine.builder(c).build();
    assertThat(e.settings()).isEqualTo(new EngineSettings(4, 0.001, 90, 2, MetricValueSource.WINDOW_MEAN, false,
        InstanceCountSource.DECISION_TIME, false));
    // the evaluation range reaches the alarms: 3 datapoints + 4 extra periods fit in the metric's ring
    assertThat(e.alarm(0).series().capacity()).isGreaterThanOrEqualTo(3 + 4);
  }

  @Test
  @DisplayName("bad values are validation errors naming the member and the accepted values, with a suggestion")
  void validation() throws Exception {
    ScalingConfig c = read("""
        Simulation:
          Engine:
            MetricValue: Lates
            ScheduledActionDelaySeconds: 121
        """);
    List<Finding> engine = Validator.defaults().validate(c).stream()
        .filter(f -> f.ruleId().equals("simulation-engine")).toList();
    assertThat(engine).extracting(Finding::path)
        .containsExactly("Simulation.Engine.MetricValue", "Simulation.Engine.ScheduledActionDelaySeconds");
    assertThat(engine.get(0).message()).contains("Latest, WindowMean").contains("did you mean Latest");
    assertThat(engine.get(1).message()).contains("between 0 and 120");
  }
}
