package dev.asgsim.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.asgsim.aws.live.LiveState;
import dev.asgsim.aws.mapping.Fixtures;
import dev.asgsim.aws.mapping.GroupMetrics;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.InstanceMaintenancePolicy;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.Tag;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.config.WarmPoolConfiguration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlannerTest {
  private static final AutoScalingGroup LIVE = Fixtures.fullGroup().toBuilder()
      .instanceId(null).launchConfigurationName(null).build();

  private static LiveState live(AutoScalingGroup g, List<ScalingPolicy> policies, List<ScheduledAction> actions) {
    return new LiveState(g, policies, Map.of(), Map.of(), actions, List.of());
  }

  private static ScalingConfig config(AutoScalingGroup g, List<ScalingPolicy> policies, List<ScheduledAction> actions) {
    return ScalingConfig.builder().autoScalingGroup(g).scalingPolicies(policies).scheduledActions(actions).build();
  }

  private static Plan plan(AutoScalingGroup wanted, PlanOptions options) {
    return Planner.plan(config(wanted, List.of(), List.of()), live(LIVE, List.of(), List.of()), options);
  }

  /** One edit per member UpdateAutoScalingGroup can change (aws-behaviour §9.5). */
  static Stream<Arguments> updatableMembers() {
    Map<String, UnaryOperator<AutoScalingGroup.Builder>> edits = new TreeMap<>();
    edits.put("LaunchTemplate", b -> b.launchTemplate(new LaunchTemplateSpecification("lt-0abc", "web-nano", "7")));
    edits.put("MixedInstancesPolicy", b -> b.mixedInstancesPolicy(new MixedInstancesPolicy(null,
        new MixedInstancesPolicy.InstancesDistribution("prioritized", 2, 50, "price-capacity-optimized", 2, "0.05"))));
    edits.put("LaunchConfigurationName", b -> b.launchConfigurationName("new-lc"));
    edits.put("MinSize", b -> b.minSize(2));
    edits.put("MaxSize", b -> b.maxSize(20));
    edits.put("DesiredCapacityType", b -> b.desiredCapacityType("vcpu"));
    edits.put("DefaultCooldown", b -> b.defaultCooldown(60));
    edits.put("DefaultInstanceWarmup", b -> b.defaultInstanceWarmup(60));
    edits.put("AvailabilityZones", b -> b.availabilityZones(List.of("eu-west-1a")));
    edits.put("VPCZoneIdentifier", b -> b.vpcZoneIdentifier("subnet-ccc"));
    edits.put("HealthCheckType", b -> b.healthCheckType("EC2"));
    edits.put("HealthCheckGracePeriod", b -> b.healthCheckGracePeriod(60));
    edits.put("TerminationPolicies", b -> b.terminationPolicies(List.of("Default")));
    edits.put("NewInstancesProtectedFromScaleIn", b -> b.newInstancesProtectedFromScaleIn(false));
    edits.put("MaxInstanceLifetime", b -> b.maxInstanceLifetime(0));
    edits.put("CapacityRebalance", b -> b.capacityRebalance(false));
    edits.put("PlacementGroup", b -> b.placementGroup("pg-2"));
    edits.put("ServiceLinkedRoleARN", b -> b.serviceLinkedRoleARN("arn:aws:iam::111122223333:role/other"));
    edits.put("InstanceMaintenancePolicy", b -> b.instanceMaintenancePolicy(new InstanceMaintenancePolicy(100, 110)));
    return edits.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updatableMembers")
  @DisplayName("§9.5 [D] a changed updatable member is one ~ update group naming it, old -> new")
  void everyUpdatableMember(String member, UnaryOperator<AutoScalingGroup.Builder> edit) {
    AutoScalingGroup wanted = edit.apply(LIVE.toBuilder()).build();
    Plan plan = plan(wanted, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.UPDATE_GROUP);
      assertThat(c.fields()).isNotEmpty().allSatisfy(f -> assertThat(f.field()).startsWith(member));
      assertThat(c).isInstanceOfSatisfying(Change.GroupChange.class, g -> assertThat(g.group()).isEqualTo(wanted));
    });
    assertThat(ToRequestsFields.of(plan.changes().get(0))).contains(member);
  }

  @Test
  @DisplayName("§7.1 DesiredCapacity of an existing group is left to the autoscaler unless --set-desired")
  void desiredCapacityOnlyWithSetDesired() {
    AutoScalingGroup wanted = LIVE.toBuilder().desiredCapacity(5).build();
    assertThat(plan(wanted, PlanOptions.DEFAULTS).changes()).isEmpty();
    Plan set = plan(wanted, new PlanOptions(true, false));
    assertThat(set.changes()).singleElement().satisfies(c -> assertThat(c.fields())
        .containsExactly(new FieldChange("DesiredCapacity", 2, 5)));
  }

  @Test
  @DisplayName("§7.11 [D] a mixed instances policy without InstancesDistribution equals AWS's reply with the defaults")
  void mixedInstancesDefaultsAreNotChanges() {
    var overrides = List.of(new LaunchTemplateOverride("c6i.large", "2", null),
        new LaunchTemplateOverride("m6i.large", "2", null));
    var wantedPolicy = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("web-mixed", "3"), overrides), null);
    // DescribeAutoScalingGroups writes out "prioritized", 0, 100, "lowest-price", 2 and names the template both ways.
    var livePolicy = new MixedInstancesPolicy(new MixedInstancesPolicy.LaunchTemplate(
        new LaunchTemplateSpecification("lt-0def", "web-mixed", "3"), overrides),
        new MixedInstancesPolicy.InstancesDistribution("prioritized", 0, 100, "lowest-price", 2, null));
    AutoScalingGroup live = LIVE.toBuilder().mixedInstancesPolicy(livePolicy).build();
    AutoScalingGroup wanted = LIVE.toBuilder().mixedInstancesPolicy(wantedPolicy).build();
    Plan same = Planner.plan(config(wanted, List.of(), List.of()), live(live, List.of(), List.of()),
        PlanOptions.DEFAULTS);
    assertThat(same.changes()).isEmpty();

    AutoScalingGroup spot = LIVE.toBuilder().mixedInstancesPolicy(new MixedInstancesPolicy(wantedPolicy.launchTemplate(),
        new MixedInstancesPolicy.InstancesDistribution(null, null, 30, "capacity-optimized", null, null))).build();
    Plan changed = Planner.plan(config(spot, List.of(), List.of()), live(live, List.of(), List.of()),
        PlanOptions.DEFAULTS);
    assertThat(changed.changes()).singleElement().satisfies(c -> assertThat(c.fields())
        .extracting(FieldChange::field).allMatch(f -> f.startsWith("MixedInstancesPolicy")).isNotEmpty());
  }

  @Test
  @DisplayName("members the file leaves out are not managed; equal spellings are not changes")
  void absentAndEquivalentMembersAreNotChanges() {
    AutoScalingGroup sparse = AutoScalingGroup.builder().autoScalingGroupName("web").minSize(1).maxSize(10)
        .launchTemplate(LaunchTemplateSpecification.byName("web-nano", "$Latest"))   // AWS also reports the id
        .availabilityZones(List.of("eu-west-1b", "eu-west-1a"))                       // order is not a setting
        .vpcZoneIdentifier("subnet-bbb, subnet-aaa")
        .healthCheckType("EC2,ELB")                                                   // EC2 is always on (§6.1)
        .build();
    assertThat(plan(sparse, PlanOptions.DEFAULTS).changes()).isEmpty();
  }

  @Test
  @DisplayName("a missing group is created first, then its metrics, policies and scheduled actions")
  void createOrder() {
    ScalingConfig c = config(LIVE, List.of(Fixtures.step(), Fixtures.simple()), List.of(Fixtures.scheduled()));
    Plan plan = Planner.plan(c, LiveState.absent(), PlanOptions.DEFAULTS);
    assertThat(plan.groupExists()).isFalse();
    assertThat(plan.changes()).extracting(Change::kind, Change::subject).containsExactly(
        tuple(Change.Kind.CREATE_GROUP, "web"),
        tuple(Change.Kind.ENABLE_METRICS, "web"),
        tuple(Change.Kind.PUT_POLICY, "\"simple-in\""),
        tuple(Change.Kind.PUT_POLICY, "\"step-out\""),
        tuple(Change.Kind.PUT_SCHEDULED_ACTION, "\"office-hours\""));
    assertThat(plan.changes().get(0).fields()).extracting(FieldChange::field).contains("MinSize", "DesiredCapacity",
        "TargetGroupARNs", "Tags");
  }

  @Test
  @DisplayName("target groups and load balancers are attached and detached with their own calls")
  void attachDetach() {
    AutoScalingGroup wanted = LIVE.toBuilder().targetGroupARNs(List.of("arn:new")).loadBalancerNames(List.of()).build();
    Plan plan = plan(wanted, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).extracting(Change::kind, c -> ((Change.NamesChange) c).names()).containsExactly(
        tuple(Change.Kind.ATTACH_TARGET_GROUPS, List.of("arn:new")),
        tuple(Change.Kind.DETACH_TARGET_GROUPS, LIVE.targetGroupARNs()),
        tuple(Change.Kind.DETACH_LOAD_BALANCERS, List.of("classic-lb")));
  }

  @Test
  @DisplayName("tags: changed values are put; live tags the file lacks are deleted only with --prune")
  void tags() {
    AutoScalingGroup wanted = LIVE.toBuilder().tags(List.of(new Tag("env", "prod", null, null, null))).build();
    Plan keep = plan(wanted, PlanOptions.DEFAULTS);
    assertThat(keep.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.PUT_TAGS);
      assertThat(c.fields()).containsExactly(new FieldChange("Tags.env", null, "prod"));
    });
    // Issue 18 item 2: without --prune the extra live tag is listed as unmanaged, so plan and drift agree.
    assertThat(keep.unmanaged()).extracting(Change::kind).containsExactly(Change.Kind.DELETE_TAGS);
    Plan prune = plan(wanted, new PlanOptions(false, true));
    assertThat(prune.changes()).extracting(Change::kind).containsExactly(Change.Kind.PUT_TAGS, Change.Kind.DELETE_TAGS);
    assertThat(prune.unmanaged()).isEmpty();
  }

  @Test
  @DisplayName("§9.8 metrics collection: missing metrics are enabled, extra ones disabled; no list means all")
  void metrics() {
    AutoScalingGroup all = LIVE.toBuilder().metricsCollection(MetricsCollection.allMetrics()).build();
    Plan enable = plan(all, PlanOptions.DEFAULTS);
    List<String> missing = new ArrayList<>(GroupMetrics.ALL);
    missing.remove("GroupInServiceInstances");
    assertThat(enable.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.ENABLE_METRICS);
      List<String> names = ((Change.NamesChange) c).names();
      assertThat(names).containsExactlyInAnyOrderElementsOf(missing);
    });
    AutoScalingGroup other = LIVE.toBuilder().metricsCollection(new MetricsCollection("1Minute",
        List.of("GroupMaxSize"))).build();
    assertThat(plan(other, PlanOptions.DEFAULTS).changes())
        .extracting(Change::kind, c -> ((Change.NamesChange) c).names()).containsExactly(
        tuple(Change.Kind.ENABLE_METRICS, List.of("GroupMaxSize")),
        tuple(Change.Kind.DISABLE_METRICS, List.of("GroupInServiceInstances")));
  }

  @Test
  @DisplayName("traffic sources are reported as a change to make by hand, never applied")
  void manualChanges() {
    AutoScalingGroup wanted = LIVE.toBuilder().trafficSources(List.of()).build();
    Plan plan = plan(wanted, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).extracting(Change::kind).containsExactly(Change.Kind.MANUAL);
    assertThat(plan.actionable()).isEmpty();
  }

  @Test
  @DisplayName("§6.5 lifecycle hooks: a new hook is put, a changed one replaced (AWS's defaults written out: "
      + "HeartbeatTimeout 3600, DefaultResult ABANDON), one the file drops deleted only with --prune")
  void lifecycleHooks() {
    LifecycleHookSpecification live = LIVE.lifecycleHookSpecificationList().get(0);
    LifecycleHookSpecification drain = new LifecycleHookSpecification("drain", LifecycleHookSpecification.TERMINATING,
        null, null, null, null, null);
    LifecycleHookSpecification longer = new LifecycleHookSpecification(live.lifecycleHookName(),
        live.lifecycleTransition(), 900, live.defaultResult(), live.notificationMetadata(),
        live.notificationTargetARN(), live.roleARN());
    Plan plan = plan(LIVE.toBuilder().lifecycleHookSpecificationList(List.of(longer, drain)).build(),
        PlanOptions.DEFAULTS);
    assertThat(plan.changes()).extracting(Change::kind, Change::subject).containsExactly(
        tuple(Change.Kind.PUT_LIFECYCLE_HOOK, "\"drain\""), tuple(Change.Kind.REPLACE_LIFECYCLE_HOOK, "\"warm\""));
    assertThat(plan.changes().get(1).fields()).extracting(FieldChange::field).containsExactly("HeartbeatTimeout");
    // The same hook with AWS's defaults spelled out is no change.
    LifecycleHookSpecification echoed = new LifecycleHookSpecification("drain", LifecycleHookSpecification.TERMINATING,
        3600, "ABANDON", null, null, null);
    Plan same = Planner.plan(config(LIVE.toBuilder().lifecycleHookSpecificationList(List.of(live, drain)).build(),
        List.of(), List.of()), live(LIVE.toBuilder().lifecycleHookSpecificationList(List.of(live, echoed)).build(),
        List.of(), List.of()), PlanOptions.DEFAULTS);
    assertThat(same.changes()).isEmpty();
    Plan dropped = plan(LIVE.toBuilder().lifecycleHookSpecificationList(List.of()).build(), PlanOptions.DEFAULTS);
    assertThat(dropped.changes()).isEmpty();
    assertThat(dropped.unmanaged()).extracting(Change::kind).containsExactly(Change.Kind.DELETE_LIFECYCLE_HOOK);
  }

  @Test
  @DisplayName("§7.6 warm pool: put when missing, replaced when a field differs (MinSize 0, PoolState Stopped, "
      + "ReuseOnScaleIn false are AWS's defaults), deleted only with --prune when the file has none")
  void warmPool() {
    WarmPoolConfiguration stopped = new WarmPoolConfiguration(null, null, null, null);
    Plan put = plan(LIVE.toBuilder().warmPoolConfiguration(stopped).build(), PlanOptions.DEFAULTS);
    assertThat(put.changes()).extracting(Change::kind).containsExactly(Change.Kind.PUT_WARM_POOL);
    AutoScalingGroup livePool = LIVE.toBuilder().warmPoolConfiguration(new WarmPoolConfiguration(0, null, "Stopped",
        new WarmPoolConfiguration.InstanceReusePolicy(false))).build();
    Plan none = Planner.plan(config(LIVE.toBuilder().warmPoolConfiguration(stopped).build(), List.of(), List.of()),
        live(livePool, List.of(), List.of()), PlanOptions.DEFAULTS);
    assertThat(none.changes()).isEmpty();
    Plan running = Planner.plan(config(LIVE.toBuilder().warmPoolConfiguration(new WarmPoolConfiguration(null, 4,
        "Running", null)).build(), List.of(), List.of()), live(livePool, List.of(), List.of()), PlanOptions.DEFAULTS);
    assertThat(running.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.REPLACE_WARM_POOL);
      assertThat(c.fields()).extracting(FieldChange::field)
          .containsExactly("MaxGroupPreparedCapacity", "PoolState");
    });
    Plan gone = Planner.plan(config(LIVE, List.of(), List.of()), live(livePool, List.of(), List.of()),
        new PlanOptions(false, true));
    assertThat(gone.changes()).extracting(Change::kind).containsExactly(Change.Kind.DELETE_WARM_POOL);
  }

  @Test
  @DisplayName("§9.6 [D] defaults written out are equal: Enabled true, DisableScaleIn false, empty StepAdjustments")
  void policyDefaultsAreNotChanges() {
    ScalingPolicy file = ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 50.0, 300);
    ScalingPolicy awsEcho = file.toBuilder().enabled(true).stepAdjustments(List.of())
        .targetTrackingConfiguration(new TargetTrackingConfiguration(
            file.targetTrackingConfiguration().predefinedMetricSpecification(), null, 50.0, false)).build();
    Plan plan = Planner.plan(config(LIVE, List.of(file), List.of()), live(LIVE, List.of(awsEcho), List.of()),
        PlanOptions.DEFAULTS);
    assertThat(plan.changes()).isEmpty();
  }

  @Test
  @DisplayName("§5.2 [D] predictive defaults written out are equal (ForecastOnly, buffer 300, HonorMaxCapacity); a "
      + "changed Mode or buffer replaces the policy and names the member")
  void predictiveDefaultsAndChanges() {
    var spec = new PredictiveScalingConfiguration.MetricSpecification(40.0,
        new PredictiveScalingConfiguration.PredefinedMetric("ASGCPUUtilization", null), null, null, null, null, null);
    ScalingPolicy file = ScalingPolicy.builder().policyName("forecast").policyType("PredictiveScaling")
        .predictiveScalingConfiguration(new PredictiveScalingConfiguration(List.of(spec), null, null, null, null))
        .build();
    ScalingPolicy awsEcho = file.toBuilder().enabled(true).predictiveScalingConfiguration(
        new PredictiveScalingConfiguration(List.of(spec), "ForecastOnly", 300, "HonorMaxCapacity", null)).build();
    assertThat(Planner.plan(config(LIVE, List.of(file), List.of()), live(LIVE, List.of(awsEcho), List.of()),
        PlanOptions.DEFAULTS).changes()).isEmpty();

    ScalingPolicy scaling = file.toBuilder().predictiveScalingConfiguration(
        new PredictiveScalingConfiguration(List.of(spec), "ForecastAndScale", 600, "IncreaseMaxCapacity", 10)).build();
    Plan plan = Planner.plan(config(LIVE, List.of(scaling), List.of()), live(LIVE, List.of(awsEcho), List.of()),
        PlanOptions.DEFAULTS);
    assertThat(plan.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.REPLACE_POLICY);
      assertThat(c.fields()).containsExactly(
          new FieldChange("PredictiveScalingConfiguration.Mode", "ForecastOnly", "ForecastAndScale"),
          new FieldChange("PredictiveScalingConfiguration.SchedulingBufferTime", 300, 600),
          new FieldChange("PredictiveScalingConfiguration.MaxCapacityBreachBehavior", "HonorMaxCapacity",
              "IncreaseMaxCapacity"),
          new FieldChange("PredictiveScalingConfiguration.MaxCapacityBuffer", null, 10));
    });
  }

  @Test
  @DisplayName("§9.6 a policy is compared whole: a member dropped from the file is a change (Put replaces)")
  void policyReplaceNamesFields() {
    ScalingPolicy live = Fixtures.step();
    ScalingPolicy file = live.toBuilder().estimatedInstanceWarmup(null).metricAggregationType("Average")
        .alarm(live.alarm()).build();
    Plan plan = Planner.plan(config(LIVE, List.of(file), List.of()), live(LIVE, List.of(live), List.of()),
        PlanOptions.DEFAULTS);
    assertThat(plan.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.REPLACE_POLICY);
      assertThat(c.fields()).containsExactly(
          new FieldChange("MetricAggregationType", "Maximum", "Average"),
          new FieldChange("EstimatedInstanceWarmup", 200, null));
    });
  }

  @Test
  @DisplayName("§9.10 a step policy's alarm is compared when the file has one (threshold change -> replace)")
  void alarmThreshold() {
    ScalingPolicy live = Fixtures.step();
    var a = live.alarm();
    ScalingPolicy file = live.toBuilder().alarm(new dev.asgsim.core.config.MetricAlarm(a.alarmName(), a.namespace(),
        a.metricName(), a.dimensions(), a.statistic(), a.extendedStatistic(), a.unit(), a.period(),
        a.evaluationPeriods(), a.datapointsToAlarm(), 80.0, a.comparisonOperator(), a.treatMissingData())).build();
    Plan plan = Planner.plan(config(LIVE, List.of(file), List.of()), live(LIVE, List.of(live), List.of()),
        PlanOptions.DEFAULTS);
    assertThat(plan.changes()).singleElement().satisfies(c ->
        assertThat(c.fields()).containsExactly(new FieldChange("Alarm.Threshold", 70.0, 80.0)));
    // Without an Alarm in the file, the live alarm is not managed.
    Plan unmanaged = Planner.plan(config(LIVE, List.of(live.toBuilder().alarm(null).build()), List.of()),
        live(LIVE, List.of(live), List.of()), PlanOptions.DEFAULTS);
    assertThat(unmanaged.changes()).isEmpty();
  }

  @Test
  @DisplayName("live policies and scheduled actions missing from the file are deleted only with --prune, last")
  void prune() {
    ScalingConfig c = config(LIVE, List.of(Fixtures.simple()), List.of());
    LiveState l = live(LIVE, List.of(Fixtures.simple(), Fixtures.step()), List.of(Fixtures.scheduled()));
    assertThat(Planner.plan(c, l, PlanOptions.DEFAULTS).changes()).isEmpty();
    Plan prune = Planner.plan(c.toBuilder().scalingPolicies(List.of(Fixtures.simple(),
        Fixtures.targetTrackingCustomized())).build(), l, new PlanOptions(false, true));
    assertThat(prune.changes()).extracting(Change::kind, Change::subject).containsExactly(
        tuple(Change.Kind.PUT_POLICY, "\"rps\""),
        tuple(Change.Kind.DELETE_SCHEDULED_ACTION, "\"office-hours\""),
        tuple(Change.Kind.DELETE_POLICY, "\"step-out\""));
    assertThat(prune.changes().get(2).note()).contains("step-out-high");
  }

  @Test
  @DisplayName("§9.7 scheduled actions: only members the file sets are compared (AWS fills StartTime and TimeZone)")
  void scheduledActions() {
    ScheduledAction file = ScheduledAction.builder().scheduledActionName("office-hours").recurrence("0 8 * * MON-FRI")
        .minSize(2).build();
    ScheduledAction live = Fixtures.scheduled();
    LiveState l = live(LIVE, List.of(), List.of(live));
    assertThat(Planner.plan(config(LIVE, List.of(), List.of(file)), l, PlanOptions.DEFAULTS).changes()).isEmpty();
    ScheduledAction moved = ScheduledAction.builder().scheduledActionName("office-hours").recurrence("0 7 * * MON-FRI")
        .startTime(Instant.parse("2030-01-01T07:00:00Z")).build();
    Plan plan = Planner.plan(config(LIVE, List.of(), List.of(moved)), l, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.REPLACE_SCHEDULED_ACTION);
      assertThat(c.fields()).extracting(FieldChange::field).containsExactly("StartTime", "Recurrence");
    });
  }
}
