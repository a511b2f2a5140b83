package dev.asgsim.aws.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.InvalidConfigException;
import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.aws.mapping.Fixtures;
import dev.asgsim.aws.plan.PlanOptions;
import dev.asgsim.aws.stub.StubAutoScaling;
import dev.asgsim.aws.stub.StubCloudWatch;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BasicConfigCheckTest {
  private static final AutoScalingGroup OK = AutoScalingGroup.builder().autoScalingGroupName("web").minSize(1)
      .maxSize(10).launchTemplate(LaunchTemplateSpecification.byName("lt", "$Latest")).build();

  private static List<String> errors(AutoScalingGroup g, ScalingPolicy... policies) {
    return new BasicConfigCheck().errors(ScalingConfig.builder().autoScalingGroup(g)
        .scalingPolicies(List.of(policies)).build());
  }

  @Test
  @DisplayName("a valid group and policies have no errors")
  void valid() {
    assertThat(errors(OK, Fixtures.simple(), Fixtures.step(),
        ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 50.0, null))).isEmpty();
  }

  @Test
  @DisplayName("§7.1 [D] Min <= Desired <= Max; §9.4 exactly one launch source; §9.2 no ':' in the name")
  void groupRules() {
    assertThat(errors(OK.toBuilder().minSize(5).maxSize(2).build())).singleElement().asString().contains("MinSize");
    assertThat(errors(OK.toBuilder().desiredCapacity(11).build())).singleElement().asString()
        .contains("DesiredCapacity");
    assertThat(errors(OK.toBuilder().launchConfigurationName("lc").build())).singleElement().asString()
        .contains("exactly one");
    assertThat(errors(OK.toBuilder().autoScalingGroupName("a:b").build())).singleElement().asString()
        .contains("AutoScalingGroupName");
  }

  @Test
  @DisplayName("§9.6 [D] per-type required members; duplicate policy names")
  void policyRules() {
    assertThat(errors(OK, ScalingPolicy.builder().policyName("tt").policyType("TargetTrackingScaling").build()))
        .singleElement().asString().contains("TargetValue");
    assertThat(errors(OK, Fixtures.simple().toBuilder().scalingAdjustment(null).build())).singleElement().asString()
        .contains("ScalingAdjustment");
    assertThat(errors(OK, Fixtures.step().toBuilder().stepAdjustments(null).build())).singleElement().asString()
        .contains("StepAdjustments");
    assertThat(errors(OK, Fixtures.simple(), Fixtures.simple())).singleElement().asString().contains("twice");
    assertThat(errors(OK, Fixtures.simple().toBuilder().policyType("Bogus").build())).singleElement().asString()
        .contains("unknown");
  }

  @Test
  @DisplayName("a config with errors is refused before any AWS call")
  void refusedBeforeAnyCall() {
    StubAutoScaling as = new StubAutoScaling();
    StubCloudWatch cw = new StubCloudWatch();
    AwsAutoScaling aws = new AwsAutoScaling(new AwsClients(as, cw));
    ScalingConfig bad = ScalingConfig.builder().autoScalingGroup(OK.toBuilder().minSize(5).maxSize(2).build()).build();
    assertThatThrownBy(() -> aws.checkThenPlan(bad, new BasicConfigCheck(), PlanOptions.DEFAULTS))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("nothing was changed");
    assertThat(as.requests).isEmpty();
    assertThat(cw.requests).isEmpty();
  }

  @Test
  @DisplayName("the core Validator behind ConfigCheck refuses what AWS would (MinSize > MaxSize) and passes the seed")
  void validatorCheck() throws Exception {
    ScalingConfig seed = dev.asgsim.core.io.ConfigReader.read(java.nio.file.Path.of("..", "examples",
        "fastcampus-nginx.yaml"));
    assertThat(ValidatorCheck.defaults().errors(seed)).isEmpty();
    ScalingConfig bad = seed.toBuilder().autoScalingGroup(seed.autoScalingGroup().toBuilder().minSize(12).build())
        .build();
    assertThat(ValidatorCheck.defaults().errors(bad)).isNotEmpty().allMatch(e -> e.contains("ERROR"));
  }
}
