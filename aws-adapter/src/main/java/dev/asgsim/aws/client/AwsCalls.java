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
      if (detail == null || detail.isBlank() || detail.equals("null")) {
        detail = "the endpoint gave no message";
      }
      throw new AwsCallException(name, code,
          name + " was refused (" + (code == null ? "HTTP " + e.statusCode() : code) + "): " + detail + ". "
              + advice(name, code, e.statusCode()), e);
    } catch (SdkClientException e) {
      throw new AwsCallException(name, null, clientMessage(name, e.getMessage()), e);
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
      return "An account or group quota is reached (spec §7.9): delete unused resources or request a quota increase.";
    }
    if (c.equals("AlreadyExists")) {
      return "It exists already (maybe created by another tool): rerun plan to see the current state.";
    }
    if (c.contains("Token") || c.equals("SignatureDoesNotMatch") || c.startsWith("InvalidClientTokenId")) {
      return "The credentials are invalid or expired: refresh them (aws sso login, aws configure) or pick another --profile.";
    }
    if (code == null && status == 404) {
      String history = call.startsWith("cloudwatch:")
          ? " Without CloudWatch, save 'aws cloudwatch get-metric-data' output and run 'asgsim history --from-file FILE'."
          : "";
      return "The endpoint has no such operation (HTTP 404 Not Found): check --endpoint-url and --region; an "
          + "AWS-compatible emulator may not implement this service's protocol." + history;
    }
    if (status >= 500) {
      return "AWS failed after the SDK's retries: retry later; a rerun continues where this stopped.";
    }
    return "Fix what AWS's message names and retry.";
  }

  /**
   * What to do about a request that was never answered. The SDK's messages for a missing Region or credentials list
   * every provider it tried; they are replaced by what to set, never quoted.
   */
  static String clientMessage(String name, String message) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (m.contains("unable to load credentials")) {
      // The default chain: its message lists every provider it tried.
      return name + " could not be sent: no AWS credentials were found. Run 'aws configure' or 'aws sso login', "
          + "pick a profile with --profile or AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.";
    }
    java.util.regex.Matcher profile = java.util.regex.Pattern
        .compile("contained no credentials for profile '([^']*)'").matcher(message == null ? "" : message);
    if (profile.find()) {
      return name + " could not be sent: the profile " + profile.group(1) + " has no credentials (or does not "
          + "exist) in ~/.aws/credentials or ~/.aws/config. Check --profile / AWS_PROFILE, or run 'aws configure "
          + "--profile " + profile.group(1) + "' or 'aws sso login --profile " + profile.group(1) + "'.";
    }
    if (m.contains("unable to load region") || m.contains("region must be specified")) {
      return name + " could not be sent: no AWS Region is set. Give --region REGION, set AWS_REGION, or add "
          + "'region = REGION' to the profile in ~/.aws/config.";
    }
    return name + " could not be sent: " + firstLine(message) + ". Check the network, --region and --endpoint-url.";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "(no message)";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
