package dev.asgsim.aws.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.ScalingPolicy;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanPrinterTest {
  private static final AutoScalingGroup G = AutoScalingGroup.builder().autoScalingGroupName("web").minSize(1)
      .maxSize(20).launchTemplate(LaunchTemplateSpecification.byName("lt", "$Latest")).build();

  private static Plan sample() {
    ScalingPolicy cpu = ScalingPolicy.targetTracking("cpu", "ASGAverageCPUUtilization", 60.0, 300);
    return new Plan("web", true, List.of(
        new Change.GroupChange(Change.Kind.UPDATE_GROUP, G, List.of(new FieldChange("MaxSize", 10, 20),
            new FieldChange("LaunchTemplate", LaunchTemplateSpecification.byName("lt", "1"),
                LaunchTemplateSpecification.byName("lt", "$Latest")))),
        new Change.NamesChange(Change.Kind.ENABLE_METRICS, "web", List.of("GroupMaxSize"), List.of()),
        new Change.PolicyChange(Change.Kind.REPLACE_POLICY, cpu, List.of(
            new FieldChange("TargetTrackingConfiguration.TargetValue", 50.0, 60.0)), null),
        new Change.PolicyChange(Change.Kind.DELETE_POLICY, ScalingPolicy.builder().policyName("old").build(),
            List.of(), "its alarm a is kept"),
        new Change.ManualChange("web", List.of(new FieldChange("LifecycleHookSpecificationList",
            List.of(), List.of("warm"))), "use put-lifecycle-hook")));
  }

  @Test
  @DisplayName("the text plan reads like Terraform's: +, ~, - lines, old -> new per member, and a summary")
  void text() {
    assertThat(PlanPrinter.text(sample())).isEqualTo("""
        asgsim will perform these actions on group web:

          ~ update group web
              ~ MaxSize: 10 -> 20
              ~ LaunchTemplate: {"LaunchTemplateName":"lt","Version":"1"} -> {"LaunchTemplateName":"lt","Version":"$Latest"}
          + enable metrics collection web
              + GroupMaxSize
          ~ replace policy "cpu"
              ~ TargetTrackingConfiguration.TargetValue: 50.0 -> 60.0
          - delete policy "old"
              # its alarm a is kept
          ! change by hand web
              ~ LifecycleHookSpecificationList: [] -> ["warm"]
              # use put-lifecycle-hook

        Plan: 1 to add, 2 to change, 1 to destroy, 1 to change by hand.
        """);
  }

  @Test
  @DisplayName("an empty plan says there is nothing to change")
  void empty() {
    assertThat(PlanPrinter.text(new Plan("web", true, List.of())))
        .isEqualTo("No changes. The live group web matches the file.\n");
  }

  @Test
  @DisplayName("--json has every change with action, kind, fields (old/new as the file writes them) and a summary")
  void json() throws Exception {
    JsonNode root = new ObjectMapper().readTree(PlanPrinter.json(sample()));
    assertThat(root.path("Group").asText()).isEqualTo("web");
    assertThat(root.path("Changes")).hasSize(5);
    JsonNode update = root.path("Changes").get(0);
    assertThat(update.path("Action").asText()).isEqualTo("~");
    assertThat(update.path("Kind").asText()).isEqualTo("UPDATE_GROUP");
    assertThat(update.path("Fields").get(0).path("Field").asText()).isEqualTo("MaxSize");
    assertThat(update.path("Fields").get(0).path("Old").asInt()).isEqualTo(10);
    assertThat(update.path("Fields").get(0).path("New").asInt()).isEqualTo(20);
    assertThat(update.path("Fields").get(1).path("New").path("Version").asText()).isEqualTo("$Latest");
    assertThat(root.path("Changes").get(1).path("Items").get(0).asText()).isEqualTo("GroupMaxSize");
    assertThat(root.path("Summary").path("Destroy").asInt()).isEqualTo(1);
    assertThat(root.path("Summary").path("Manual").asInt()).isEqualTo(1);
  }

  @Test
  @DisplayName("printing is deterministic: the same plan gives byte-identical text and JSON")
  void deterministic() {
    assertThat(PlanPrinter.text(sample())).isEqualTo(PlanPrinter.text(sample()));
    assertThat(PlanPrinter.json(sample())).isEqualTo(PlanPrinter.json(sample()));
  }

  @Test
  @DisplayName("§8.3 enabling every group metric is one line, not 21")
  void allMetricsOnOneLine() {
    Plan plan = new Plan("web", true, List.of(new Change.NamesChange(Change.Kind.ENABLE_METRICS, "web",
        dev.asgsim.aws.mapping.GroupMetrics.ALL, List.of())));
    assertThat(PlanPrinter.text(plan)).contains("  + enable metrics collection web\n      + all 21 group metrics\n");
  }

  @Test
  @DisplayName("issue 18: what the file does not list is shown under the plan (and in JSON), not changed")
  void unmanaged() {
    ScalingPolicy manual = ScalingPolicy.builder().policyName("manual-extra").policyType("SimpleScaling").build();
    Plan plan = new Plan("web", true, List.of(), List.of(new Change.PolicyChange(Change.Kind.DELETE_POLICY, manual,
        List.of(), null)), "sha256:x");
    assertThat(PlanPrinter.text(plan)).isEqualTo("""
        No changes. The live group web matches the file.

        Not in the file, so not managed (kept as they are; --prune would make these changes):

          - delete policy "manual-extra"
        """);
    assertThat(PlanPrinter.json(plan)).contains("\"Unmanaged\" : [ {", "\"Subject\" : \"\\\"manual-extra\\\"\"",
        "\"Unmanaged\" : 1");
  }
}
