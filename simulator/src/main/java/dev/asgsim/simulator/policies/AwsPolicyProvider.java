package dev.asgsim.simulator.policies;

/** {@code aws}: the config's own scaling policies (target tracking, step, simple), simulated by the engine. */
public final class AwsPolicyProvider implements PolicyProvider {
  @Override
  public String name() {
    return PolicyRegistry.AWS;
  }

  @Override
  public BenchPolicy policy(String written, String argument) {
    if (argument != null) {
      throw new IllegalArgumentException("'" + written + "': aws takes no argument");
    }
    return new BenchPolicy(PolicyRegistry.AWS, c -> c, null);
  }
}
