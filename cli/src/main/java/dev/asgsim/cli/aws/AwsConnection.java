package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.InvalidConfigException;
import dev.asgsim.aws.client.AwsSettings;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.cli.UserError;
import java.util.function.Function;

/**
 * Opens the AWS facade for a command and turns AWS refusals into one clear message with exit code 2. The factory
 * is replaceable so that tests connect with explicit dummy credentials instead of the default chain.
 */
public final class AwsConnection {
  private static volatile Function<AwsSettings, AwsAutoScaling> factory = AwsAutoScaling::connect;

  private AwsConnection() {}

  public static AwsAutoScaling open(AwsOptions options) {
    return guard(() -> factory.apply(options.settings()));
  }

  /** For tests: how a command builds its clients. */
  public static void factory(Function<AwsSettings, AwsAutoScaling> f) {
    factory = f == null ? AwsAutoScaling::connect : f;
  }

  /** Runs an AWS step; a refused call becomes a {@link UserError} naming the call and what to do. */
  public static <T> T guard(java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (AwsCallException e) {
      throw new UserError(e.getMessage(), ExitCodes.BAD_INPUT);
    } catch (InvalidConfigException e) {
      throw new UserError(e.getMessage(), ExitCodes.FINDINGS);
    }
  }
}
