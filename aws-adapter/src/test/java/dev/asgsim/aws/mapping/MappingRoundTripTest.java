package dev.asgsim.aws.mapping;

import static dev.asgsim.aws.mapping.SdkTrees.assertSubset;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.autoscaling.model.EnabledMetric;
import software.amazon.awssdk.services.autoscaling.model.LifecycleHook;
import software.amazon.awssdk.services.autoscaling.model.ScheduledUpdateGroupAction;
import software.amazon.awssdk.services.autoscaling.model.TagDescription;
import software.amazon.awssdk.services.autoscaling.model.TrafficSourceIdentifier;
import software.amazon.awssdk.services.autoscaling.model.UpdateAutoScalingGroupRequest;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

/**
 * Both mappers on every member: a record with every member set goes to its request (checked member by member under
 * the API's names), AWS's reply is built by echoing the request, and the import mapper must give the record back.
 */
class MappingRoundTripTest {

  @Test
  @DisplayName("the fixtures set every member, so the round trips below cover all of them")
  void fixturesAreFull() {
    // A tag's ResourceId and ResourceType are the group's own: the mapper fills them in. SuspendedProcesses and
    // WarmPoolConfiguration are not CreateAutoScalingGroup members (their own calls; the plan lists them as manual).
    assertThat(Fixtures.nullMembers(Fixtures.fullGroup(), Set.of("tags[0].resourceId", "tags[0].resourceType",
        "suspendedProcesses", "warmPoolConfiguration",
        // An override names a type or instance requirements, never both (aws-behaviour §7.11); AllowedInstanceTypes
        // and ExcludedInstanceTypes exclude each other.
        "mixedInstancesPolicy.launchTemplate.overrides[0].instanceRequirements",
        "mixedInstancesPolicy.launchTemplate.overrides[1].instanceType",
        "mixedInstancesPolicy.launchTemplate.overrides[1].weightedCapacity",
        "mixedInstancesPolicy.launchTemplate.overrides[1].instanceRequirements.allowedInstanceTypes"))).isEmpty();
    assertThat(Fixtures.nullMembers(Fixtures.scheduled(), Set.of())).isEmpty();
    assertThat(Fixtures.nullMembers(Fixtures.alarm(), Set.of("extendedStatistic"))).isEmpty();
  }

  @Test
  @DisplayName("§9.4 CreateAutoScalingGroup carries every group member; the described group maps back to the record")
  void group() {
    AutoScalingGroup g = Fixtures.fullGroup();
    var request = ToRequests.create(g);
    ObjectNode expected = (ObjectNode) SdkTrees.record(g);
    expected.remove("MetricsCollection");
    assertSubset(expected, SdkTrees.sdk(request), "", Set.of());
    assertThat(request.tags().get(0).resourceId()).isEqualTo("web");
    assertThat(request.tags().get(0).resourceType()).isEqualTo("auto-scaling-group");

    var reply = SdkTrees.echo(request, software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup.builder(),
        Set.of("Tags"))
        .tags(TagDescription.builder().key("team").value("web").propagateAtLaunch(true).resourceId("web")
            .resourceType("auto-scaling-group").build())
        .enabledMetrics(EnabledMetric.builder().metric("GroupInServiceInstances").granularity("1Minute").build())
        .build();
    List<LifecycleHook> hooks = request.lifecycleHookSpecificationList().stream()
        .map(h -> SdkTrees.echo(h, LifecycleHook.builder(), Set.of()).autoScalingGroupName("web").build()).toList();

    AutoScalingGroup back = ToConfig.group(reply, hooks);
    // InstanceId is a create-only input: a described group does not have it.
    assertThat(back).isEqualTo(g.toBuilder().instanceId(null).build());
  }

  @Test
  @DisplayName("§7.6 the live group's WarmPoolConfiguration is imported (it used to be dropped); its Status is not")
  void warmPoolImported() {
    var reply = software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup.builder()
        .autoScalingGroupName("web").minSize(1).maxSize(10).desiredCapacity(6)
        .warmPoolConfiguration(w -> w.minSize(1).maxGroupPreparedCapacity(8).poolState("Hibernated")
            .status("PendingDelete").instanceReusePolicy(r -> r.reuseOnScaleIn(true)))
        .build();
    assertThat(ToConfig.group(reply, List.of()).warmPoolConfiguration()).isEqualTo(
        new dev.asgsim.core.config.WarmPoolConfiguration(1, 8, "Hibernated",
            new dev.asgsim.core.config.WarmPoolConfiguration.InstanceReusePolicy(true)));
    assertThat(ToConfig.group(reply.toBuilder().warmPoolConfiguration(
        (software.amazon.awssdk.services.autoscaling.model.WarmPoolConfiguration) null).build(), List.of())
        .warmPoolConfiguration()).isNull();
  }

