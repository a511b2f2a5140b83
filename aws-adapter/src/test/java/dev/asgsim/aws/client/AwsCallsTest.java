package dev.asgsim.aws.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingException;

class AwsCallsTest {
  private static AutoScalingException refused(String code, int status) {
    return (AutoScalingException) AutoScalingException.builder().statusCode(status)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("msg from AWS").build()).build();
  }

  @Test
  @DisplayName("§9.3 refused calls name the call, AWS's code and message, and what to do")
  void refusals() {
    assertThatThrownBy(() -> AwsCalls.call("autoscaling:PutScalingPolicy", () -> {
      throw refused("AccessDenied", 403);
    })).isInstanceOf(AwsCallException.class)
        .hasMessage("autoscaling:PutScalingPolicy was refused (AccessDenied): msg from AWS. Grant the IAM permission "
            + "autoscaling:PutScalingPolicy to the credentials in use, or use --profile with a role that has it.");
    assertThatThrownBy(() -> AwsCalls.call("autoscaling:CreateAutoScalingGroup", () -> {
      throw refused("ValidationError", 400);
    })).hasMessageContaining("fix it in the config file");
    assertThatThrownBy(() -> AwsCalls.call("autoscaling:UpdateAutoScalingGroup", () -> {
      throw refused("Throttling", 400);
    })).hasMessageContaining("after the SDK's retries").hasMessageContaining("a rerun continues");
    assertThatThrownBy(() -> AwsCalls.call("autoscaling:UpdateAutoScalingGroup", () -> {
      throw refused("ScalingActivityInProgress", 400);
    })).hasMessageContaining("busy");
  }

  @Test
  @DisplayName("issue 18: a missing Region or credentials says what to set, without the SDK's provider-chain dump")
  void clientFailures() {
    // The SDK 2.x wording: every provider it tried, on one line.
    String credentials = "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain("
        + "credentialsProviders=[SystemPropertyCredentialsProvider(), EnvironmentVariableCredentialsProvider()]) : "
        + "[SystemPropertyCredentialsProvider(): Unable to load credentials from system settings. Access key must be "
        + "specified either via environment variable (AWS_ACCESS_KEY_ID) or system property (aws.accessKeyId).]";
    assertThatThrownBy(() -> AwsCalls.call("autoscaling:DescribeAutoScalingGroups", () -> {
      throw SdkClientException.create(credentials);
    })).hasMessage("autoscaling:DescribeAutoScalingGroups could not be sent: no AWS credentials were found. Run "
        + "'aws configure' or 'aws sso login', pick a profile with --profile or AWS_PROFILE, or set "
        + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
    assertThatThrownBy(() -> AwsCalls.call("sts:GetCallerIdentity", () -> {
      throw SdkClientException.create("Profile file contained no credentials for profile 'nope': ProfileFile(...)");
    })).hasMessageContaining("the profile nope has no credentials (or does not exist)")
        .hasMessageNotContaining("ProfileFile");
    String region = "Unable to load region from any of the providers in the chain software.amazon.awssdk.regions."
        + "providers.DefaultAwsRegionProviderChain@1a2b3c: [SystemSettingsRegionProvider: Unable to load region "
        + "from system settings. Region must be specified either via environment variable (AWS_REGION) or  system "
        + "property (aws.region)., AwsProfileRegionProvider: No region provided in profile: default]";
    assertThatThrownBy(() -> AwsCalls.call("client setup", () -> {
      throw SdkClientException.create(region);
    })).hasMessageContaining("no AWS Region is set").hasMessageContaining("--region")
        .hasMessageNotContaining("Provider").hasMessageNotContaining("chain");
  }

  @Test
  @DisplayName("issue 18: an endpoint without the operation (HTTP 404, no code, no message) gets a true message")
  void notFoundWithoutMessage() {
    var e = software.amazon.awssdk.services.cloudwatch.model.CloudWatchException.builder().statusCode(404)
        .awsErrorDetails(AwsErrorDetails.builder().build()).build();
    assertThatThrownBy(() -> AwsCalls.call("cloudwatch:GetMetricData", () -> {
      throw e;
    })).hasMessageContaining("cloudwatch:GetMetricData was refused (HTTP 404)")
        .hasMessageContaining("the endpoint gave no message")
        .hasMessageContaining("asgsim history --from-file")
        .hasMessageNotContaining("null").hasMessageNotContaining("above");
  }

  @Test
  @DisplayName("settings never print credentials")
  void settingsHideCredentials() {
    AwsSettings s = AwsSettings.defaults().withRegion("us-east-1").withEndpoint(URI.create("http://127.0.0.1:1"))
        .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSECRETID", "s3cr3tKey")));
    assertThat(s.toString()).doesNotContain("AKIDSECRETID").doesNotContain("s3cr3tKey").contains("(given)");
  }
}
