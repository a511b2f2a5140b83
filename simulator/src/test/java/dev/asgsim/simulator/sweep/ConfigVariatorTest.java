package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigVariatorTest {
  private static final String TARGET = "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue";
  private static final String WARMUP = "ScalingPolicies[0].EstimatedInstanceWarmup";

  private static ScalingConfig vary(ScalingConfig base, String path, JsonNode value) throws InvalidVariationException {
    Axis axis = Axis.member(path, List.of(value));
    return new ConfigVariator(base, List.of(axis)).configOf(new Point(1, List.of(value)));
  }

  @Test
  void setsAnyMemberByPathAndLeavesTheRestAlone() throws Exception {
    ScalingConfig base = Fixtures.seed();
    List<Axis> axes = List.of(Axis.member(TARGET, Fixtures.ints(30)), Axis.member(WARMUP, Fixtures.ints(60)),
        Axis.member("Simulation.InstanceType", Fixtures.texts("c6i.large")));
    ConfigVariator variator = new ConfigVariator(base, axes);
    ScalingConfig varied = variator.configOf(new Point(1, List.of(IntNode.valueOf(30), IntNode.valueOf(60),
        TextNode.valueOf("c6i.large"))));
    assertThat(varied.policies().get(0).targetTrackingConfiguration().targetValue()).isEqualTo(30.0);
    assertThat(varied.policies().get(0).estimatedInstanceWarmup()).isEqualTo(60);
    assertThat(varied.effectiveSimulation().instanceType()).isEqualTo("c6i.large");
    assertThat(varied.autoScalingGroup()).isEqualTo(base.autoScalingGroup());
    // The base tree is copied, never changed: the base point is still the base.
    assertThat(variator.configOf(new Point(0, List.of(IntNode.valueOf(1), IntNode.valueOf(1), TextNode.valueOf("x")))))
        .isEqualTo(base);
    assertThat(variator.configOf(new Point(2, List.of(DoubleNode.valueOf(70.5), IntNode.valueOf(300),
        TextNode.valueOf("t3.micro")))).policies().get(0).targetTrackingConfiguration().targetValue()).isEqualTo(70.5);
  }

  @Test
  void createsAMissingSectionOnTheWay() throws Exception {
    ScalingConfig base = Fixtures.seed().toBuilder().simulation(null).build();
    assertThat(vary(base, "Simulation.InstanceType", TextNode.valueOf("t3.micro")).effectiveSimulation().instanceType())
        .isEqualTo("t3.micro");
  }

  @Test
  void anUnknownMemberIsAPathProblemNamingTheKnownOnes() {
    assertThatThrownBy(() -> vary(Fixtures.seed(), "ScalingPolicies[0].TargetTrackingConfiguration.TargetValu",
        IntNode.valueOf(40)))
        .isInstanceOfSatisfying(InvalidVariationException.class, e -> assertThat(e.isPathProblem()).isTrue())
        .hasMessageContaining("unknown member 'TargetValu'")
        .hasMessageContaining("ScalingPolicies[0].TargetTrackingConfiguration")
        .hasMessageContaining("TargetValue");
  }

  @Test
  void anIndexPastTheEndIsAPathProblem() {
    assertThatThrownBy(() -> vary(Fixtures.seed(), "ScalingPolicies[3].EstimatedInstanceWarmup", IntNode.valueOf(60)))
        .isInstanceOfSatisfying(InvalidVariationException.class, e -> assertThat(e.isPathProblem()).isTrue())
        .hasMessageContaining("no ScalingPolicies[3]").hasMessageContaining("1 entry");
  }

  @Test
  @DisplayName("§9.4 [D] MinSize above MaxSize: the point is invalid, the path is fine")
  void minAboveMaxIsAValueProblem() {
    assertThatThrownBy(() -> vary(Fixtures.seed(), "AutoScalingGroup.MinSize", IntNode.valueOf(11)))
        .isInstanceOfSatisfying(InvalidVariationException.class, e -> assertThat(e.isPathProblem()).isFalse())
        .hasMessageContaining("MinSize 11 is above MaxSize 10");
  }

  @Test
  @DisplayName("§7.1 [D] raising MinSize above desired (or MaxSize below it) moves desired, as UpdateAutoScalingGroup does")
  void desiredFollowsVariedSizes() throws Exception {
    assertThat(vary(Fixtures.seed(), "AutoScalingGroup.MinSize", IntNode.valueOf(3)).autoScalingGroup().desiredCapacity())
        .isEqualTo(3);
    ScalingConfig four = vary(Fixtures.seed(), "AutoScalingGroup.DesiredCapacity", IntNode.valueOf(4));
    assertThat(vary(four, "AutoScalingGroup.MaxSize", IntNode.valueOf(2)).autoScalingGroup().desiredCapacity())
        .isEqualTo(2);
  }

  @Test
  @DisplayName("§9.4 [D] DesiredCapacity must stay within [MinSize, MaxSize] when the sweep sets it")
  void desiredBelowMinIsAValueProblem() {
    Axis min = Axis.member("AutoScalingGroup.MinSize", Fixtures.ints(2));
    Axis desired = Axis.member("AutoScalingGroup.DesiredCapacity", Fixtures.ints(1));
    ConfigVariator variator = new ConfigVariator(Fixtures.seed(), List.of(min, desired));
    assertThatThrownBy(() -> variator.configOf(new Point(1, List.of(IntNode.valueOf(2), IntNode.valueOf(1)))))
        .hasMessageContaining("Desired capacity:1 must be between the specified min size:2 and max size:10");
  }

  @Test
  @DisplayName("the validator gates every point: a TargetValue must be above 0, a warm-up cannot be negative (§2.1)")
  void targetAndWarmupRanges() {
    assertThatThrownBy(() -> vary(Fixtures.seed(), TARGET, IntNode.valueOf(0)))
        .hasMessageContaining("TargetTrackingConfiguration.TargetValue: TargetValue 0");
    assertThatThrownBy(() -> vary(Fixtures.seed(), WARMUP, IntNode.valueOf(-1)))
        .hasMessageContaining("EstimatedInstanceWarmup cannot be negative");
  }

  @Test
  void aWrongTypeOrUnknownInstanceTypeIsAValueProblem() {
    assertThatThrownBy(() -> vary(Fixtures.seed(), "AutoScalingGroup.MaxSize", DoubleNode.valueOf(2.5)))
        .isInstanceOf(InvalidVariationException.class).hasMessageContaining("AutoScalingGroup.MaxSize");
    assertThatThrownBy(() -> vary(Fixtures.seed(), "Simulation.InstanceType", TextNode.valueOf("t9.huge")))
        .hasMessageContaining("t9.huge");
  }

  @Test
  void aPathThatIsNotAPathIsRefusedAtOnce() {
    assertThatThrownBy(() -> ConfigPath.parse("ScalingPolicies[0]..TargetValue"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad part ''");
    assertThatThrownBy(() -> ConfigPath.parse("ScalingPolicies[x].TargetValue"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Binding only the members the axes reach gives every example the config binding the whole tree gives (the
   * reference below is the whole tree with the point's values set, bound by the file format's mapper), whichever
   * members the axes reach and in whatever order.
   */
  @Test
  void bindingTheVariedMembersGivesWhatBindingTheWholeTreeGives() throws Exception {
    ObjectMapper mapper = ConfigMapper.json();
    List<List<Axis>> axesSets = List.of(
        List.of(Axis.member(TARGET, Fixtures.ints(30, 70)), Axis.member(WARMUP, Fixtures.ints(0, 300))),
        List.of(Axis.member("AutoScalingGroup.MaxSize", Fixtures.ints(12, 20)),
            Axis.member("Simulation.LaunchDelaySeconds", Fixtures.ints(30, 90)), Axis.member(TARGET, Fixtures.ints(40))),
        List.of(Axis.member("Simulation.InstanceType", Fixtures.texts("c6i.large")),
            Axis.member("AutoScalingGroup.DefaultInstanceWarmup", Fixtures.ints(120)),
            Axis.member("Region", Fixtures.texts("eu-west-1"))));
    int compared = 0;
    try (Stream<Path> files = Files.list(Fixtures.EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        ScalingConfig base = ConfigReader.read(file);
        for (List<Axis> axes : axesSets) {
          if (axes.stream().anyMatch(a -> a.name().startsWith("ScalingPolicies") && base.policies().isEmpty())) {
            continue;
          }
          ConfigVariator variator = new ConfigVariator(base, axes);
          List<JsonNode> values = axes.stream().map(a -> a.values().get(a.values().size() - 1)).toList();
          ScalingConfig varied;
          try {
            varied = variator.configOf(new Point(1, values));
          } catch (InvalidVariationException e) {
            continue; // refused by the validator: no config to compare
          }
          ObjectNode tree = mapper.valueToTree(base);
          for (int i = 0; i < axes.size(); i++) {
            axes.get(i).path().set(tree, values.get(i));
          }
          assertThat(varied).as(file + " " + axes).isEqualTo(mapper.treeToValue(tree, ScalingConfig.class));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(15);
  }
}
