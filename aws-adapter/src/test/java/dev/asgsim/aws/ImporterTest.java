package dev.asgsim.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.live.LiveState;
import dev.asgsim.aws.mapping.Fixtures;
import dev.asgsim.core.config.AutoScalingGroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImporterTest {
  private static LiveState live(AutoScalingGroup g, List<String> instanceTypes) {
    return new LiveState(g, List.of(Fixtures.step()), Map.of(), Map.of(), List.of(Fixtures.scheduled()), instanceTypes);
  }

  @Test
  @DisplayName("§9.4 an imported launch template keeps one identifier (the name), as CreateAutoScalingGroup requires")
  void oneLaunchTemplateIdentifier() {
    ImportResult r = Importer.toConfig(live(Fixtures.fullGroup(), List.of()));
    AutoScalingGroup g = r.config().autoScalingGroup();
    assertThat(g.launchTemplate().launchTemplateId()).isNull();
    assertThat(g.launchTemplate().launchTemplateName()).isEqualTo("web-nano");
    assertThat(g.launchTemplate().version()).isEqualTo("$Latest");
    assertThat(g.mixedInstancesPolicy().launchTemplate().launchTemplateSpecification().launchTemplateId()).isNull();
    assertThat(r.config().policies()).containsExactly(Fixtures.step());
    assertThat(r.config().actions()).containsExactly(Fixtures.scheduled());
  }

  @Test
  @DisplayName("the instance type comes from the mixed-instances overrides first, then the running instances")
  void instanceType() {
    assertThat(Importer.toConfig(live(Fixtures.fullGroup(), List.of("m5.large"))).config().simulation().instanceType())
        .isEqualTo("t3.small");
    AutoScalingGroup plain = Fixtures.fullGroup().toBuilder().mixedInstancesPolicy(null).build();
    ImportResult fromInstances = Importer.toConfig(live(plain, List.of("m5.large", "t3.micro")));
    assertThat(fromInstances.config().simulation().instanceType()).isEqualTo("m5.large");
    assertThat(fromInstances.notes().get(0)).contains("running instances");
    ImportResult unknown = Importer.toConfig(live(plain, List.of()));
    assertThat(unknown.config().simulation().instanceType()).isNull();
    assertThat(unknown.notes().get(0)).contains("set Simulation.InstanceType");
  }
}
