package dev.asgsim.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Nothing configured is dropped without a word: what the simulator cannot tell apart is named in the notes. */
class ModelNotesTest {
  @Test
  @DisplayName("§7.4: a termination policy the simulator cannot apply (OldestLaunchTemplate, a Lambda) gets a note; "
      + "Default does not")
  void unsimulatedTerminationPoliciesAreNoted() throws Exception {
    var config = ConfigReader.read(Path.of("../examples/step-scaling.yaml"));
    var lambda = config.toBuilder().autoScalingGroup(config.autoScalingGroup().toBuilder()
        .terminationPolicies(List.of("arn:aws:lambda:us-east-1:111122223333:function:victims", "Default")).build())
        .build();
    List<String> notes = run(config);
    assertThat(notes).anyMatch(n -> n.startsWith("termination policy OldestLaunchTemplate is not simulated"))
        .noneMatch(n -> n.startsWith("termination policy Default"));
    assertThat(run(lambda)).anyMatch(n -> n.startsWith("termination policy arn:aws:lambda:"));
  }

  private static List<String> run(dev.asgsim.core.config.ScalingConfig c) {
    return Simulation.builder(c).load(LoadSpec.parse("const(50)").render(5, 1)).build().run().notes();
  }
}
