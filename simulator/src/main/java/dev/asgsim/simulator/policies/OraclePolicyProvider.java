package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;

/**
 * {@code oracle} or {@code oracle:TARGET}: capacity = ceil(demand / TARGET %) with no launch or start-up delay — the
 * clairvoyant lower bound no real controller reaches.
 */
public final class OraclePolicyProvider implements PolicyProvider {
  /** The utilisation target when the config has no CPU target to borrow: plan for full instances. */
  public static final double DEFAULT_TARGET_PERCENT = 100;


  @Override
  public String name() {
    return "oracle";
  }

  @Override
  public String usage() {
    return "oracle, oracle:TARGET";
  }

  @Override
  public BenchPolicy policy(String written, String argument) {
    Double target = argument == null ? null : PolicyRegistry.cpuPercent(written, argument);
    if (target != null && target > 100) {
      throw new IllegalArgumentException("'" + written + "': the target is a CPU percent in (0, 100]");
    }
    return new BenchPolicy(written, OraclePolicyProvider::instantCapacity,
        c -> new OraclePolicy((target != null ? target
            : Math.min(100, PolicyRegistry.cpuTarget(c, DEFAULT_TARGET_PERCENT))) / 100));
  }

  /**
   * The oracle's capacity appears the moment it is asked for: no launch delay, no application start-up. Built with
   * the config's builders, not Jackson: this runs for every simulation, on a cluster's executors too.
   */
  private static ScalingConfig instantCapacity(ScalingConfig config) {
    SimulationSettings sim = config.simulation() != null ? config.simulation() : SimulationSettings.builder().build();
    return PolicyRegistry.withoutPolicies(config).toBuilder()
        .simulation(sim.toBuilder().launchDelaySeconds(0).appStartSeconds(0).build())
        .build();
  }
}
