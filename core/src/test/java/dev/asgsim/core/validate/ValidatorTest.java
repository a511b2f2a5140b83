package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.MetricAlarm;
import dev.asgsim.core.config.MetricDimension;
import dev.asgsim.core.config.PolicyType;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.StepAdjustment;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.config.TargetTrackingConfiguration.CustomizedMetricSpecification;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidatorTest {
  private static final Path SEED = Path.of("../examples/fastcampus-nginx.yaml");
  private static final Validator V = Validator.defaults();

  private static AutoScalingGroup.Builder group() {
    return AutoScalingGroup.builder().autoScalingGroupName("g").launchTemplate(
        LaunchTemplateSpecification.byName("lt-name", "$Latest")).minSize(1).maxSize(10).defaultInstanceWarmup(60);
  }

  private static SimulationSettings sim(String type, Boolean detailed) {
    return new SimulationSettings(type, null, null, detailed, null, null, null, null, null);
  }

  private static ScalingConfig config(AutoScalingGroup g, SimulationSettings s, ScalingPolicy... policies) {
    return ScalingConfig.builder().autoScalingGroup(g).simulation(s).scalingPolicies(List.of(policies)).build();
  }

  private static List<String> rules(List<Finding> findings, Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).map(Finding::ruleId).toList();
  }

  private static MetricAlarm alarm(String metric, double threshold, String operator) {
    return new MetricAlarm("a-" + metric, "AWS/EC2", metric, List.of(new MetricDimension("AutoScalingGroupName", "g")),
        "Average", null, null, 60, 3, null, threshold, operator, null);
  }

  @Test
  @DisplayName("seed: no ERROR, and §8.1 [D] the burstable-credit WARNING on t2.nano (baseline 5 %) with target 50")
  void seedHasNoErrorAndTheBurstableWarning() throws IOException {
    ConfigDocument doc = ConfigReader.load(SEED);
    List<Finding> findings = V.validate(doc);
    assertThat(rules(findings, Severity.ERROR)).isEmpty();
    assertThat(rules(findings, Severity.WARNING)).containsExactly("burstable-cpu-target");
    Finding w = findings.get(0);
    assertThat(w.path()).isEqualTo("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue");
    assertThat(w.line()).isEqualTo(36);
    assertThat(w.location().file()).isEqualTo(SEED.toString());
    assertThat(w.message()).contains("t2.nano").contains("5 %").contains("50 %").contains("§8.1");
    assertThat(rules(findings, Severity.ADVICE)).containsExactly("default-instance-warmup-unset");
  }

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("../examples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("every example validates without ERROR")
  void examplesHaveNoError(Path example) throws IOException {
    List<Finding> findings = V.validate(ConfigReader.load(example));
    assertThat(rules(findings, Severity.ERROR)).as(example.toString()).isEmpty();
  }

  @Test
  @DisplayName("§4.3 [D] AWS's worked step example (+10 % [60,70), +30 % [70,inf), -10 % (30,40], -30 % (-inf,30]) is valid")
  void awsWorkedStepExampleIsValid() {
    ScalingPolicy out = ScalingPolicy.builder().policyName("out").policyType(PolicyType.StepScaling)
        .adjustmentType("PercentChangeInCapacity")
        .stepAdjustments(List.of(new StepAdjustment(0.0, 10.0, 10), new StepAdjustment(10.0, null, 30)))
        .alarm(alarm("CPUUtilization", 60, "GreaterThanOrEqualToThreshold")).build();
    ScalingPolicy in = ScalingPolicy.builder().policyName("in").policyType(PolicyType.StepScaling)
        .adjustmentType("PercentChangeInCapacity")
        .stepAdjustments(List.of(new StepAdjustment(-10.0, 0.0, -10), new StepAdjustment(null, -10.0, -30)))
        .alarm(alarm("CPUUtilization", 40, "LessThanOrEqualToThreshold")).build();
    List<Finding> findings = V.validate(config(group().build(), sim("c6i.large", true), out, in));
    assertThat(rules(findings, Severity.ERROR)).isEmpty();
    assertThat(rules(findings, Severity.WARNING)).isEmpty();
  }

  @Test
  @DisplayName("§4.3 [I] a step below the threshold of a GreaterThan alarm never applies: WARNING")
  void stepOnTheWrongSideOfTheThreshold() {
    ScalingPolicy out = ScalingPolicy.builder().policyName("out").policyType(PolicyType.StepScaling)
        .adjustmentType("ChangeInCapacity")
        .stepAdjustments(List.of(new StepAdjustment(null, 0.0, -1), new StepAdjustment(0.0, null, 1)))
        .alarm(alarm("CPUUtilization", 60, "GreaterThanThreshold")).build();
    List<Finding> findings = V.validate(config(group().build(), sim("c6i.large", true), out));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("step-bounds-direction"))
        .extracting(Finding::path).containsExactly("ScalingPolicies[0].StepAdjustments[0]");
  }

  @Test
  @DisplayName("§1.10 local rule: TargetValue must be finite and > 0, flagged as a local rule")
  void targetValueLocalRule() {
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      ScalingPolicy p = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", bad, 60);
      List<Finding> findings = V.validate(config(group().build(), sim("c6i.large", true), p));
      assertThat(findings).filteredOn(f -> f.ruleId().equals("tt-target-value")).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("local rule").contains("§1.10"));
    }
  }

  @Test
  @DisplayName("§1.9 [D] target tracking with basic (5-minute) monitoring: WARNING unless DetailedMonitoring")
  void basicMonitoring() {
    ScalingPolicy p = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 60, 60);
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", false), p)), Severity.WARNING))
        .contains("tt-basic-monitoring");
    assertThat(rules(V.validate(config(group().build(), null, p)), Severity.WARNING))
        .as("absent means basic, AWS's default").contains("tt-basic-monitoring");
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), p)), Severity.WARNING))
        .doesNotContain("tt-basic-monitoring");
  }

  @Test
  @DisplayName("§8.1 [D] burstable: above baseline warns (t3 mentions surplus billing), at baseline or fixed type not")
  void burstable() {
    ScalingPolicy at40 = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 40, 60);
    // t3.micro: 12 credits/h over 2 vCPUs = 10 % baseline, unlimited by default.
    List<Finding> t3 = V.validate(config(group().build(), sim("t3.micro", true), at40));
    assertThat(t3).filteredOn(f -> f.ruleId().equals("burstable-cpu-target")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("10 %").contains("surplus"));
    ScalingPolicy at5 = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 5, 60);
    assertThat(rules(V.validate(config(group().build(), sim("t2.nano", true), at5)), Severity.WARNING))
        .doesNotContain("burstable-cpu-target");
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), at40)), Severity.WARNING))
        .doesNotContain("burstable-cpu-target");
  }

  @Test
  @DisplayName("§6.1/§9.11.4 ELB health checks without a load balancer: WARNING")
  void elbHealthCheckWithoutLoadBalancer() {
    AutoScalingGroup g = group().healthCheckType("ELB").healthCheckGracePeriod(300).build();
    assertThat(rules(V.validate(config(g, sim("c6i.large", true))), Severity.WARNING))
        .contains("health-check-without-load-balancer");
    AutoScalingGroup attached = g.toBuilder().targetGroupARNs(
        List.of("arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/1")).build();
    assertThat(rules(V.validate(config(attached, sim("c6i.large", true))), Severity.WARNING))
        .doesNotContain("health-check-without-load-balancer");
  }

  @Test
  @DisplayName("§6.2 [D] grace period (API default 0 s) shorter than the application start: WARNING; a launch hook lifts it")
  void graceShorterThanStartup() {
    AutoScalingGroup g = group().healthCheckType("ELB")
        .targetGroupARNs(List.of("arn:aws:elasticloadbalancing:us-east-1:1:targetgroup/tg/1")).build();
    List<Finding> findings = V.validate(config(g, sim("c6i.large", true)));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("grace-shorter-than-startup")).singleElement()
        .satisfies(f -> assertThat(f.fix()).contains("0 s"));
    AutoScalingGroup hooked = g.toBuilder().lifecycleHookSpecificationList(List.of(new LifecycleHookSpecification(
        "boot", LifecycleHookSpecification.LAUNCHING, 300, "CONTINUE", null, null, null))).build();
    assertThat(rules(V.validate(config(hooked, sim("c6i.large", true))), Severity.WARNING))
        .doesNotContain("grace-shorter-than-startup");
  }

  @Test
  @DisplayName("§2.1/§14.5 [D] no warm-up anywhere: DefaultCooldown silently used, WARNING")
  void noWarmup() {
    AutoScalingGroup g = group().defaultInstanceWarmup(null).build();
    ScalingPolicy p = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 60, null);
    List<Finding> findings = V.validate(config(g, sim("c6i.large", true), p));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("no-warmup")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("300 s"));
    assertThat(rules(findings, Severity.ADVICE)).contains("default-instance-warmup-unset");
    ScalingPolicy withWarmup = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 60, 120);
    assertThat(rules(V.validate(config(g, sim("c6i.large", true), withWarmup)), Severity.WARNING))
        .doesNotContain("no-warmup");
  }

  @Test
  @DisplayName("§1.7 [D] step and target tracking on one metric fight: WARNING")
  void stepAndTargetTrackingOnOneMetric() {
    ScalingPolicy tt = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 60, 60);
    ScalingPolicy step = ScalingPolicy.builder().policyName("in").policyType(PolicyType.StepScaling)
        .adjustmentType("ChangeInCapacity").stepAdjustments(List.of(new StepAdjustment(null, 0.0, -1)))
        .alarm(alarm("CPUUtilization", 30, "LessThanThreshold")).build();
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), tt, step)), Severity.WARNING))
        .contains("tt-step-same-metric");
    ScalingPolicy other = step.toBuilder().alarm(alarm("NetworkIn", 1000, "LessThanThreshold")).build();
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), tt, other)), Severity.WARNING))
        .doesNotContain("tt-step-same-metric");
  }

  @Test
  @DisplayName("§1.7 [D] DisableScaleIn with no other way to scale in: WARNING; a scheduled action is a way")
  void disableScaleInAlone() {
    ScalingPolicy tt = ScalingPolicy.builder().policyName("tt").policyType(PolicyType.TargetTrackingScaling)
        .targetTrackingConfiguration(new TargetTrackingConfiguration(
            TargetTrackingConfiguration.PredefinedMetricSpecification.of("ASGAverageCPUUtilization"), null, 60.0,
            true)).build();
    ScalingConfig c = config(group().build(), sim("c6i.large", true), tt);
    assertThat(rules(V.validate(c), Severity.WARNING)).contains("disable-scale-in-only");
    ScalingConfig scheduled = c.toBuilder().scheduledActions(List.of(ScheduledAction.builder()
        .scheduledActionName("night").recurrence("0 22 * * *").desiredCapacity(1).build())).build();
    assertThat(rules(V.validate(scheduled), Severity.WARNING)).doesNotContain("disable-scale-in-only");
  }

  @Test
  @DisplayName("§1.1 [D] target tracking on RequestCount (not inverse-proportional): WARNING")
  void notProportionalMetric() {
    ScalingPolicy tt = ScalingPolicy.builder().policyName("tt").policyType(PolicyType.TargetTrackingScaling)
        .targetTrackingConfiguration(new TargetTrackingConfiguration(null, new CustomizedMetricSpecification(
            "RequestCount", "AWS/ApplicationELB", null, "Sum", null, null, null), 1000.0, null)).build();
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), tt)), Severity.WARNING))
        .contains("tt-metric-not-proportional");
  }

  @Test
  @DisplayName("§2.2/§14.5 warm-up shorter than the application start: WARNING (only with an explicit start time)")
  void warmupShorterThanStartup() {
    ScalingPolicy p = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 60, 30);
    SimulationSettings slowApp = new SimulationSettings("c6i.large", null, 90, true, null, null, null, null, null);
    List<Finding> findings = V.validate(config(group().build(), slowApp, p));
    assertThat(findings).filteredOn(f -> f.ruleId().equals("warmup-shorter-than-startup")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("30 s").contains("90 s"));
    ScalingPolicy longWarmup = ScalingPolicy.targetTracking("tt", "ASGAverageCPUUtilization", 60, 120);
    assertThat(rules(V.validate(config(group().build(), slowApp, longWarmup)), Severity.WARNING))
        .doesNotContain("warmup-shorter-than-startup");
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), p)), Severity.WARNING))
        .as("no explicit AppStartSeconds").doesNotContain("warmup-shorter-than-startup");
  }

  @Test
  @DisplayName("§1.7 [D] several target tracking policies that scale in: ADVICE, all must agree to scale in")
  void severalTargetTrackingPolicies() {
    ScalingPolicy cpu = ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 60, 60);
    ScalingPolicy net = ScalingPolicy.targetTracking("net", "ASGAverageNetworkIn", 1e7, 60);
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), cpu, net)), Severity.ADVICE))
        .contains("multiple-tt-scale-in");
    assertThat(rules(V.validate(config(group().build(), sim("c6i.large", true), cpu)), Severity.ADVICE))
        .doesNotContain("multiple-tt-scale-in");
  }

  @Test
  @DisplayName("§4.1/§9.11.14 simple scaling present: ADVICE to use step scaling")
  void simpleScalingAdvice() {
    ScalingPolicy simple = ScalingPolicy.builder().policyName("s").adjustmentType("ChangeInCapacity")
        .scalingAdjustment(1).alarm(alarm("CPUUtilization", 70, "GreaterThanThreshold")).build();
    List<Finding> findings = V.validate(config(group().build(), sim("c6i.large", true), simple));
    assertThat(rules(findings, Severity.ERROR)).isEmpty();
    assertThat(rules(findings, Severity.ADVICE)).containsExactly("simple-scaling");
  }

  @Test
  @DisplayName("§5.1 [D] a one-off action in the past is refused when the validator knows the time")
  void startTimeInThePast() {
    ScalingConfig c = config(group().build(), sim("c6i.large", true)).toBuilder().scheduledActions(List.of(
        ScheduledAction.builder().scheduledActionName("once").startTime(Instant.parse("2025-01-01T00:00:00Z"))
            .minSize(2).build())).build();
    assertThat(rules(V.validate(c), Severity.ERROR)).isEmpty();
    assertThat(rules(V.withNow(Instant.parse("2026-01-01T00:00:00Z")).validate(c), Severity.ERROR))
        .containsExactly("scheduled-start-in-past");
  }

  @Test
  @DisplayName("findings are ordered by severity, then document order, and the same input gives the same list")
  void orderingIsDeterministic() throws IOException {
    ConfigDocument doc = ConfigReader.load(Path.of("src/test/resources/invalid/alarm-window.yaml"));
    List<Finding> a = V.validate(doc);
    List<Finding> b = V.validate(ConfigReader.load(Path.of("src/test/resources/invalid/alarm-window.yaml")));
    assertThat(a).isEqualTo(b);
    for (int i = 1; i < a.size(); i++) {
      Finding prev = a.get(i - 1);
      Finding next = a.get(i);
      assertThat(prev.severity().compareTo(next.severity())).isLessThanOrEqualTo(0);
      if (prev.severity() == next.severity()) {
        assertThat(prev.line()).isLessThanOrEqualTo(next.line());
      }
    }
  }

  @Test
  @DisplayName("every finding cites a spec section in its message or fix, and every rule id is kebab-case")
  void findingsCiteTheSpec() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/invalid"))) {
      for (Path p : files.toList()) {
        ConfigDocument doc;
        try {
          doc = ConfigReader.load(p);
        } catch (dev.asgsim.core.io.ConfigException e) {
          continue;
        }
        for (Finding f : V.validate(doc)) {
          assertThat(f.ruleId()).matches("[a-z0-9]+(-[a-z0-9]+)*");
          assertThat(f.message() + f.fix()).as(f.format()).contains("§");
        }
      }
    }
  }

  @ParameterizedTest(name = "CpuThresholdPercent {0}")
  @org.junit.jupiter.params.provider.ValueSource(doubles = {0, -5, 100.5, Double.NaN})
  @DisplayName("Simulation.CpuThresholdPercent outside (0, 100] is an ERROR in validate, not an internal error later")
  void cpuThresholdOutOfRange(double threshold) {
    SimulationSettings s = SimulationSettings.builder().instanceType("c6i.large").cpuThresholdPercent(threshold)
        .build();
    List<Finding> f = V.validate(config(group().build(), s));
    assertThat(f).filteredOn(x -> x.ruleId().equals("simulation-range"))
        .singleElement().satisfies(x -> {
          assertThat(x.severity()).isEqualTo(Severity.ERROR);
          assertThat(x.path()).isEqualTo("Simulation.CpuThresholdPercent");
        });
    SimulationSettings ok = SimulationSettings.builder().instanceType("c6i.large").cpuThresholdPercent(100.0).build();
    assertThat(rules(V.validate(config(group().build(), ok)), Severity.ERROR)).doesNotContain("simulation-range");
  }
}
