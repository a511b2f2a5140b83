package dev.asgsim.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.ScalingConfig;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 18 item 1: which configs belong elsewhere (ARN format: AWS General Reference, "Amazon Resource Names"). */
class TargetCheckTest {
  private static final AwsTarget SEOUL = new AwsTarget("111122223333", "ap-northeast-2");

  private static ScalingConfig config(String region, AutoScalingGroup g) {
    return ScalingConfig.builder().region(region).autoScalingGroup(g).build();
  }

  private static AutoScalingGroup.Builder group() {
    return AutoScalingGroup.builder().autoScalingGroupName("web").minSize(1).maxSize(2);
  }

  @Test
  @DisplayName("a config of the target's Region and account passes; local zones and IAM ARNs (no Region) too")
  void fits() {
    var g = group().availabilityZones(List.of("ap-northeast-2a", "ap-northeast-2-wl1-cjj-wlz-1"))
        .targetGroupARNs(List.of("arn:aws:elasticloadbalancing:ap-northeast-2:111122223333:targetgroup/t/1"))
        .serviceLinkedRoleARN("arn:aws:iam::111122223333:role/aws-service-role/autoscaling.amazonaws.com/x")
        .build();
    assertThat(TargetCheck.mismatches(config("ap-northeast-2", g), SEOUL)).isEmpty();
    assertThat(TargetCheck.mismatches(config(null, group().build()), SEOUL)).isEmpty();
  }

  @Test
  @DisplayName("Region:, an AZ, an ARN of another Region, or an ARN of another account are each named")
  void mismatches() {
    var g = group().availabilityZones(List.of("us-east-1a"))
        .targetGroupARNs(List.of("arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/t/1"))
        .lifecycleHookSpecificationList(List.of(new LifecycleHookSpecification("h", "autoscaling:EC2_INSTANCE_LAUNCHING",
            null, null, null, "arn:aws:sns:ap-northeast-2:999988887777:topic", null)))
        .build();
    assertThat(TargetCheck.mismatches(config("us-east-1", g), SEOUL)).containsExactly(
        "Region: the file says us-east-1",
        "AutoScalingGroup.AvailabilityZones: us-east-1a is in us-east-1",
        "AutoScalingGroup.TargetGroupARNs[0]: arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/t/1 "
            + "is in us-east-1",
        "AutoScalingGroup.LifecycleHookSpecificationList[0].NotificationTargetARN: "
            + "arn:aws:sns:ap-northeast-2:999988887777:topic belongs to account 999988887777");
  }
}