  @Test
  @DisplayName("§9.5 an update sends exactly the members named, and can send every updatable one")
  void update() {
    AutoScalingGroup g = Fixtures.fullGroup();
    UpdateAutoScalingGroupRequest only = ToRequests.update(g, Set.of("MaxSize"));
    assertThat(SdkTrees.sdk(only).fieldNames()).toIterable().containsExactlyInAnyOrder("AutoScalingGroupName", "MaxSize");
    assertThat(only.maxSize()).isEqualTo(10);

    UpdateAutoScalingGroupRequest all = ToRequests.update(g, ToRequests.UPDATABLE);
    ObjectNode expected = (ObjectNode) SdkTrees.record(g);
    expected.retain(ToRequests.UPDATABLE);
    assertThat(expected.size()).isEqualTo(ToRequests.UPDATABLE.size());
    assertSubset(expected, SdkTrees.sdk(all), "", Set.of());
  }

  static Stream<ScalingPolicy> policies() {
    return Stream.of(Fixtures.targetTrackingCustomized(), Fixtures.step(), Fixtures.simple(), Fixtures.predictive());
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("policies")
  @DisplayName("§9.6 PutScalingPolicy carries every policy member; DescribePolicies maps back to the record")
  void policy(ScalingPolicy p) {
    var request = ToRequests.putPolicy("web", p);
    ObjectNode expected = (ObjectNode) SdkTrees.record(p);
    expected.remove("Alarm");
    assertSubset(expected, SdkTrees.sdk(request), "", Set.of());
    assertThat(request.autoScalingGroupName()).isEqualTo("web");

    var reply = SdkTrees.echo(request, software.amazon.awssdk.services.autoscaling.model.ScalingPolicy.builder(),
        Set.of()).policyARN("arn:policy").build();
    assertThat(ToConfig.policy(reply, p.alarm())).isEqualTo(p);
  }

  @Test
  @DisplayName("§9.7 PutScheduledUpdateGroupAction carries every member and maps back")
  void scheduledAction() {
    ScheduledAction a = Fixtures.scheduled();
    var request = ToRequests.putScheduledAction("web", a);
    assertSubset(SdkTrees.record(a), SdkTrees.sdk(request), "", Set.of());
    var reply = SdkTrees.echo(request, ScheduledUpdateGroupAction.builder(), Set.of()).build();
    assertThat(ToConfig.scheduledAction(reply)).isEqualTo(a);
  }

  @Test
  @DisplayName("§9.10 PutMetricAlarm carries every alarm member with the policy ARN as its action, and maps back")
  void alarm() {
    var a = Fixtures.alarm();
    var request = ToRequests.putAlarm(a, "arn:aws:autoscaling:eu-west-1:111122223333:scalingPolicy:x");
    assertSubset(SdkTrees.record(a), SdkTrees.sdk(request), "", Set.of());
    assertThat(request.alarmActions()).containsExactly("arn:aws:autoscaling:eu-west-1:111122223333:scalingPolicy:x");
    var reply = SdkTrees.echo(request, MetricAlarm.builder(), Set.of()).build();
    assertThat(ToConfig.alarm(reply)).isEqualTo(a);
  }

  @Test
  @DisplayName("§9.8 metrics collection: no list means every group metric, sent explicitly; all enabled reads back as all")
  void metricsCollection() {
    var all = ToRequests.enableMetrics("web", MetricsCollection.allMetrics());
    assertThat(all.metrics()).containsExactlyElementsOf(GroupMetrics.ALL);
    assertThat(all.granularity()).isEqualTo("1Minute");
    assertThat(ToRequests.enableMetrics("web", new MetricsCollection(null, List.of("GroupMaxSize"))).metrics())
        .containsExactly("GroupMaxSize");

    List<EnabledMetric> enabled = GroupMetrics.ALL.stream()
        .map(m -> EnabledMetric.builder().metric(m).granularity("1Minute").build()).toList();
    assertThat(ToConfig.metricsCollection(enabled)).isEqualTo(MetricsCollection.allMetrics());
    assertThat(ToConfig.metricsCollection(enabled.subList(0, 2)))
        .isEqualTo(new MetricsCollection("1Minute", List.of("GroupMaxSize", "GroupMinSize")));
    assertThat(ToConfig.metricsCollection(List.of())).isNull();
  }

  @Test
  @DisplayName("§10.1 import drops the empty lists AWS always sends and the TrafficSources that mirror target groups")
  void importCleansAwsEchoes() {
    var reply = software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup.builder()
        .autoScalingGroupName("web").minSize(1).maxSize(2)
        .loadBalancerNames(List.of()).targetGroupARNs("arn:tg")
        .trafficSources(TrafficSourceIdentifier.builder().identifier("arn:tg").type("elbv2").build(),
            TrafficSourceIdentifier.builder().identifier("arn:lattice").type("vpc-lattice").build())
        .tags(List.of()).vpcZoneIdentifier("")
        .build();
    AutoScalingGroup g = ToConfig.group(reply, List.of());
    assertThat(g.loadBalancerNames()).isNull();
    assertThat(g.tags()).isNull();
    assertThat(g.vpcZoneIdentifier()).isNull();
    assertThat(g.lifecycleHookSpecificationList()).isNull();
    assertThat(g.trafficSources()).containsExactly(new dev.asgsim.core.config.TrafficSource("arn:lattice", "vpc-lattice"));
    assertThat(g.tags()).isNull();
  }
}
