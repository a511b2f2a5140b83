package dev.asgsim.aws.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.ImportResult;
import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanOptions;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateOverride;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.aws.history.HistoryRequest;
import dev.asgsim.aws.history.MetricHistory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The seed group through apply, import, plan, drift, prune and history against one moto_server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwsAdapterIT {
  private SeededMoto moto;
  private AwsClients clients;
  private AwsAutoScaling aws;
  private ScalingConfig seed;

  @BeforeAll
  void start() throws Exception {
    moto = SeededMoto.start();
    seed = moto.seed;
    clients = moto.clients;
    aws = moto.aws;
  }

  @AfterAll
  void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  private String group() {
    return seed.autoScalingGroup().autoScalingGroupName();
  }

  @Test
  @Order(1)
  @DisplayName("apply creates the seed group, its policy and metrics collection; a second plan has no changes")
  void applySeedThenNoChanges() {
    Plan plan = aws.plan(seed, PlanOptions.DEFAULTS);
    assertThat(plan.groupExists()).isFalse();
    assertThat(plan.changes()).extracting(Change::kind).containsExactly(
        Change.Kind.CREATE_GROUP, Change.Kind.ENABLE_METRICS, Change.Kind.PUT_POLICY);

    ApplyResult result = aws.apply(plan);
    assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
    assertThat(result.done()).hasSize(3);
    // moto creates no target tracking alarms (docs/ARCHITECTURE.md, "Tests"): the read-back finds none and says so.
    assertThat(result.alarms()).singleElement().satisfies(a -> assertThat(a.profile()).isNull());

    Plan again = aws.plan(seed, PlanOptions.DEFAULTS);
    assertThat(again.changes()).as(again.changes().toString()).isEmpty();
  }

  @Test
  @Order(2)
  @DisplayName("import reads back every member the seed set")
  void importMatchesSeed() {
    ImportResult imported = aws.importGroup(group());
    AutoScalingGroup g = imported.config().autoScalingGroup();
    AutoScalingGroup s = seed.autoScalingGroup();
    assertThat(g.autoScalingGroupName()).isEqualTo(s.autoScalingGroupName());
    assertThat(g.launchTemplate().launchTemplateName()).isEqualTo("fastcampus-nginx");
    assertThat(g.launchTemplate().version()).isEqualTo("$Latest");
    assertThat(g.minSize()).isEqualTo(1);
    assertThat(g.maxSize()).isEqualTo(10);
    assertThat(g.desiredCapacity()).isEqualTo(1);
    assertThat(g.defaultCooldown()).isEqualTo(300);
    assertThat(g.availabilityZones()).containsExactlyInAnyOrderElementsOf(Seed.AZS);
    assertThat(g.targetGroupARNs()).isEqualTo(s.targetGroupARNs());
    assertThat(g.healthCheckType()).isEqualTo("ELB");
    assertThat(g.healthCheckGracePeriod()).isEqualTo(300);
    assertThat(g.terminationPolicies()).containsExactly("Default");
    assertThat(g.metricsCollection()).isEqualTo(MetricsCollection.allMetrics());
    ScalingPolicy p = imported.config().policies().get(0);
    assertThat(p.policyName()).isEqualTo("Target Tracking Policy_20211202");
    assertThat(p.policyType()).isEqualTo("TargetTrackingScaling");
    assertThat(p.estimatedInstanceWarmup()).isEqualTo(300);
    assertThat(p.targetTrackingConfiguration().targetValue()).isEqualTo(50.0);
    assertThat(p.targetTrackingConfiguration().predefinedMetricSpecification().predefinedMetricType())
        .isEqualTo("ASGAverageCPUUtilization");
    assertThat(imported.config().simulation().instanceType()).isEqualTo("t2.nano");

    // The imported file, planned against the account it came from, changes nothing.
    assertThat(aws.plan(imported.config(), PlanOptions.DEFAULTS).changes()).isEmpty();
  }

  @Test
  @Order(3)
  @DisplayName("MaxSize changed behind asgsim's back is drift naming MaxSize; apply repairs it")
  void driftOnMaxSize() {
    clients.autoScaling().updateAutoScalingGroup(r -> r.autoScalingGroupName(group()).maxSize(7));
    Plan drift = aws.drift(seed);
    assertThat(drift.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.UPDATE_GROUP);
      assertThat(c.fields()).singleElement().satisfies(f -> {
        assertThat(f.field()).isEqualTo("MaxSize");
        assertThat(f.oldValue()).isEqualTo(7);
        assertThat(f.newValue()).isEqualTo(10);
      });
    });
    assertThat(aws.apply(aws.plan(seed, PlanOptions.DEFAULTS)).succeeded()).isTrue();
    assertThat(aws.drift(seed).changes()).isEmpty();
  }

  @Test
  @Order(4)
  @DisplayName("a live policy missing from the file is kept by default and deleted with --prune")
  void pruneDeletesExtraPolicy() {
    clients.autoScaling().putScalingPolicy(r -> r.autoScalingGroupName(group()).policyName("extra")
        .policyType("SimpleScaling").adjustmentType("ChangeInCapacity").scalingAdjustment(1));
    assertThat(aws.plan(seed, PlanOptions.DEFAULTS).changes()).isEmpty();
    Plan prune = aws.plan(seed, new PlanOptions(false, true));
    assertThat(prune.changes()).extracting(Change::kind, Change::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Change.Kind.DELETE_POLICY, "\"extra\""));
    assertThat(aws.apply(prune).succeeded()).isTrue();
    assertThat(aws.read(group()).policies()).extracting(ScalingPolicy::policyName)
        .containsExactly("Target Tracking Policy_20211202");
  }

  @Test
  @Order(5)
  @DisplayName("a changed target value replaces the policy and names TargetTrackingConfiguration.TargetValue")
  void replacePolicy() {
    ScalingPolicy p = seed.policies().get(0);
    ScalingPolicy changed = p.toBuilder().targetTrackingConfiguration(new dev.asgsim.core.config.TargetTrackingConfiguration(
        p.targetTrackingConfiguration().predefinedMetricSpecification(), null, 40.0, false)).build();
    ScalingConfig edited = seed.toBuilder().scalingPolicies(List.of(changed)).build();
    Plan plan = aws.plan(edited, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.REPLACE_POLICY);
      assertThat(c.fields()).extracting(f -> f.field()).containsExactly("TargetTrackingConfiguration.TargetValue");
    });
    assertThat(aws.apply(plan).succeeded()).isTrue();
    assertThat(aws.plan(edited, PlanOptions.DEFAULTS).changes()).isEmpty();
    assertThat(aws.apply(aws.plan(seed, PlanOptions.DEFAULTS)).succeeded()).isTrue();
  }

  @Test
  @Order(7)
  @DisplayName("§6.5, §7.6 a warm pool and lifecycle hooks: apply puts them (PutWarmPool, PutLifecycleHook), import "
      + "reads them back, a second plan is empty, a hook changed behind asgsim's back is drift, --prune deletes "
      + "(DeleteLifecycleHook, DeleteWarmPool)")
  void warmPoolAndHooks() {
    var hook = new dev.asgsim.core.config.LifecycleHookSpecification("app-install",
        dev.asgsim.core.config.LifecycleHookSpecification.LAUNCHING, 600, "ABANDON", null, null, null);
    var pool = new dev.asgsim.core.config.WarmPoolConfiguration(1, 4, "Stopped",
        new dev.asgsim.core.config.WarmPoolConfiguration.InstanceReusePolicy(true));
    ScalingConfig pooled = seed.toBuilder().autoScalingGroup(seed.autoScalingGroup().toBuilder()
        .lifecycleHookSpecificationList(List.of(hook)).warmPoolConfiguration(pool).build()).build();
    Plan plan = aws.plan(pooled, PlanOptions.DEFAULTS);
    assertThat(plan.changes()).extracting(Change::kind)
        .containsExactly(Change.Kind.PUT_LIFECYCLE_HOOK, Change.Kind.PUT_WARM_POOL);
    ApplyResult applied = aws.apply(plan);
    assertThat(applied.succeeded()).as(String.valueOf(applied.error())).isTrue();
    assertThat(aws.plan(pooled, PlanOptions.DEFAULTS).changes()).isEmpty();

    AutoScalingGroup imported = aws.importGroup(group()).config().autoScalingGroup();
    assertThat(imported.warmPoolConfiguration()).isEqualTo(pool);
    assertThat(imported.lifecycleHookSpecificationList()).singleElement().satisfies(h -> {
      assertThat(h.lifecycleHookName()).isEqualTo("app-install");
      assertThat(h.heartbeatTimeout()).isEqualTo(600);
    });

    clients.autoScaling().putLifecycleHook(r -> r.autoScalingGroupName(group()).lifecycleHookName("app-install")
        .lifecycleTransition(dev.asgsim.core.config.LifecycleHookSpecification.LAUNCHING).heartbeatTimeout(300)
        .defaultResult("ABANDON"));
    assertThat(aws.drift(pooled).changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(Change.Kind.REPLACE_LIFECYCLE_HOOK);
      assertThat(c.fields()).extracting(f -> f.field()).containsExactly("HeartbeatTimeout");
    });

    Plan prune = aws.plan(seed.toBuilder().autoScalingGroup(seed.autoScalingGroup().toBuilder()
        .lifecycleHookSpecificationList(List.of()).build()).build(), new PlanOptions(false, true));
    assertThat(prune.changes()).extracting(Change::kind)
        .containsExactly(Change.Kind.DELETE_LIFECYCLE_HOOK, Change.Kind.DELETE_WARM_POOL);
    assertThat(aws.apply(prune).succeeded()).isTrue();
    AutoScalingGroup after = aws.read(group()).group();
    assertThat(after.warmPoolConfiguration()).isNull();
    assertThat(after.lifecycleHookSpecificationList()).isNullOrEmpty();
  }

  @Test
  @Order(6)
  @DisplayName("history reads CPU back in time order, and --demand multiplies it by GroupInServiceInstances")
  void history() throws Exception {
    try (CborJsonBridge bridge = new CborJsonBridge(moto.endpoint());
        AwsAutoScaling viaBridge = new AwsAutoScaling(AwsClients.create(MotoServer.settings(bridge.endpoint())))) {
      CloudWatchClient cw = CloudWatchClient.builder().region(software.amazon.awssdk.regions.Region.US_EAST_1)
          .endpointOverride(bridge.endpoint())
          .credentialsProvider(MotoServer.settings(bridge.endpoint()).credentials())
          .httpClient(software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient.create()).build();
      Instant t0 = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);
      List<MetricDatum> cpu = new ArrayList<>();
      List<MetricDatum> n = new ArrayList<>();
      Dimension dim = Dimension.builder().name("AutoScalingGroupName").value(group()).build();
      for (int i = 0; i < 5; i++) {
        Instant t = t0.plus(i, ChronoUnit.MINUTES);
        cpu.add(MetricDatum.builder().metricName("CPUUtilization").dimensions(dim).timestamp(t).value(20.0 + 10 * i)
            .build());
        n.add(MetricDatum.builder().metricName("GroupInServiceInstances").dimensions(dim).timestamp(t).value(2.0)
            .build());
      }
      cw.putMetricData(r -> r.namespace("AWS/EC2").metricData(cpu));
      cw.putMetricData(r -> r.namespace("AWS/AutoScaling").metricData(n));
      cw.close();

      HistoryRequest request = HistoryRequest.cpu(group(), t0.minus(1, ChronoUnit.MINUTES),
          t0.plus(6, ChronoUnit.MINUTES));
      MetricHistory.Trace trace = viaBridge.history(request);
      assertThat(trace.samples()).extracting(s -> s.value()).containsExactly(20.0, 30.0, 40.0, 50.0, 60.0);
      assertThat(trace.samples().get(0).timestamp()).isEqualTo(t0);

      MetricHistory.Trace demand = viaBridge.history(request.withDemand(true));
      assertThat(demand.samples()).extracting(s -> s.value()).containsExactly(40.0, 60.0, 80.0, 100.0, 120.0);
    }
  }

  @Test
  @Order(7)
  @DisplayName("§7.11 a mixed instances policy (weights, base 1 and 30 % On-Demand, capacity-optimized) and "
      + "CapacityRebalance apply, read back whole with moto's filled-in defaults as no change, and drift names it")
  void mixedInstancesRoundTrip() {
    MixedInstancesPolicy.LaunchTemplate template = new MixedInstancesPolicy.LaunchTemplate(
        LaunchTemplateSpecification.byName("fastcampus-nginx", "$Latest"),
        List.of(new LaunchTemplateOverride("t3.small", "1", null), new LaunchTemplateOverride("t3.medium", "2", null)));
    AutoScalingGroup mixedGroup = seed.autoScalingGroup().toBuilder().autoScalingGroupName("web-mixed")
        .launchTemplate(null).capacityRebalance(true)
        .mixedInstancesPolicy(new MixedInstancesPolicy(template,
            new MixedInstancesPolicy.InstancesDistribution(null, 1, 30, "capacity-optimized", null, null)))
        .build();
    ScalingConfig config = seed.toBuilder().autoScalingGroup(mixedGroup).scalingPolicies(List.of()).build();
    ApplyResult created = aws.apply(aws.plan(config, PlanOptions.DEFAULTS));
    assertThat(created.succeeded()).as(String.valueOf(created.error())).isTrue();
    Plan again = aws.plan(config, PlanOptions.DEFAULTS);
    assertThat(again.changes()).as(again.changes().toString()).isEmpty();

    AutoScalingGroup imported = aws.importGroup("web-mixed").config().autoScalingGroup();
    assertThat(imported.capacityRebalance()).isTrue();
    assertThat(imported.mixedInstancesPolicy().overrides()).isEqualTo(template.overrides());
    var d = imported.mixedInstancesPolicy().effectiveDistribution();
    assertThat(d.onDemandBaseCapacity()).isEqualTo(1);
    assertThat(d.onDemandPercentageAboveBaseCapacity()).isEqualTo(30);
    assertThat(d.spotAllocationStrategy()).isEqualTo("capacity-optimized");

    // Behind asgsim's back: all On-Demand. Drift names the policy; apply puts the 30 % back.
    clients.autoScaling().updateAutoScalingGroup(r -> r.autoScalingGroupName("web-mixed").mixedInstancesPolicy(m -> m
        .launchTemplate(lt -> lt.launchTemplateSpecification(s -> s.launchTemplateName("fastcampus-nginx")
            .version("$Latest")).overrides(o -> o.instanceType("t3.small").weightedCapacity("1"),
                o -> o.instanceType("t3.medium").weightedCapacity("2")))
        .instancesDistribution(i -> i.onDemandBaseCapacity(1).onDemandPercentageAboveBaseCapacity(100)
            .spotAllocationStrategy("capacity-optimized"))));
    Plan drift = aws.drift(config);
    assertThat(drift.changes()).singleElement().satisfies(c -> assertThat(c.fields()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.field()).startsWith("MixedInstancesPolicy")));
    assertThat(aws.apply(aws.plan(config, PlanOptions.DEFAULTS)).succeeded()).isTrue();
    assertThat(aws.drift(config).changes()).isEmpty();
  }
}
