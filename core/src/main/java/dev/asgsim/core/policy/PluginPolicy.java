package dev.asgsim.core.policy;

import java.util.List;

/**
 * A policy that is not an AWS policy type (a Kubernetes-HPA-style rule, a static fleet, a clairvoyant oracle, a
 * user's own class) competing under the same combiner as the AWS policies. Plug-in proposals are independent (like
 * step policies): a lower proposal is a scale-in vote that needs no agreement from target tracking, but it is still
 * blocked while scale-out instances warm (spec §2.2 [D]) and clamped to [Min, Max].
 *
 * <p>{@link #propose} runs on the hot path: do not allocate in it.
 */
public non-sealed interface PluginPolicy extends PolicyEvaluator {

  /**
   * The CloudWatch metrics this plug-in reads, as a real controller would, with {@link ControlPlaneView#latest}: the
   * engine has the caller publish them (with the monitoring period and publication delay of spec §8) even when no AWS
   * policy uses them. Find a metric's index in {@link #attach} by its {@link MetricSpec}. Default: none.
   */
  default List<MetricSpec> metrics() {
    return List.of();
  }

  /** Called once when the engine is built, before any {@link #propose}. */
  default void attach(ControlPlaneView plane) {}

  /** Plug-ins scale in on their own, like step policies. */
  @Override
  default CombinationRule.Role role() {
    return CombinationRule.Role.INDEPENDENT;
  }

  @Override
  default DecisionSource source() {
    return DecisionSource.PLUGIN;
  }
}
