package dev.asgsim.simulator.policies;

/**
 * {@code hpa} or {@code hpa:TARGET}: the Kubernetes-HPA-style policy at TARGET % CPU (default: the config's CPU
 * target tracking target, else {@value HpaSettings#DEFAULT_TARGET_UTILIZATION_PERCENT}).
 */
public final class HpaPolicyProvider implements PolicyProvider {
  @Override
  public String name() {
    return "hpa";
  }

  @Override
  public String usage() {
    return "hpa, hpa:TARGET";
  }

  @Override
  public BenchPolicy policy(String written, String argument) {
    Double target = argument == null ? null : PolicyRegistry.cpuPercent(written, argument);
    return PolicyProvider.replacingPolicies(written, c -> new HpaPolicy(HpaSettings.defaults(target != null ? target
        : PolicyRegistry.cpuTarget(c, HpaSettings.DEFAULT_TARGET_UTILIZATION_PERCENT))));
  }
}
