package dev.asgsim.aws.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanOptions;
import dev.asgsim.core.config.ScalingConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Apply through a proxy that throttles, fails and finally refuses calls, the ways AWS does. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultInjectionIT {
  private SeededMoto moto;
  private FaultProxy proxy;
  private AwsAutoScaling aws;
  private AwsClients direct;
  private ScalingConfig seed;

  @BeforeAll
  void start() throws Exception {
    moto = SeededMoto.start();
    proxy = new FaultProxy(moto.endpoint());
    aws = new AwsAutoScaling(AwsClients.create(MotoServer.settings(proxy.endpoint())));
    direct = moto.clients;
    seed = moto.seed;
  }

  /** Each test starts without the group (the launch template and target group stay). */
  @BeforeEach
  void noGroup() {
    proxy.rule(n -> null);
    String name = seed.autoScalingGroup().autoScalingGroupName();
    if (!direct.autoScaling().describeAutoScalingGroups(r -> r.autoScalingGroupNames(name)).autoScalingGroups()
        .isEmpty()) {
      direct.autoScaling().deleteAutoScalingGroup(r -> r.autoScalingGroupName(name).forceDelete(true));
    }
    // moto keeps a deleted group's policies (AWS deletes them with the group): remove them too.
    direct.autoScaling().describePolicies(r -> r.autoScalingGroupName(name)).scalingPolicies().forEach(p ->
        direct.autoScaling().deletePolicy(r -> r.autoScalingGroupName(name).policyName(p.policyName())));
  }

  @AfterAll
  void stop() {
    if (aws != null) {
      aws.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (moto != null) {
      moto.close();
    }
  }

  @Test
  @DisplayName("§9.3 Throttling (400) and 500 replies are retried by the SDK's standard strategy: apply converges")
  void throttlingAndServerErrorsAreRetried() {
    // Of every three requests, the first is throttled, the second fails with 500, the third goes through: each call
    // needs up to three attempts, the standard strategy's maximum.
    proxy.rule(n -> switch (n % 3) {
      case 1 -> FaultProxy.Fault.THROTTLING;
      case 2 -> FaultProxy.Fault.INTERNAL;
      default -> null;
    });
    Plan plan = aws.plan(seed, PlanOptions.DEFAULTS);
    ApplyResult result = aws.apply(plan);

    assertThat(result.succeeded()).as(String.valueOf(result.error())).isTrue();
    assertThat(proxy.injected()).isGreaterThanOrEqualTo(6);
    assertThat(aws.plan(seed, PlanOptions.DEFAULTS).changes()).isEmpty();
  }

  @Test
  @DisplayName("an apply cut off half-way reports what was done and what was not; a rerun converges")
  void cutOffHalfWayThenRerun() {
    Plan plan = aws.plan(seed, PlanOptions.DEFAULTS);
    proxy.rule(n -> n > 2 ? FaultProxy.Fault.ACCESS_DENIED : null);

    ApplyResult cut = aws.apply(plan);

    assertThat(cut.succeeded()).isFalse();
    assertThat(cut.done()).extracting(Change::kind)
        .containsExactly(Change.Kind.CREATE_GROUP, Change.Kind.ENABLE_METRICS);
    assertThat(cut.failed().kind()).isEqualTo(Change.Kind.PUT_POLICY);
    assertThat(cut.notDone()).isEmpty();
    assertThat(cut.error().call()).isEqualTo("autoscaling:PutScalingPolicy");
    assertThat(cut.error().errorCode()).isEqualTo("AccessDenied");
    assertThat(cut.error().getMessage()).contains("Grant the IAM permission autoscaling:PutScalingPolicy");

    proxy.rule(n -> null);
    Plan rest = aws.plan(seed, PlanOptions.DEFAULTS);
    assertThat(rest.changes()).extracting(Change::kind).containsExactly(Change.Kind.PUT_POLICY);
    assertThat(aws.apply(rest).succeeded()).isTrue();
    assertThat(aws.plan(seed, PlanOptions.DEFAULTS).changes()).isEmpty();
  }
}
