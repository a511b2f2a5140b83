package dev.asgsim.core.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.InstanceRequirements;
import dev.asgsim.core.config.InstanceRequirements.DoubleRange;
import dev.asgsim.core.config.InstanceRequirements.IntRange;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** InstanceRequirements against the built-in table (aws-behaviour §7.11). */
class RequirementsMatchTest {

  private static InstanceRequirements req(IntRange vcpu, IntRange mib, List<String> cpus, String burstable,
      List<String> allowed, List<String> excluded, IntRange network) {
    return new InstanceRequirements(vcpu, mib, cpus, null, excluded, null, null, null, null, null, burstable, null,
        network, null, null, null, null, null, null, null, null, null, null, allowed);
  }

  @Test
  @DisplayName("§7.11 [D] 2 vCPUs and 8 GiB: the M types; BurstablePerformance defaults to excluded")
  void vcpuAndMemory() {
    var exact = req(new IntRange(2, 2), new IntRange(8192, 8192), null, null, null, null, null);
    assertThat(RequirementsMatch.of(exact).types())
        .containsExactly("m5.large", "m6g.large", "m6i.large", "m7g.large", "m7i.large");
    var withBurstable = req(new IntRange(2, 2), new IntRange(8192, 8192), null, "included", null, null, null);
    assertThat(RequirementsMatch.of(withBurstable).types())
        .contains("t2.large", "t3.large", "t3a.large", "t4g.large", "m5.large");
    var onlyBurstable = req(new IntRange(2, 2), new IntRange(8192, 8192), null, "required", null, null, null);
    assertThat(RequirementsMatch.of(onlyBurstable).types())
        .containsExactly("t2.large", "t3.large", "t3a.large", "t4g.large");
  }

  @Test
  @DisplayName("§7.11 CpuManufacturers, AllowedInstanceTypes and ExcludedInstanceTypes with * wildcards")
  void manufacturersAndNames() {
    var graviton = req(new IntRange(2, 4), new IntRange(4096, null), List.of("amazon-web-services"), null, null,
        null, null);
    assertThat(RequirementsMatch.of(graviton).types()).containsExactly("c6g.large", "c7g.large", "m6g.large",
        "m7g.large");
    var allowed = req(new IntRange(1, null), new IntRange(0, null), null, null, List.of("c*.large"), null, null);
    assertThat(RequirementsMatch.of(allowed).types()).containsExactly("c5.large", "c6g.large", "c6i.large",
        "c7g.large", "c7i.large");
    var excluded = req(new IntRange(4, 4), new IntRange(0, null), null, null, null, List.of("m*", "c5.*"), null);
    assertThat(RequirementsMatch.of(excluded).types()).containsExactly("c6i.xlarge");
  }

  @Test
  @DisplayName("§7.11 members the table has no figures for are named, not silently dropped")
  void ignoredMembersAreNamed() {
    var network = req(new IntRange(2, 2), new IntRange(4096, 4096), null, null, null, null, new IntRange(2, null));
    RequirementsMatch.Result r = RequirementsMatch.of(network);
    assertThat(r.types()).isNotEmpty();
    assertThat(r.ignored()).containsExactly("NetworkInterfaceCount");
    var none = req(new IntRange(64, null), new IntRange(0, null), null, null, null, null, null);
    assertThat(RequirementsMatch.of(none).types()).isEmpty();
    assertThat(InstanceTypes.memoryMiB("r6i.large")).hasValue(16384);
    assertThat(InstanceTypes.memoryMiB("t3.nano")).hasValue(512);
    assertThat(new DoubleRange(2.0, 4.0).contains(4.0)).isTrue();
  }
}
