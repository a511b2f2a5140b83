package dev.asgsim.cli.aws;

import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.CliRun;
import dev.asgsim.cli.ExitCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
  private CliContext context;
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
    context = CliRun.NO_AWS.withAws(settings -> StubAccount.of(as, cw));
  }

  private CliRun run(String... args) {
    return CliRun.with(context, args);
  }

  /** The README's example moved to the stub account's Region (its ARNs already name account 111122223333). */
  private Path seed() throws Exception {
    Path f = dir.resolve("seed.yaml");
    Files.writeString(f, Files.readString(Path.of("..", "examples", "fastcampus-nginx.yaml"))
        .replace("ap-northeast-2", StubAccount.REGION));
    return f;
  }

  @Test
  @DisplayName("apply without --yes and without a terminal shows the plan, refuses with exit 2 and changes nothing")
  void applyRefusesWithoutConfirmation() throws Exception {
    CliRun run = run("apply", seed().toString(), "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).contains("+ create group autoscaling-20211202");
    assertThat(run.err()).contains("refusing to change the account without confirmation").contains("--yes");
    assertThat(calls).hasSize(1).allMatch(c -> c instanceof DescribeAutoScalingGroupsRequest);
  }

  @Test
  @DisplayName("apply asks on a terminal and does nothing unless the answer is exactly 'yes'")
  void applyCancelledByAnswer() throws Exception {
    context = context.withAnswers(() -> new java.io.BufferedReader(new java.io.StringReader("y\n")));
    CliRun run = run("apply", seed().toString(), "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(ExitCodes.CANCELLED);
    assertThat(run.out()).contains("Only 'yes' will be accepted");
    assertThat(run.err()).contains("apply cancelled");
    assertThat(calls).allMatch(c -> c instanceof DescribeAutoScalingGroupsRequest);
  }

  @Test
  @DisplayName("apply refuses a config with ERROR findings (MinSize > MaxSize) before any AWS call, exit 1")
  void applyRefusesInvalidConfig() throws Exception {
    Path f = seed();
    Files.writeString(f, Files.readString(f).replace("MinSize: 1", "MinSize: 12"));
    CliRun run = run("apply", f.toString(), "--yes", "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("nothing was planned or changed").contains("ERROR size-order")
        .contains("seed.yaml:9:3");
    assertThat(calls).isEmpty();
  }

  @Test
  @DisplayName("a refused API call names the call and what to do, exit 2, no stack trace")
  void refusedCall() throws Exception {
    denyDescribe = true;
    CliRun run = run("plan", seed().toString(), "--region", "us-east-1");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("autoscaling:DescribeAutoScalingGroups was refused (AccessDenied)")
        .contains("Grant the IAM permission").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("drift on a group that does not exist is drift (exit 1); plan --json lists the creation")
  void driftAndJsonPlan() throws Exception {
    CliRun drift = run("drift", seed().toString());
    assertThat(drift.exit()).isEqualTo(1);
    assertThat(drift.out()).contains("does not exist");
    CliRun plan = run("plan", seed().toString(), "--json");
    assertThat(plan.exit()).isZero();
    assertThat(plan.out()).contains("\"Kind\" : \"CREATE_GROUP\"");
  }

  @Test
  @DisplayName("import needs --group or --from-file; an unknown group is a clear error")
  void importUsage() {
    assertThat(run("import").err()).contains("--group NAME");
    CliRun missing = run("import", "--group", "nope");
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
    assertThat(ApplyReport.alarmBlock(new dev.asgsim.core.config.TargetTrackingAlarmProfile(3, 15, 0.7, 60)))
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

  @Test
  @DisplayName("issue 18: plan names the account (STS) and Region first; drift and plan --json too")
  void accountAndRegionHeader() throws Exception {
    CliRun plan = run("plan", seed().toString(), "--region", "us-east-1");
    assertThat(plan.exit()).as(plan.err()).isZero();
    assertThat(plan.out()).startsWith("Target: account 111122223333, Region us-east-1\n\n");
    assertThat(run("drift", seed().toString()).out()).startsWith("Target: account 111122223333, Region us-east-1\n");
    assertThat(run("plan", seed().toString(), "--json").out())
        .contains("\"Account\" : \"111122223333\"", "\"Region\" : \"us-east-1\"");
  }

  @Test
  @DisplayName("issue 18: a config whose AZs, ARNs or Region: name another Region or account is refused (exit 2) "
      + "before any Describe call, unless --allow-target-mismatch")
  void targetMismatch() throws Exception {
    Path korea = dir.resolve("korea.yaml");
    Files.copy(Path.of("..", "examples", "fastcampus-nginx.yaml"), korea);
    CliRun refused = run("plan", korea.toString(), "--region", "us-east-1");
    assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(refused.err()).contains("account 111122223333, Region us-east-1",
        "AutoScalingGroup.AvailabilityZones: ap-northeast-2a is in ap-northeast-2",
        "AutoScalingGroup.TargetGroupARNs[0]: arn:aws:elasticloadbalancing:ap-northeast-2:", "--allow-target-mismatch");
    assertThat(calls).isEmpty();
    assertThat(run("apply", korea.toString(), "--yes").exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run("drift", korea.toString()).exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(calls).isEmpty();
    CliRun allowed = run("plan", korea.toString(), "--allow-target-mismatch");
    assertThat(allowed.exit()).as(allowed.err()).isZero();
    assertThat(allowed.out()).contains("+ create group autoscaling-20211202");

    Path region = dir.resolve("region.yaml");
    Files.writeString(region, "Region: eu-west-1\n" + Files.readString(seed()));
    assertThat(run("plan", region.toString()).err()).contains("Region: the file says eu-west-1");
    Path account = dir.resolve("account.yaml");
    Files.writeString(account, Files.readString(seed()).replace("111122223333", "999988887777"));
    assertThat(run("plan", account.toString()).err()).contains("belongs to account 999988887777");
  }

  @Test
  @DisplayName("issue 18: plan --detailed-exitcode: 2 with changes, 1 on any error (bad file, bad option)")
  void detailedExitCode() throws Exception {
    assertThat(run("plan", seed().toString(), "--detailed-exitcode").exit()).isEqualTo(2);
    assertThat(run("plan", seed().toString()).exit()).isZero();
    assertThat(run("plan", dir.resolve("missing.yaml").toString(), "--detailed-exitcode").exit()).isEqualTo(1);
    assertThat(run("plan", seed().toString(), "--detailed-exitcode", "--bogus").exit()).isEqualTo(1);
    denyDescribe = true;
    assertThat(run("plan", seed().toString(), "--detailed-exitcode").exit()).isEqualTo(1);
  }

  @Test
  @DisplayName("issue 18: apply shows the validator's WARNINGs (as validate words them) before it asks")
  void applyShowsWarnings() throws Exception {
    context = context.withAnswers(() -> new java.io.BufferedReader(new java.io.StringReader("no\n")));
    CliRun run = run("apply", seed().toString());
    assertThat(run.exit()).isEqualTo(ExitCodes.CANCELLED);
    assertThat(run.err()).contains("1 warning(s)", "WARNING burstable-cpu-target", "seed.yaml:36:");
    assertThat(run.out()).contains("Apply these changes to group autoscaling-20211202 in account 111122223333, "
        + "Region us-east-1? Only 'yes' will be accepted: ");
  }

  @Test
  @DisplayName("issue 18: no Region or no credentials: one line saying what to set, no SDK provider-chain dump")
  void missingRegionOrCredentials() throws Exception {
    for (String v : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_ACCESS_KEY_ID",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_WEB_IDENTITY_TOKEN_FILE"}) {
      org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(v) == null, v + " is set in this environment");
    }
    String[] props = {"aws.configFile", "aws.sharedCredentialsFile"};
    try {
      for (String p : props) {
        System.setProperty(p, dir.resolve("no-such-" + p).toString());
      }
      // The real SDK chains, but nothing is sent: the Region fails before any client exists, and the credentials
      // before the request to a loopback port where nothing listens.
      CliContext real = CliRun.NO_AWS.withAws(dev.asgsim.aws.AwsAutoScaling::connect);
      CliRun noRegion = CliRun.with(real, "plan", seed().toString());
      assertThat(noRegion.exit()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(noRegion.err()).contains("no AWS Region is set", "--region", "AWS_REGION")
          .doesNotContain("Provider").doesNotContain("chain").hasLineCount(1);
      CliRun noCredentials = CliRun.with(real, "plan", seed().toString(), "--region", "us-east-1",
          "--endpoint-url", "http://127.0.0.1:9");
      assertThat(noCredentials.exit()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(noCredentials.err()).contains("no AWS credentials were found", "aws configure", "--profile")
          .doesNotContain("Provider").doesNotContain("chain").hasLineCount(1);
    } finally {
      for (String p : props) {
        System.clearProperty(p);
      }
    }
  }

  @Test
  @DisplayName("issue 18: export writes CloudFormation or Terraform without touching AWS; a bad format is exit 2")
  void export() throws Exception {
    CliRun cfn = run("export", seed().toString(), "--format", "cloudformation");
    assertThat(cfn.exit()).as(cfn.err()).isZero();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(cfn.out()).at("/Resources")).hasSize(2);
    Path tf = dir.resolve("asg.tf");
    CliRun terraform = run("export", seed().toString(), "--format", "TERRAFORM", "-o", tf.toString());
    assertThat(terraform.exit()).as(terraform.err()).isZero();
    assertThat(Files.readString(tf)).contains("resource \"aws_autoscaling_group\" \"autoscaling_20211202\"")
        .doesNotContainPattern("(?m)^\\s+desired_capacity\\s+=");
    CliRun bad = run("export", seed().toString(), "--format", "pulumi");
    assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(bad.err()).contains("'pulumi' is not a format; use terraform or cloudformation");
    assertThat(calls).isEmpty();
  }
}
