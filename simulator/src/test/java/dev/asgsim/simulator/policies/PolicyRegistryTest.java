package dev.asgsim.simulator.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.ControlPlaneView;
import dev.asgsim.core.policy.GroupView;
import dev.asgsim.core.policy.PluginPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PolicyRegistryTest {
  private final PolicyRegistry registry = new PolicyRegistry();

  /** A user's policy, as a sweep would name it: dev.asgsim.simulator.policies.PolicyRegistryTest$AlwaysThree. */
  public static final class AlwaysThree implements PluginPolicy {
    @Override public String name() { return "three"; }
    @Override public int propose(long now, GroupView group, ControlPlaneView plane) { return 3; }
  }

  public static final class NoDefaultConstructor implements PluginPolicy {
    public NoDefaultConstructor(int x) {}
    @Override public String name() { return "x"; }
    @Override public int propose(long now, GroupView group, ControlPlaneView plane) { return 1; }
  }

  private static ScalingConfig seed() throws Exception {
    return ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
  }

  @Test
  void awsKeepsTheConfigAndHasNoPlugin() throws Exception {
    BenchPolicy aws = registry.resolve("aws");
    assertThat(aws.configFor(seed())).isEqualTo(seed());
    assertThat(aws.newPlugin(seed())).isNull();
  }

  @Test
  void hpaReplacesThePoliciesAndBorrowsTheCpuTarget() throws Exception {
    BenchPolicy hpa = registry.resolve("hpa");
    ScalingConfig config = hpa.configFor(seed());
    assertThat(config.policies()).isEmpty();
    assertThat(config.autoScalingGroup()).isEqualTo(seed().autoScalingGroup());
    // The plug-in is made from the point's config before replacement: target 50 from the seed's policy.
    HpaPolicy plugin = (HpaPolicy) hpa.newPlugin(seed());
    assertThat(plugin.name()).isEqualTo("hpa");
    assertThat(hpa.newPlugin(seed())).isNotSameAs(plugin);
    assertThat(registry.resolve("hpa:70").name()).isEqualTo("hpa:70");
  }

  @Test
  void staticFixesTheFleet() throws Exception {
    BenchPolicy fixed = registry.resolve("static:4");
    var group = fixed.configFor(seed()).autoScalingGroup();
    assertThat(group.minSize()).isEqualTo(4);
    assertThat(group.maxSize()).isEqualTo(4);
    assertThat(group.desiredCapacity()).isEqualTo(4);
    assertThat(((StaticPolicy) fixed.newPlugin(seed())).capacity()).isEqualTo(4);
  }

  @Test
  void theOracleHasNoDelays() throws Exception {
    BenchPolicy oracle = registry.resolve("oracle");
    ScalingConfig config = oracle.configFor(seed());
    assertThat(config.policies()).isEmpty();
    assertThat(config.effectiveSimulation().effectiveLaunchDelaySeconds()).isZero();
    assertThat(config.effectiveSimulation().effectiveAppStartSeconds()).isZero();
    assertThat(config.effectiveSimulation().instanceType()).isEqualTo("t2.nano");
    assertThat(((OraclePolicy) oracle.newPlugin(seed())).utilizationTarget()).isEqualTo(0.5);
  }

  @Test
  @org.junit.jupiter.api.DisplayName("aws-behaviour §18 oracle: ceil(demand / (100 · target)) instances")
  void oracleCapacityIsCeilDemandOverTarget() {
    assertThat(OraclePolicy.required(90, 0.5)).isEqualTo(2);
    assertThat(OraclePolicy.required(100, 0.5)).isEqualTo(2);
    assertThat(OraclePolicy.required(100.0000000001, 0.5)).isEqualTo(2);
    assertThat(OraclePolicy.required(101, 0.5)).isEqualTo(3);
    assertThat(OraclePolicy.required(0, 0.5)).isZero();
  }

  @Test
  void aUserClassIsLoadedByNameAndMadeFreshPerRun() throws Exception {
    BenchPolicy mine = registry.resolve(AlwaysThree.class.getName());
    assertThat(mine.configFor(seed()).policies()).isEmpty();
    PluginPolicy a = mine.newPlugin(seed());
    assertThat(a).isInstanceOf(AlwaysThree.class);
    assertThat(mine.newPlugin(seed())).isNotSameAs(a);
  }

  @Test
  void badNamesSayWhatIsWrong() {
    assertThatThrownBy(() -> registry.resolve("com.example.Missing"))
        .hasMessageContaining("com.example.Missing is not on the class path");
    assertThatThrownBy(() -> registry.resolve("java.lang.String"))
        .hasMessageContaining("does not implement dev.asgsim.core.policy.PluginPolicy");
    assertThatThrownBy(() -> registry.resolve(NoDefaultConstructor.class.getName()))
        .hasMessageContaining("public no-argument constructor");
    assertThatThrownBy(() -> registry.resolve("kpa")).hasMessageContaining("unknown policy 'kpa'")
        .hasMessageContaining("static:N");
    assertThatThrownBy(() -> registry.resolve("static")).hasMessageContaining("static:4");
    assertThatThrownBy(() -> registry.resolve("static:x")).hasMessageContaining("whole number");
    assertThatThrownBy(() -> registry.resolve("hpa:-5")).hasMessageContaining("above 0");
    assertThatThrownBy(() -> registry.resolve("oracle:150")).hasMessageContaining("(0, 100]");
  }
}
