package dev.asgsim.aws.client;

import java.util.Locale;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Runs one SDK call and turns its failure into an {@link AwsCallException} that says what to do. */
public final class AwsCalls {
  private AwsCalls() {}

  public static <T> T call(String name, Supplier<T> body) {
    try {
      return body.get();
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      String detail = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
      throw new AwsCallException(name, code,
          name + " was refused (" + (code == null ? "HTTP " + e.statusCode() : code) + "): " + detail + ". "
              + advice(name, code, e.statusCode()), e);
    } catch (SdkClientException e) {
      throw new AwsCallException(name, null, name + " could not be sent: " + firstLine(e.getMessage()) + ". "
          + clientAdvice(e.getMessage()), e);
    } catch (SdkException e) {
      throw new AwsCallException(name, null, name + " failed: " + firstLine(e.getMessage()), e);
    }
  }

  public static void run(String name, Runnable body) {
    call(name, () -> {
      body.run();
      return null;
    });
  }

  static String advice(String call, String code, int status) {
    String c = code == null ? "" : code;
    String action = call.contains(":") ? call : "autoscaling:" + call;
    if (c.startsWith("AccessDenied") || c.equals("UnauthorizedOperation") || status == 403) {
      return "Grant the IAM permission " + action + " to the credentials in use, or use --profile with a role that has it.";
    }
    if (c.equals("ValidationError") || c.equals("InvalidParameterValue") || c.equals("InvalidParameterCombination")) {
      return "AWS rejected a value: fix it in the config file (run 'asgsim validate FILE') and retry.";
    }
    if (c.startsWith("Throttling") || c.equals("RequestLimitExceeded") || c.equals("TooManyRequestsException")) {
      return "AWS kept throttling after the SDK's retries: wait a minute and retry; a rerun continues where this stopped.";
    }
    if (c.equals("ScalingActivityInProgress") || c.equals("ResourceContention") || c.equals("ResourceInUse")) {
      return "The group is busy: retry in a few minutes; a rerun continues where this stopped.";
    }
    if (c.equals("LimitExceeded")) {
      return "An account or group quota is reached (aws-behaviour §7.9): delete unused resources or request a quota increase.";
    }
    if (c.equals("AlreadyExists")) {
      return "It exists already (maybe created by another tool): rerun plan to see the current state.";
    }
    if (c.contains("Token") || c.equals("SignatureDoesNotMatch") || c.startsWith("InvalidClientTokenId")) {
      return "The credentials are invalid or expired: refresh them (aws sso login, aws configure) or pick another --profile.";
    }
    if (status >= 500) {
      return "AWS failed after the SDK's retries: retry later; a rerun continues where this stopped.";
    }
    return "See the AWS error above, fix the cause and retry.";
  }

  private static String clientAdvice(String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("credential")) {
      return "Configure credentials (aws configure, AWS_PROFILE or --profile).";
    }
    if (m.contains("region")) {
      return "Give a region with --region or AWS_REGION, or set one in the profile.";
    }
    return "Check the network, --region and --endpoint-url.";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
