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
  @DisplayName("client-side failures say what to configure")
  void clientFailures() {
    assertThatThrownBy(() -> AwsCalls.call("autoscaling:DescribeAutoScalingGroups", () -> {
      throw SdkClientException.create("Unable to load credentials from any of the providers");
    })).hasMessageContaining("Configure credentials");
    assertThatThrownBy(() -> AwsCalls.call("client setup", () -> {
      throw SdkClientException.create("Unable to load region from any of the providers");
    })).hasMessageContaining("--region");
  }

  @Test
  @DisplayName("settings never print credentials")
  void settingsHideCredentials() {
    AwsSettings s = AwsSettings.defaults().withRegion("us-east-1").withEndpoint(URI.create("http://127.0.0.1:1"))
        .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDSECRETID", "s3cr3tKey")));
    assertThat(s.toString()).doesNotContain("AKIDSECRETID").doesNotContain("s3cr3tKey").contains("(given)");
  }
}
