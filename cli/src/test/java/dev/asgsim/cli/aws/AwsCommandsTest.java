package dev.asgsim.cli.aws;

import dev.asgsim.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingException;
import software.amazon.awssdk.services.autoscaling.model.DescribeAutoScalingGroupsRequest;
import software.amazon.awssdk.services.autoscaling.model.DescribeAutoScalingGroupsResponse;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/** The commands' refusals and exit codes, against an empty stubbed account (nothing leaves the JVM). */
class AwsCommandsTest {
  private final List<Object> calls = new ArrayList<>();
  private volatile boolean denyDescribe;
  @TempDir Path dir;

  @BeforeEach
  void stubAccount() {
    AutoScalingClient as = new AutoScalingClient() {
      @Override
      public DescribeAutoScalingGroupsResponse describeAutoScalingGroups(DescribeAutoScalingGroupsRequest r) {
        calls.add(r);
        if (denyDescribe) {
          throw AutoScalingException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
              .errorCode("AccessDenied").errorMessage("not authorized").build()).build();
        }
        return DescribeAutoScalingGroupsResponse.builder().build();
      }

      @Override
      public String serviceName() {
        return "autoscaling";
      }

      @Override
      public void close() {}
    };
    CloudWatchClient cw = new CloudWatchClient() {
      @Override
      public String serviceName() {
        return "monitoring";
      }

      @Override
      public void close() {}
    };
    AwsConnection.factory(settings -> new AwsAutoScaling(new AwsClients(as, cw)));
  }

  @AfterEach
  void restore() {
    AwsConnection.factory(null);
    ApplyCommand.console = () -> System.console() == null ? null
        : new java.io.BufferedReader(System.console().reader());
  }

  private Path seed() throws Exception {
    Path f = dir.resolve("seed.yaml");
    Files.copy(Path.of("..", "examples", "fastcampus-nginx.yaml"), f,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return f;
  }

  @Test
  @DisplayName("apply without --yes and without a terminal shows the plan, refuses with exit 2 and changes nothing")
  void applyRefusesWithoutConfirmation() throws Exception {
    ApplyCommand.console = () -> null;
    CliRun run = CliRun.of("apply", seed().toString(), "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("+ create group autoscaling-20211202");
    assertThat(run.err()).contains("refusing to change the account without confirmation").contains("--yes");
    assertThat(calls).hasSize(1).allMatch(c -> c instanceof DescribeAutoScalingGroupsRequest);
  }

  @Test
  @DisplayName("apply asks on a terminal and does nothing unless the answer is exactly 'yes'")
  void applyCancelledByAnswer() throws Exception {
    ApplyCommand.console = () -> new java.io.BufferedReader(new java.io.StringReader("y\n"));
    CliRun run = CliRun.of("apply", seed().toString(), "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("Only 'yes' will be accepted");
    assertThat(run.err()).contains("apply cancelled");
    // It read the live group to show the plan, and did nothing else.
    assertThat(calls).isNotEmpty().allMatch(c -> c instanceof DescribeAutoScalingGroupsRequest);
  }

  @Test
  @DisplayName("apply refuses a config with ERROR findings (MinSize > MaxSize) before any AWS call, exit 1")
  void applyRefusesInvalidConfig() throws Exception {
    Path f = seed();
    Files.writeString(f, Files.readString(f).replace("MinSize: 1", "MinSize: 12"));
    CliRun run = CliRun.of("apply", f.toString(), "--yes", "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("nothing was changed").contains("ERROR");
    assertThat(calls).isEmpty();
  }

  @Test
  @DisplayName("a refused API call names the call and what to do, exit 2, no stack trace")
  void refusedCall() throws Exception {
    denyDescribe = true;
    CliRun run = CliRun.of("plan", seed().toString(), "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("autoscaling:DescribeAutoScalingGroups was refused (AccessDenied)")
        .contains("Grant the IAM permission").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("drift on a group that does not exist is drift (exit 1); plan --json lists the creation")
  void driftAndJsonPlan() throws Exception {
    CliRun drift = CliRun.of("drift", seed().toString());
    assertThat(drift.exit()).isEqualTo(1);
    assertThat(drift.out()).contains("does not exist");
    CliRun plan = CliRun.of("plan", seed().toString(), "--json");
    assertThat(plan.exit()).isZero();
    assertThat(plan.out()).contains("\"Kind\" : \"CREATE_GROUP\"");
  }

  @Test
  @DisplayName("import needs --group or --from-file; an unknown group is a clear error")
  void importUsage() {
    assertThat(CliRun.of("import").err()).contains("--group NAME");
    CliRun missing = CliRun.of("import", "--group", "nope");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("no group named nope");
  }

  @Test
  @DisplayName("history: --last takes 90m/12h/7d/2w; ISO times with or without offset; bad input is exit 2")
  void historyParsing() {
    assertThat(HistoryCommand.parseLast("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(HistoryCommand.parseLast("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(HistoryCommand.parseLast("2w")).isEqualTo(Duration.ofDays(14));
    assertThat(HistoryCommand.parseTime("--start", "2026-11-01T09:00+09:00"))
        .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(HistoryCommand.parseTime("--start", "2026-11-01")).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    CliRun bad = CliRun.of("history", "--group", "web", "--last", "seven days");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("like 90m, 12h, 7d or 2w");
    assertThat(CliRun.of("history", "--group", "web").exit()).isEqualTo(2);
  }

  @Test
  @DisplayName("a bad --endpoint-url is a usage error")
  void badEndpoint() throws Exception {
    AwsConnection.factory(null);
    CliRun run = CliRun.of("plan", seed().toString(), "--endpoint-url", "not a url");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--endpoint-url");
  }

  @Test
  @DisplayName("§10 import --from-file reads saved describe-* output without touching AWS")
  void importFromFile() throws Exception {
    Path groups = dir.resolve("groups.json");
    Files.writeString(groups, """
        {"AutoScalingGroups": [{"AutoScalingGroupName": "web", "MinSize": 1, "MaxSize": 10, "DesiredCapacity": 1,
          "LaunchTemplate": {"LaunchTemplateName": "web-nano", "Version": "$Latest"},
          "AvailabilityZones": ["eu-west-1a"], "HealthCheckType": "ELB", "HealthCheckGracePeriod": 300}]}
        """);
    Path policies = dir.resolve("policies.json");
    Files.writeString(policies, """
        {"ScalingPolicies": [{"AutoScalingGroupName": "web", "PolicyName": "cpu50",
          "PolicyType": "TargetTrackingScaling", "Enabled": true,
          "TargetTrackingConfiguration": {"PredefinedMetricSpecification":
            {"PredefinedMetricType": "ASGAverageCPUUtilization"}, "TargetValue": 50.0}}]}
        """);
    CliRun run = CliRun.of("import", "--from-file", groups.toString(), "--policies", policies.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("AutoScalingGroupName: web", "PolicyName: cpu50", "TargetValue: 50.0");
    assertThat(calls).isEmpty();
  }

  @Test
  @DisplayName("§1.4 the alarm profile read back after apply is printed as a Simulation block to paste")
  void alarmBlock() {
    assertThat(ApplyCommand.alarmBlock(new dev.asgsim.core.config.TargetTrackingAlarmProfile(3, 15, 0.7, 60)))
        .isEqualTo("""
            Simulation:
              TargetTrackingAlarms:
                HighDatapoints: 3
                LowDatapoints: 15
                LowThresholdFactor: 0.7
                PeriodSeconds: 60
            """);
  }

  @Test
  @DisplayName("a missing or nameless file is a clear error with exit 2, before any AWS call")
  void badFiles() throws Exception {
    CliRun missing = CliRun.of("plan", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml");
    Path nameless = dir.resolve("nameless.yaml");
    Files.writeString(nameless, "AutoScalingGroup:\n  MinSize: 1\n  MaxSize: 2\n");
    CliRun run = CliRun.of("drift", nameless.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("AutoScalingGroupName is missing");
    assertThat(calls).isEmpty();
  }
}
