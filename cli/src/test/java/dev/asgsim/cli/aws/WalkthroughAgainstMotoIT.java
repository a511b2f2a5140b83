package dev.asgsim.cli.aws;

import dev.asgsim.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README walkthrough, command by command, against moto_server on loopback. */
class WalkthroughAgainstMotoIT {
  private static LocalMoto moto;

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

  private static CliRun asgsim(String... args) {
    return moto.asgsim(args);
  }

  @Test
  @DisplayName("apply --yes, apply again (no changes), drift 0, MaxSize changed behind our back -> drift 1, import")
  void walkthrough(@TempDir Path dir) throws Exception {
    Path file = moto.seed(dir);

    CliRun apply = asgsim("apply", file.toString(), "--yes");
    assertThat(apply.exit()).as(apply.err()).isZero();
    assertThat(apply.out()).contains("+ create group autoscaling-20211202", "+ put policy \"Target Tracking Policy_20211202\"",
        "Apply complete: 3 change(s).", "AWS reported no target tracking alarm pair");

    CliRun again = asgsim("apply", file.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo("Target: account 123456789012, Region us-east-1 (endpoint " + moto.endpoint
        + ")\n\nNo changes. The live group autoscaling-20211202 matches the file.\n");

    assertThat(asgsim("drift", file.toString()).exit()).isZero();
    moto.aws("autoscaling", "update-auto-scaling-group", "--auto-scaling-group-name", "autoscaling-20211202",
        "--max-size", "4");
    CliRun drift = asgsim("drift", file.toString());
    assertThat(drift.exit()).isEqualTo(1);
    assertThat(drift.out()).contains("~ MaxSize: 4 -> 10");

    CliRun imported = asgsim("import", "--group", "autoscaling-20211202");
    assertThat(imported.exit()).isZero();
    assertThat(imported.out()).contains("Region: us-east-1", "AutoScalingGroupName: autoscaling-20211202", "MaxSize: 4",
        "TargetValue: 50.0", "InstanceType: t2.nano");
    assertThat(imported.err()).contains("note:");
    // The imported file reads back with the strict reader and has no ERROR findings: simulate and apply take it.
    Path mine = dir.resolve("imported.yaml");
    Files.writeString(mine, imported.out());
    var doc = dev.asgsim.core.io.ConfigReader.load(mine);
    assertThat(dev.asgsim.core.validate.Validator.defaults().validate(doc))
        .noneMatch(f -> f.severity() == dev.asgsim.core.validate.Severity.ERROR);
    assertThat(asgsim("plan", mine.toString()).out()).contains("\nNo changes.");
  }
}
