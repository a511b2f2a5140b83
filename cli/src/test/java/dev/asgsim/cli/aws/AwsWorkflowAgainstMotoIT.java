package dev.asgsim.cli.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.cli.CliRun;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 against moto_server on loopback: target header and check, unmanaged resources, saved plans, history. */
class AwsWorkflowAgainstMotoIT {
  /** The account moto reports for any credentials (STS GetCallerIdentity). */
  private static final String MOTO_ACCOUNT = "123456789012";
  private static final String GROUP = "autoscaling-20211202";
  private static LocalMoto moto;
  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    moto = LocalMoto.start();
  }

  @AfterAll
  static void stop() {
    if (moto != null) {
      moto.close();
    }
  }

  @BeforeEach
  void reset() throws Exception {
    moto.reset();
  }

  private static CliRun asgsim(String... args) {
    return moto.asgsim(args);
  }

  @Test
  @DisplayName("item 1: the header names moto's account and the Region; a file for ap-northeast-2 is refused")
  void accountRegionAndMismatch() throws Exception {
    Path korea = dir.resolve("korea.yaml");
    Files.copy(Path.of("..", "examples", "fastcampus-nginx.yaml"), korea);
    CliRun refused = asgsim("plan", korea.toString());
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("account " + MOTO_ACCOUNT + ", Region us-east-1",
        "ap-northeast-2a is in ap-northeast-2", "--allow-target-mismatch");
    assertThat(asgsim("apply", korea.toString(), "--yes").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(moto.aws("autoscaling", "describe-auto-scaling-groups", "--query", "length(AutoScalingGroups)"))
        .isEqualTo("0");

    CliRun plan = asgsim("plan", moto.seed(dir).toString());
    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out()).startsWith("Target: account " + MOTO_ACCOUNT + ", Region us-east-1 (endpoint "
        + moto.endpoint + ")\n\nasgsim will perform these actions on group " + GROUP);
  }

  @Test
  @DisplayName("items 2 and 4: plan lists what --prune would delete; saved plans apply exactly, stale ones are refused")
  void unmanagedAndSavedPlans() throws Exception {
    Path file = moto.seed(dir);
    Path saved = dir.resolve("create.plan");
    CliRun plan = asgsim("plan", file.toString(), "-o", saved.toString(), "--detailed-exitcode");
    assertThat(plan.exit()).as(plan.err()).isEqualTo(ExitCodes.PLAN_HAS_CHANGES);
    assertThat(plan.err()).contains("saved the plan to " + saved);
    // A saved plan applies in its own Region even without --region.
    CliRun apply = CliRun.with(moto.context(), "apply", saved.toString(), "--yes", "--endpoint-url",
        moto.endpoint.toString());
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(apply.out()).contains("+ create group " + GROUP, "Apply complete: 3 change(s).");
    assertThat(asgsim("plan", file.toString(), "--detailed-exitcode").exit()).isZero();

    moto.aws("autoscaling", "put-scaling-policy", "--auto-scaling-group-name", GROUP, "--policy-name",
        "manual-extra", "--policy-type", "SimpleScaling", "--adjustment-type", "ChangeInCapacity",
        "--scaling-adjustment", "1");
    CliRun unmanaged = asgsim("plan", file.toString(), "--detailed-exitcode");
    assertThat(unmanaged.exit()).isZero();
    assertThat(unmanaged.out()).contains("No changes. The live group " + GROUP + " matches the file.",
        "Not in the file, so not managed (kept as they are; --prune would make these changes):",
        "- delete policy \"manual-extra\"");
    CliRun drift = asgsim("drift", file.toString());
    assertThat(drift.exit()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(drift.out()).contains("- delete policy \"manual-extra\"");
    CliRun prune = asgsim("plan", file.toString(), "--prune", "--detailed-exitcode");
    assertThat(prune.exit()).isEqualTo(ExitCodes.PLAN_HAS_CHANGES);
    assertThat(prune.out()).contains("Plan: 0 to add, 0 to change, 1 to destroy.");

    Files.writeString(file, Files.readString(file).replace("MaxSize: 10", "MaxSize: 6"));
    Path stale = dir.resolve("shrink.plan");
    assertThat(asgsim("plan", file.toString(), "-o", stale.toString()).exit()).isZero();
    moto.aws("autoscaling", "update-auto-scaling-group", "--auto-scaling-group-name", GROUP, "--max-size", "7");
    CliRun refused = asgsim("apply", stale.toString(), "--yes");
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("changed since " + stale + " was planned", "nothing was changed");
    assertThat(moto.aws("autoscaling", "describe-auto-scaling-groups", "--query", "AutoScalingGroups[0].MaxSize"))
        .isEqualTo("7");
    CliRun elsewhere = CliRun.with(moto.context(), "apply", stale.toString(), "--yes", "--region", "us-west-2",
        "--endpoint-url", moto.endpoint.toString());
    assertThat(elsewhere.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(elsewhere.err()).contains("was planned for account " + MOTO_ACCOUNT + ", Region us-east-1",
        "now target account " + MOTO_ACCOUNT + ", Region us-west-2");
  }

  @Test
  @DisplayName("item 5: live history against moto says what is wrong; --from-file reads what the AWS CLI printed")
  void history() throws Exception {
    CliRun live = asgsim("history", "--group", GROUP, "--last", "1h");
    assertThat(live.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(live.err()).contains("cloudwatch:GetMetricData was refused (HTTP 404)", "asgsim history --from-file")
        .doesNotContain("null").doesNotContain("above");

    Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);
    moto.aws("cloudwatch", "put-metric-data", "--namespace", "AWS/EC2", "--metric-data", "[{\"MetricName\":"
        + "\"CPUUtilization\",\"Dimensions\":[{\"Name\":\"AutoScalingGroupName\",\"Value\":\"" + GROUP + "\"}],"
        + "\"Timestamp\":\"" + t + "\",\"Value\":40}]");
    moto.aws("cloudwatch", "put-metric-data", "--namespace", "AWS/AutoScaling", "--metric-data", "[{\"MetricName\":"
        + "\"GroupInServiceInstances\",\"Dimensions\":[{\"Name\":\"AutoScalingGroupName\",\"Value\":\"" + GROUP
        + "\"}],\"Timestamp\":\"" + t + "\",\"Value\":3}]");
    String from = t.minus(1, ChronoUnit.HOURS).toString();
    String to = t.plus(1, ChronoUnit.HOURS).toString();
    Path cpu = dir.resolve("cpu.json");
    Files.writeString(cpu, moto.awsJson("cloudwatch", "get-metric-statistics", "--namespace", "AWS/EC2",
        "--metric-name", "CPUUtilization", "--dimensions", "Name=AutoScalingGroupName,Value=" + GROUP,
        "--start-time", from, "--end-time", to, "--period", "60", "--statistics", "Average"));
    Path inService = dir.resolve("in-service.json");
    Files.writeString(inService, moto.awsJson("cloudwatch", "get-metric-statistics", "--namespace",
        "AWS/AutoScaling", "--metric-name", "GroupInServiceInstances", "--dimensions",
        "Name=AutoScalingGroupName,Value=" + GROUP, "--start-time", from, "--end-time", to, "--period", "60",
        "--statistics", "Average"));

    CliRun plain = CliRun.of("history", "--from-file", cpu.toString());
    assertThat(plain.exit()).as(plain.err()).isZero();
    assertThat(plain.out()).startsWith("timestamp,value\n").endsWith(",40\n").hasLineCount(2);
    CliRun demand = CliRun.of("history", "--from-file", cpu + "," + inService, "--demand");
    assertThat(demand.exit()).as(demand.err()).isZero();
    assertThat(demand.out()).endsWith(",120\n").hasLineCount(2);
    CliRun missing = CliRun.of("history", "--from-file", cpu.toString(), "--demand");
    assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(missing.err()).contains("--demand needs the group's GroupInServiceInstances");
  }

  @Test
  @DisplayName("item 6: a describe file of two groups validates group by group; import picks one with --group and "
      + "drops moto's empty PredictiveScalingConfiguration, so the import validates")
  void everyGroupOfADescribeFile() throws Exception {
    moto.aws("ec2", "create-launch-template", "--launch-template-name", "web-lt", "--launch-template-data",
        "{\"ImageId\":\"ami-12c6146b\",\"InstanceType\":\"t3.micro\"}");
    for (String g : new String[] {"web", "batch"}) {
      moto.aws("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", g, "--launch-template",
          "LaunchTemplateName=web-lt", "--min-size", "1", "--max-size", "4", "--availability-zones", "us-east-1a");
    }
    moto.aws("autoscaling", "put-scaling-policy", "--auto-scaling-group-name", "batch", "--policy-name", "cpu40",
        "--policy-type", "TargetTrackingScaling", "--target-tracking-configuration",
        "{\"PredefinedMetricSpecification\":{\"PredefinedMetricType\":\"ASGAverageCPUUtilization\"},"
            + "\"TargetValue\":40}");
    Path groups = dir.resolve("groups.json");
    Files.writeString(groups, moto.awsJson("autoscaling", "describe-auto-scaling-groups"));
    Path policies = dir.resolve("policies.json");
    Files.writeString(policies, moto.awsJson("autoscaling", "describe-policies"));
    assertThat(Files.readString(policies)).contains("\"PredictiveScalingConfiguration\": {}");

    CliRun validate = CliRun.of("validate", groups.toString(), "--policies", policies.toString());
    assertThat(validate.err()).doesNotContain("cannot be read");
    assertThat(validate.out()).contains(groups + " (group web): ", groups + " (group batch): ")
        .contains("Summary: 1 file (2 groups), 0 errors");

    CliRun both = CliRun.of("import", "--from-file", groups.toString(), "--policies", policies.toString());
    assertThat(both.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(both.err()).contains("2 groups: web, batch", "--group NAME");
    CliRun batch = CliRun.of("import", "--from-file", groups.toString(), "--policies", policies.toString(),
        "--group", "batch");
    assertThat(batch.exit()).as(batch.err()).isZero();
    assertThat(batch.out()).contains("AutoScalingGroupName: batch", "PolicyName: cpu40")
        .doesNotContain("PredictiveScalingConfiguration");
    Path imported = dir.resolve("batch.yaml");
    Files.writeString(imported, batch.out());
    assertThat(Validator.defaults().validate(ConfigReader.load(imported)))
        .extracting(f -> f.severity()).doesNotContain(Severity.ERROR);
  }
}
