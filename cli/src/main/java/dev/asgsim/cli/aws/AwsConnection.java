package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.aws.plan.TargetCheck;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.cli.UserError;
import dev.asgsim.core.config.ScalingConfig;
import java.util.List;
import java.util.function.Supplier;

/** Opens the AWS facade for a command (as the {@link CliContext} says) and turns AWS refusals into clear messages. */
final class AwsConnection {
  private AwsConnection() {}

  static AwsAutoScaling open(CliContext context, AwsOptions options) {
    return guard(() -> context.aws().apply(options.settings()));
  }

  /** Runs an AWS step; a refused call becomes a {@link UserError} naming the call and what to do (exit 2). */
  static <T> T guard(Supplier<T> body) {
    try {
      return body.get();
    } catch (AwsCallException e) {
      throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
    }
  }

  /**
   * The account and Region about to be read or changed, after checking that the config was written for them: a
   * file naming another Region or account is refused unless {@code allowMismatch}.
   */
  static AwsTarget target(AwsAutoScaling client, ScalingConfig config, String file, boolean allowMismatch) {
    AwsTarget target = guard(client::target);
    List<String> mismatches = TargetCheck.mismatches(config, target);
    if (!mismatches.isEmpty() && !allowMismatch) {
      throw new UserError(file + " was written for another Region or account than the one targeted ("
          + target.describe() + "):\n  " + String.join("\n  ", mismatches)
          + "\nTarget the right one (--region, --profile), or rerun with --allow-target-mismatch if this is meant.");
    }
    return target;
  }

  /** The first line of plan, apply and drift: who and where. */
  static String header(AwsTarget target, String endpoint) {
    return "Target: " + target.describe() + (endpoint == null ? "" : " (endpoint " + endpoint + ")") + "\n";
  }
}
