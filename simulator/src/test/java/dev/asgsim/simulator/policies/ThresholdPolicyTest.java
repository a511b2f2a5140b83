package dev.asgsim.simulator.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import dev.asgsim.core.policy.PluginPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The example plug-in users copy reads the published metric, never the simulator's true demand. */
class ThresholdPolicyTest {
  /** A group whose true demand says the opposite of its CPU metric. */
  private static GroupView group(double demand) {
    return new GroupView() {
      @Override public int inService() { return 4; }
      @Override public int warm() { return 4; }
      @Override public int pending() { return 0; }
      @Override public int terminating() { return 0; }
      @Override public int scaleOutWarming() { return 0; }
      @Override public double demand() { return demand; }
    };
  }

  private static ControlPlaneView plane(MetricSpec metric, double latest) {
    return new ControlPlaneView() {
      @Override public int desired() { return 4; }
      @Override public int minSize() { return 1; }
      @Override public int maxSize() { return 10; }
      @Override public MetricSpec metric(int index) { return metric; }
      @Override public int metricCount() { return 1; }
      @Override public double latest(int index) { return latest; }
      @Override public boolean simpleScalingBlocked(long now) { return false; }
      @Override public int defaultInstanceWarmup() { return 0; }
    };
  }

  @Test
  @DisplayName("asks the engine for the group's CPUUtilization and acts on its datapoints alone")
  void actsOnThePublishedCpuNotOnDemand() {
    ThresholdPolicy p = new ThresholdPolicy();
    assertThat(p.metrics()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(MetricKind.CPU);
      assertThat(m.name()).isEqualTo("CPUUtilization");
    });
    ControlPlaneView hot = plane(p.metrics().get(0), 90);
    p.attach(hot);
    // Demand 40 over 4 instances is 10 % CPU, but the metric says 90 %: scale out by one.
    assertThat(p.propose(0, group(40), hot)).isEqualTo(5);
    // Held for 300 s, then the metric (now 10 %) decides, whatever the demand (400 over 4 = 100 %).
    ControlPlaneView cold = plane(p.metrics().get(0), 10);
    assertThat(p.propose(299, group(400), cold)).isEqualTo(PluginPolicy.NO_PROPOSAL);
    assertThat(p.propose(300, group(400), cold)).isEqualTo(3);
  }

  @Test
  void withoutADatapointItWaits() {
    ThresholdPolicy p = new ThresholdPolicy();
    ControlPlaneView none = plane(p.metrics().get(0), Double.NaN);
    p.attach(none);
    assertThat(p.propose(0, group(1000), none)).isEqualTo(PluginPolicy.NO_PROPOSAL);
  }
}
