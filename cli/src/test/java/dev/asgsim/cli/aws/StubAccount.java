package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsClients;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** An account made of stubbed clients (nothing leaves the JVM): account 111122223333, Region us-east-1. */
final class StubAccount {
  static final String ACCOUNT = "111122223333";
  static final String REGION = "us-east-1";

  private StubAccount() {}

  static AwsAutoScaling of(AutoScalingClient autoScaling, CloudWatchClient cloudWatch) {
    StsClient sts = new StsClient() {
      @Override
      public GetCallerIdentityResponse getCallerIdentity(GetCallerIdentityRequest r) {
        return GetCallerIdentityResponse.builder().account(ACCOUNT).arn("arn:aws:iam::" + ACCOUNT + ":user/test")
            .userId("AIDTEST").build();
      }

      @Override
      public String serviceName() {
        return "sts";
      }

      @Override
      public void close() {}
    };
    return new AwsAutoScaling(new AwsClients(autoScaling, cloudWatch, sts, REGION));
  }
}
