package dev.asgsim.simulator.policies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigMapper;

/**
 * {@code oracle} or {@code oracle:TARGET}: capacity = ceil(demand / TARGET %) with no launch or start-up delay — the
 * clairvoyant lower bound no real controller reaches.
 */
public final class OraclePolicyProvider implements PolicyProvider {
  /** The utilisation target when the config has no CPU target to borrow: plan for full instances. */
  public static final double DEFAULT_TARGET_PERCENT = 100;

  private static final ObjectMapper MAPPER = ConfigMapper.json();

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

  /** The oracle's capacity appears the moment it is asked for: no launch delay, no application start-up. */
  private static ScalingConfig instantCapacity(ScalingConfig config) {
    ObjectNode tree = MAPPER.valueToTree(PolicyRegistry.withoutPolicies(config));
    ObjectNode sim = tree.withObject("/Simulation");
    sim.put("LaunchDelaySeconds", 0);
    sim.put("AppStartSeconds", 0);
    try {
      return MAPPER.treeToValue(tree, ScalingConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot zero the oracle's delays: " + e.getOriginalMessage(), e);
    }
  }
}
