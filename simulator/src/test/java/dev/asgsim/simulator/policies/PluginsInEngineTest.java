package dev.asgsim.simulator.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.Decision;
import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.ScalingEngine;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench policies as the engine runs them: through the plug-in interface, combined and clamped by the engine. */
class PluginsInEngineTest {
  /** A group whose instances are all warm, serving {@code demand} percent of one instance. */
  private record Fleet(int inService, int warm, double demand) implements GroupView {
    @Override public int pending() { return 0; }
    @Override public int scaleOutWarming() { return inService - warm; }
    @Override public int terminating() { return 0; }
    @Override public double demand() { return demand; }
  }

  private static ScalingEngine engine(String policyName, ScalingConfig base) {
    BenchPolicy policy = new PolicyRegistry().resolve(policyName);
    ScalingConfig config = policy.configFor(base);
    return ScalingEngine.builder(config).addPlugin(policy.newPlugin(base)).build();
  }

  private static ScalingConfig seed() throws Exception {
    return ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
  }

  @Test
  void hpaScalesOutThroughTheEngineAtItsRateLimit() throws Exception {
    ScalingEngine engine = engine("hpa", seed());
    // 1 instance at 100 % (demand 300 % of one instance, capped), target 50: wants 2; 100 % per 15 s allows 2.
    Decision d = engine.evaluate(0, new Fleet(1, 1, 300));
    assertThat(d.changed()).isTrue();
    assertThat(d.source()).isEqualTo(DecisionSource.PLUGIN);
    assertThat(d.newDesired()).isEqualTo(2);
    assertThat(d.warmupSeconds()).isEqualTo(HpaSettings.DEFAULT_INITIAL_READINESS_SECONDS);
    // A minute later, 2 warm at 100 %: wants 4, the rate allows max(2 + 4, 4) = 6.
    assertThat(engine.evaluate(60, new Fleet(2, 2, 300)).newDesired()).isEqualTo(4);
  }

  @Test
  void staticAndOracleAndAUserClass() throws Exception {
    ScalingEngine fixed = engine("static:3", seed());
    assertThat(fixed.desired()).isEqualTo(3);
    assertThat(fixed.evaluate(0, new Fleet(3, 3, 900)).changed()).isFalse();

    ScalingEngine oracle = engine("oracle", seed());
    // 230 % of one instance at a 50 % target: ceil(230 / 50) = 5.
    assertThat(oracle.evaluate(0, new Fleet(1, 1, 230)).newDesired()).isEqualTo(5);

    ScalingEngine mine = engine(PolicyRegistryTest.AlwaysThree.class.getName(), seed());
    Decision d = mine.evaluate(0, new Fleet(1, 1, 10));
    assertThat(d.newDesired()).isEqualTo(3);
    assertThat(d.policyName()).isEqualTo("three");
  }
}
