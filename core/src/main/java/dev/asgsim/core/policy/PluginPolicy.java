package dev.asgsim.core.policy;

/**
 * A policy that is not an AWS policy type (a Kubernetes-HPA-style rule, a static fleet, a clairvoyant oracle, a
 * user's own class) competing under the same combiner as the AWS policies. Plug-in proposals are independent (like
 * step policies): a lower proposal is a scale-in vote that needs no agreement from target tracking, but it is still
 * blocked while scale-out instances warm (spec §2.2 [D]) and clamped to [Min, Max].
 *
 * <p>{@link #propose} runs on the hot path: do not allocate in it.
 */
public non-sealed interface PluginPolicy extends PolicyEvaluator {

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
