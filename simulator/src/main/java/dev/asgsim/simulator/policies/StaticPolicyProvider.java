package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;

/** {@code static:N}: a fixed fleet of N instances (Min = Max = Desired = N), the "no autoscaling" baseline. */
public final class StaticPolicyProvider implements PolicyProvider {
  /**
   * The largest fixed fleet: ten times the largest fleet the benchmarks measure (1 000 instances). Beyond it a run's
   * memory, not the answer, decides the outcome ({@code static:1000000000} ran a sweep worker out of memory).
   */
  public static final int MAX_INSTANCES = 10_000;

  @Override
  public String name() {
    return "static";
  }

  @Override
  public String usage() {
    return "static:N";
  }

  @Override
  public BenchPolicy policy(String written, String argument) {
    if (argument == null) {
      throw new IllegalArgumentException("'" + written + "': say how many instances, e.g. static:4");
    }
    int n;
    try {
      n = Integer.parseInt(argument);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + written + "': N must be a whole number from 0 to " + MAX_INSTANCES
          + ", e.g. static:4");
    }
    if (n < 0 || n > MAX_INSTANCES) {
      throw new IllegalArgumentException("'" + written + "': N must be from 0 to " + MAX_INSTANCES
          + " (a fixed fleet larger than that is beyond what a simulation can hold)");
    }
    return new BenchPolicy(written, c -> fixed(c, n), c -> new StaticPolicy(n));
  }

  private static ScalingConfig fixed(ScalingConfig config, int n) {
    AutoScalingGroup g = config.autoScalingGroup();
    return PolicyRegistry.withoutPolicies(config).toBuilder()
        .autoScalingGroup(g.toBuilder().minSize(n).maxSize(n).desiredCapacity(n).build())
        .build();
  }
}
