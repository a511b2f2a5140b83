package dev.asgsim.aws.apply;

import dev.asgsim.core.config.ScalingConfig;
import java.util.List;

/**
 * What apply asks before touching an account: the ERROR-severity findings of a config, as one message each. The
 * CLI wires the core Validator here; {@link BasicConfigCheck} is the adapter's own minimum.
 */
@FunctionalInterface
public interface ConfigCheck {
  List<String> errors(ScalingConfig config);
}
