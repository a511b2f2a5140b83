package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsCliJsonTest {
  private static final Path DIR = Path.of("src/test/resources/awscli");

  private static String text(String name) throws IOException {
    return Files.readString(DIR.resolve(name));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"groups-v1.json", "groups-v2.json"})
  @DisplayName("§10.1 [D] describe-auto-scaling-groups output (CLI v1 and v2 timestamps) reads as the seed group")
  void describeGroupsReadsAsTheSeedGroup(String file) throws IOException {
    ScalingConfig config = AwsCliJson.fromDescribeOutput(text(file), text("policies-tt.json"), null);
    ScalingConfig seed = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    AutoScalingGroup g = config.autoScalingGroup();
    AutoScalingGroup s = seed.autoScalingGroup();
    assertThat(g.autoScalingGroupName()).isEqualTo(s.autoScalingGroupName());
    assertThat(g.launchTemplate()).isEqualTo(s.launchTemplate());
    assertThat(List.of(g.minSize(), g.desiredCapacity(), g.maxSize()))
        .isEqualTo(List.of(s.minSize(), s.desiredCapacity(), s.maxSize()));
    assertThat(g.healthCheckTypes()).isEqualTo(s.healthCheckTypes());
    assertThat(g.healthCheckGracePeriod()).isEqualTo(300);
    assertThat(g.availabilityZones()).isEqualTo(s.availabilityZones());
    assertThat(g.targetGroupARNs()).isEqualTo(s.targetGroupARNs());
    assertThat(g.terminationPolicies()).containsExactly("Default");
    assertThat(g.vpcZoneIdentifier()).as("empty subnet list dropped").isNull();
    // EnabledMetrics -> MetricsCollection.
    assertThat(g.metricsCollection().granularity()).isEqualTo("1Minute");
    assertThat(g.metricsCollection().metrics()).contains("GroupDesiredCapacity", "GroupInServiceInstances");
    ScalingPolicy p = config.policies().get(0);
    ScalingPolicy sp = seed.policies().get(0);
    assertThat(p.policyName()).isEqualTo(sp.policyName());
    assertThat(p.targetTrackingConfiguration()).isEqualTo(sp.targetTrackingConfiguration());
    assertThat(p.estimatedInstanceWarmup()).isEqualTo(300);
    assertThat(p.enabled()).isTrue();
    // PolicyARN, Alarms and the empty StepAdjustments of a TT policy are dropped knowingly.
    assertThat(p.stepAdjustments()).isNull();
    assertThat(p.alarm()).isNull();
    // All instances run t2.nano: that is what the simulator needs to know.
    assertThat(config.effectiveSimulation().instanceType()).isEqualTo("t2.nano");
  }

  @Test
  @DisplayName("§10.2 [D] AWS's own describe-policies example (TT, StepAdjustments [], Alarms) validates with no error")
  void awsExampleTargetTrackingPolicyValidates() throws IOException {
    String groups = text("groups-v2.json").replace("autoscaling-20211202", "my-asg");
    ScalingConfig config = AwsCliJson.fromDescribeOutput(groups, text("policies-aws-example.json"), null);
    assertThat(config.policies()).hasSize(1);
    assertThat(config.policies().get(0).targetTrackingConfiguration().targetValue()).isEqualTo(70.0);
    List<Finding> findings = Validator.defaults().validate(config);
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  @DisplayName("§10.2 step policy: its alarm name is kept, and policies of other groups are left out")
  void stepPolicyKeepsItsAlarmNameAndOtherGroupsAreFiltered() throws IOException {
    ScalingConfig config = AwsCliJson.fromDescribeOutput(text("groups-v2.json"), text("policies-step.json"), null);
    assertThat(config.policies()).extracting(ScalingPolicy::policyName).containsExactly("cpu-step-out");
    ScalingPolicy step = config.policies().get(0);
    assertThat(step.alarm().alarmName()).isEqualTo("autoscaling-20211202-cpu-high");
    assertThat(step.stepAdjustments()).hasSize(2);
    assertThat(step.effectiveMinAdjustmentMagnitude()).isEqualTo(1);
    // The alarm's metric is not in describe-policies output: the validator says where to get it.
    List<Finding> findings = Validator.defaults().validate(config);
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("alarm-metric");
      assertThat(f.fix()).contains("describe-alarms");
    });
  }

  @Test
  @DisplayName("§10 several groups and no name: a clear error listing the names")
  void severalGroupsWithoutANameListTheNames() {
    assertThatThrownBy(() -> AwsCliJson.fromDescribeOutput(text("groups-several.json"), null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("3 groups")
        .hasMessageContaining("autoscaling-20211202, web-canary, batch-workers")
        .satisfies(e -> assertThat(((ConfigException) e).problems().get(0).code()).isEqualTo("group-choice"));
    assertThatThrownBy(() -> AwsCliJson.fromDescribeOutput(text("groups-several.json"), null, "nope"))
        .hasMessageContaining("no group named nope")
        .hasMessageContaining("web-canary");
  }

  @Test
  @DisplayName("§10.1 a named group of several; live state (Status, WarmPoolSize) is ignored, but its warm pool and "
      + "suspended processes are kept (§7.6, §7.8: never dropped silently); validate advises on the pool")
  void namedGroupOfSeveral() throws IOException {
    ScalingConfig config = AwsCliJson.fromDescribeOutput(text("groups-several.json"), null, "batch-workers");
    AutoScalingGroup g = config.autoScalingGroup();
    assertThat(g.autoScalingGroupName()).isEqualTo("batch-workers");
    assertThat(g.defaultInstanceWarmup()).isEqualTo(60);
    assertThat(g.maxInstanceLifetime()).isEqualTo(604800);
    assertThat(g.healthCheckType()).isEqualTo("EC2");
    assertThat(g.suspendedProcesses()).containsExactly("AZRebalance");
    assertThat(g.warmPoolConfiguration().minSize()).isEqualTo(1);
    assertThat(g.warmPoolConfiguration().poolState()).isEqualTo("Stopped");
    assertThat(Validator.defaults().validate(config)).extracting(Finding::ruleId)
        .contains("warm-pool-without-launch-hook", "not-simulated-process");
  }

  @Test
  @DisplayName("§6.5 describe-lifecycle-hooks output becomes the group's LifecycleHookSpecificationList: the chosen "
      + "group's hooks only, GlobalTimeout (AWS's min(48 h, 100 x HeartbeatTimeout)) dropped; the warm pool is kept")
  void lifecycleHooks() throws IOException {
    ConfigDocument doc = AwsCliJson.load(DIR.resolve("groups-several.json"), null, null,
        DIR.resolve("lifecycle-hooks.json"), "batch-workers");
    AutoScalingGroup g = doc.config().autoScalingGroup();
    assertThat(g.lifecycleHookSpecificationList()).extracting(h -> h.lifecycleHookName())
        .containsExactly("app-install", "drain");
    assertThat(g.lifecycleHookSpecificationList().get(0).heartbeatTimeout()).isEqualTo(600);
    assertThat(g.lifecycleHookSpecificationList().get(1).effectiveDefaultResult()).isEqualTo("CONTINUE");
    assertThat(g.warmPoolConfiguration().minSize()).isEqualTo(1);
    assertThat(doc.notes()).noneMatch(k -> k.contains("GlobalTimeout"));
    assertThat(doc.sourceMap().find("AutoScalingGroup.LifecycleHookSpecificationList[1].HeartbeatTimeout"))
        .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(15));
  }

  @Test
  @DisplayName("§5.1/§10 describe-scheduled-actions: v1 and v2 timestamps become the same instants; Time ignored")
  void scheduledActions() throws IOException {
    ScalingConfig config = AwsCliJson.fromDescribeOutput(text("groups-v1.json"), null,
        text("scheduled-actions.json"), null);
    assertThat(config.actions()).hasSize(2);
    assertThat(config.actions().get(0).startTime()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    assertThat(config.actions().get(0).timeZone()).isEqualTo("Asia/Seoul");
    assertThat(config.actions().get(1).endTime()).isEqualTo(Instant.parse("2027-12-27T00:00:00Z"));
    assertThat(AwsCliJson.normaliseTimestamp("2023-03-09T22:15:11.611000+00:00"))
        .isEqualTo(AwsCliJson.normaliseTimestamp("2023-03-09T22:15:11.611Z"))
        .isEqualTo("2023-03-09T22:15:11.611Z");
  }

  @Test
  @DisplayName("a describe-auto-scaling-groups file is recognised by its root key, with lines for findings")
  void readerRecognisesDescribeOutputAndMapsLines() throws IOException {
    ConfigDocument doc = ConfigReader.load(DIR.resolve("groups-v2.json"));
    assertThat(doc.source()).isEqualTo(ConfigDocument.Source.AWS_CLI);
    assertThat(doc.config().autoScalingGroup().autoScalingGroupName()).isEqualTo("autoscaling-20211202");
    // "MinSize": 1 is on line 11 of the file.
    assertThat(doc.sourceMap().exact("AutoScalingGroup.MinSize")).get().extracting(Location::line).isEqualTo(11);
    assertThat(doc.sourceMap().exact("AutoScalingGroup.MetricsCollection")).isPresent();
  }

  @Test
  @DisplayName("separate files: groups, policies and scheduled actions, any order")
  void loadFromThreeFiles() throws IOException {
    ConfigDocument doc = AwsCliJson.load(DIR.resolve("policies-tt.json"), DIR.resolve("groups-v1.json"),
        DIR.resolve("scheduled-actions.json"), null);
    assertThat(doc.config().policies()).hasSize(1);
    assertThat(doc.config().actions()).hasSize(2);
    assertThat(doc.sourceMap().exact("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue")).get()
        .satisfies(l -> assertThat(l.file()).endsWith("policies-tt.json"));
  }

  @Test
  @DisplayName("describe-policies output alone has no group: a clear error")
  void policiesAloneAreRefused() {
    assertThatThrownBy(() -> ConfigReader.load(DIR.resolve("policies-tt.json")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no group")
        .hasMessageContaining("describe-auto-scaling-groups");
  }

  @Test
  @DisplayName("wrong types inside CLI output are reported with their line, not as a stack trace")
  void wrongTypeInCliOutput() throws IOException {
    String broken = text("groups-v2.json").replace("\"MinSize\": 1,", "\"MinSize\": \"one\",");
    assertThatThrownBy(() -> AwsCliJson.fromDescribeOutput(broken, null, null))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> {
          Problem p = ((ConfigException) e).problems().get(0);
          assertThat(p.code()).isEqualTo("wrong-type");
          assertThat(p.path()).isEqualTo("AutoScalingGroup.MinSize");
          assertThat(p.line()).isEqualTo(11);
        });
  }

  @Test
  @DisplayName("issue 18: an empty PredictiveScalingConfiguration (moto prints one on every policy) is no setting")
  void emptyMappingsAreDropped() throws Exception {
    ScalingConfig c = AwsCliJson.fromDescribeOutput(text("groups-v2.json"), """
        {"ScalingPolicies": [{"PolicyName": "tt", "PolicyType": "TargetTrackingScaling", "StepAdjustments": [],
          "TargetTrackingConfiguration": {"PredefinedMetricSpecification":
            {"PredefinedMetricType": "ASGAverageCPUUtilization"}, "TargetValue": 50.0},
          "PredictiveScalingConfiguration": {}}]}
        """, null);
    assertThat(c.policies()).singleElement().satisfies(p -> {
      assertThat(p.predictiveScalingConfiguration()).isNull();
      assertThat(p.targetTrackingConfiguration().targetValue()).isEqualTo(50.0);
    });
    assertThat(Validator.defaults().validate(c)).extracting(Finding::severity).doesNotContain(Severity.ERROR);
  }

  @Test
  @DisplayName("issue 18: loadEach gives one document per group of a describe file, each with its own policies")
  void everyGroup() throws Exception {
    Path groups = DIR.resolve("groups-several.json");
    List<ConfigDocument> all = ConfigReader.loadEach(groups, null);
    assertThat(all).extracting(d -> d.config().autoScalingGroup().autoScalingGroupName())
        .containsExactly("autoscaling-20211202", "web-canary", "batch-workers");
    assertThat(ConfigReader.loadEach(groups, "web-canary")).singleElement()
        .satisfies(d -> assertThat(d.config().autoScalingGroup().autoScalingGroupName()).isEqualTo("web-canary"));
    assertThat(AwsCliJson.loadEach(DIR.resolve("groups-v2.json"), DIR.resolve("policies-tt.json"), null, null))
        .singleElement().satisfies(d -> assertThat(d.config().policies()).hasSize(1));
  }
}
