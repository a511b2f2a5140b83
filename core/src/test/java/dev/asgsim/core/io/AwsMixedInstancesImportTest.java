package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.InstanceRequirements.IntRange;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.instance.RequirementsMatch;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** describe-auto-scaling-groups output of a mixed-instances group (aws-behaviour §7.11, §10.1). */
class AwsMixedInstancesImportTest {

  @Test
  @DisplayName("§7.11 the whole MixedInstancesPolicy and CapacityRebalance are read; BaselinePerformanceFactors is "
      + "skipped with a note")
  void readsTheMixedInstancesPolicy() throws IOException {
    ConfigDocument doc = ConfigReader.load(Path.of("src/test/resources/awscli/groups-mixed.json"));
    var g = doc.config().autoScalingGroup();
    MixedInstancesPolicy m = g.mixedInstancesPolicy();
    assertThat(g.capacityRebalance()).isTrue();
    var r = m.overrides().get(0).instanceRequirements();
    assertThat(r.vCpuCount()).isEqualTo(new IntRange(2, 2));
    assertThat(r.memoryMiB()).isEqualTo(new IntRange(4096, 4096));
    assertThat(r.cpuManufacturers()).containsExactly("intel");
    assertThat(m.instancesDistribution()).isEqualTo(new MixedInstancesPolicy.InstancesDistribution("lowest-price", 1,
        30, "price-capacity-optimized", null, null));
    assertThat(doc.notes()).singleElement().satisfies(n -> assertThat(n)
        .contains("skipped AutoScalingGroup.MixedInstancesPolicy.LaunchTemplate.Overrides[0].InstanceRequirements"
            + ".BaselinePerformanceFactors"));
    // 2 vCPUs, 4 GiB, Intel: the compute types of the built-in table.
    assertThat(RequirementsMatch.of(r).types()).containsExactly("c5.large", "c6i.large", "c7i.large");
    List<String> errors = Validator.defaults().validate(doc).stream()
        .filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId()).toList();
    assertThat(errors).isEmpty();
  }
}
