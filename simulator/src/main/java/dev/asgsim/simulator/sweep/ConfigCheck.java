package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.ScalingConfig;
import java.util.List;

/**
 * Decides whether a varied config is worth simulating. The sweep uses {@link BasicConfigChecks} unless given the
 * project's validator (anything that lists problems of a config fits).
 */
@FunctionalInterface
public interface ConfigCheck {
  /** The problems of {@code config}, each a sentence naming the member and what is wrong; empty when fine. */
  List<String> problems(ScalingConfig config);
}
