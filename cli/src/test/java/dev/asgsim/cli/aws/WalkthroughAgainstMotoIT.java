package dev.asgsim.cli.aws;

import dev.asgsim.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The README walkthrough, command by command, against moto_server on loopback. */
class WalkthroughAgainstMotoIT {
  private static LocalMoto moto;

  @BeforeAll
  static void start() throws Exception {
    moto = LocalMoto.start();
    // Explicit dummy keys: the commands never reach the default credential chain in tests.
    AwsConnection.factory(settings -> new AwsAutoScaling(AwsClients.create(settings
        .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testkey", "testsecret")))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30)))));
  }

  @AfterAll
  static void stop() {
    AwsConnection.factory(null);
    if (moto != null) {
      moto.close();
    }
  }

  private static CliRun asgsim(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--region";
    all[args.length + 1] = "us-east-1";
    all[args.length + 2] = "--endpoint-url";
    all[args.length + 3] = moto.endpoint.toString();
    return CliRun.of(all);
  }

  @Test
  @DisplayName("apply --yes, apply again (no changes), drift 0, MaxSize changed behind our back -> drift 1, import")
  void walkthrough(@TempDir Path dir) throws Exception {
    moto.aws("ec2", "create-launch-template", "--launch-template-name", "fastcampus-nginx",
        "--launch-template-data", "{\"ImageId\":\"ami-12c6146b\",\"InstanceType\":\"t2.nano\"}");
    String vpc = moto.aws("ec2", "describe-vpcs", "--query", "Vpcs[0].VpcId");
    String tg = moto.aws("elbv2", "create-target-group", "--name", "fastcampus-nginx-20211202", "--protocol", "HTTP",
        "--port", "80", "--vpc-id", vpc, "--query", "TargetGroups[0].TargetGroupArn");
    String seed = Files.readString(Path.of("..", "examples", "fastcampus-nginx.yaml"))
        .replace("ap-northeast-2", "us-east-1")
        .replaceAll("arn:aws:elasticloadbalancing:\\S+", tg);
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, seed);

    CliRun apply = asgsim("apply", file.toString(), "--yes");
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(apply.out()).contains("+ create group autoscaling-20211202", "+ put policy \"Target Tracking Policy_20211202\"",
        "Apply complete: 3 change(s).", "AWS reported no target tracking alarm pair");

    CliRun again = asgsim("apply", file.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo("No changes. The live group autoscaling-20211202 matches the file.\n");

    assertThat(asgsim("drift", file.toString()).exit()).isZero();
    moto.aws("autoscaling", "update-auto-scaling-group", "--auto-scaling-group-name", "autoscaling-20211202",
        "--max-size", "4");
    CliRun drift = asgsim("drift", file.toString());
    assertThat(drift.exit()).isEqualTo(1);
    assertThat(drift.out()).contains("~ MaxSize: 4 -> 10");

    CliRun imported = asgsim("import", "--group", "autoscaling-20211202");
    assertThat(imported.exit()).isZero();
    assertThat(imported.out()).contains("AutoScalingGroupName: autoscaling-20211202", "MaxSize: 4",
        "TargetValue: 50.0", "InstanceType: t2.nano");
    assertThat(imported.err()).contains("note:");
    // The imported file reads back with the strict reader and has no ERROR findings: simulate and apply take it.
    Path mine = dir.resolve("imported.yaml");
    Files.writeString(mine, imported.out());
    var doc = dev.asgsim.core.io.ConfigReader.load(mine);
    assertThat(dev.asgsim.core.validate.Validator.defaults().validate(doc))
        .noneMatch(f -> f.severity() == dev.asgsim.core.validate.Severity.ERROR);
    assertThat(asgsim("plan", mine.toString()).out()).startsWith("No changes.");
  }
}
