package dev.asgsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.cli.Main;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.SimulationPointRunner;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.file.SweepReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's path: the same sweep file through 'asgsim sweep' and through the Spark main, the same files out. */
class SparkSweepMainTest {
  private static final Supplier<JavaSparkContext> SPARK = LocalSpark::context;

  /** The mixed sweep with absolute paths, so it can live in a temporary directory. */
  private static Path sweepFile(Path dir) throws Exception {
    String text = Sweeps.MIXED
        .replace("Base: fastcampus-nginx.yaml", "Base: " + Sweeps.EXAMPLES.resolve("fastcampus-nginx.yaml"))
        .replace("trace(loads/", "trace(" + Sweeps.EXAMPLES.resolve("loads") + "/");
    Path file = dir.resolve("mixed.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void writesByteForByteWhatAsgsimSweepWrites(@TempDir Path dir) throws Exception {
    Path sweep = sweepFile(dir);
    Path cli = dir.resolve("cli");
    Path spark = dir.resolve("spark");
    int cliCode = quietly(() -> Main.run("sweep", sweep.toString(), "--threads", "2", "--out", cli.toString()));
    Run run = Run.of(SPARK, sweep.toString(), "--out", spark.toUri().toString(), "--partitions", "3",
        "--stage-size", "40");
    assertThat(run.err()).contains("asgsim-spark: stage 1: 40 simulations");
    assertThat(run.code).as(run.out() + run.err()).isEqualTo(cliCode).isZero();
    for (String name : new String[] {"results.csv", "pareto.png", "axes.png", "sweep.html"}) {
      assertThat(spark.resolve(name)).as(name).hasSameBinaryContentAs(cli.resolve(name));
    }
    String recommendation = Files.readString(spark.resolve("recommendation.txt"));
    assertThat(recommendation).contains("meets the SLO");
    assertThat(run.out()).startsWith(recommendation);
    try (var files = Files.list(spark)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "results.csv", "pareto.png", "axes.png", "sweep.html", "recommendation.txt"); // no .crc files beside them
    }
  }

  @Test
  void writeBestWritesByteForByteTheFileOfAsgsimSweepWriteBest(@TempDir Path dir) throws Exception {
    // A base config in cfg/ replaying cfg/loads/week.csv, the sweep in sweeps/, the file written to best/: the trace
    // path in the file is relative to best/ (as 'asgsim sweep --write-best' writes it).
    Path cfg = Files.createDirectories(dir.resolve("cfg/loads"));
    Files.copy(Sweeps.EXAMPLES.resolve("loads/nab-ec2-cpu-ac20cd.csv"), cfg.resolve("week.csv"));
    Files.writeString(cfg.resolveSibling("base.yaml"), Files.readString(Sweeps.EXAMPLES.resolve("fastcampus-nginx.yaml"))
        .replace("Spec: step(20, 90@10m, 20@40m)", "Spec: trace(loads/week.csv)").replace("Duration: 90m", "Duration: 1d"));
    Path sweep = Files.createDirectories(dir.resolve("sweeps")).resolve("s.yaml");
    Files.writeString(sweep, """
        Base: ../cfg/base.yaml
        Variations:
          ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [40, 60]
          Simulation.InstanceType: [c6i.large]
        Policies: [aws, static:1]
        Loads:
          - {Name: spike, Spec: "step(20, 150@10m, 20@40m)", Duration: 2h}
        Slo: {UnservedPercent: 50}
        """);
    Path best = Files.createDirectories(dir.resolve("best")).resolve("best.yaml");
    int cliCode = quietly(() -> Main.run("sweep", sweep.toString(), "--out", dir.resolve("cli").toString(),
        "--write-best", best.toString()));
    assertThat(cliCode).isZero();
    byte[] cli = Files.readAllBytes(best);
    assertThat(new String(cli, StandardCharsets.UTF_8)).contains("Spec: trace(../cfg/loads/week.csv)");
    Files.delete(best);
    Run run = Run.of(SPARK, sweep.toString(), "--out", dir.resolve("spark").toUri().toString(), "--write-best",
        best.toString());
    assertThat(run.code).as(run.out() + run.err()).isZero();
    assertThat(Files.readAllBytes(best)).isEqualTo(cli);
    assertThat(run.err()).contains("asgsim-spark: wrote the recommended configuration", "asgsim-spark: note: "
        + "Simulation.InstanceType=");
    try (var files = Files.list(best.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("best.yaml"); // no .crc beside it
    }
  }

  @Test
  void writeBestWritesNothingAndExitsOneWhenNoPointMeetsTheSlo(@TempDir Path dir) throws Exception {
    Path sweep = dir.resolve("s.yaml");
    Files.writeString(sweep, """
        Base: %s
        Variations:
          Simulation.InstanceType: [c6i.large]
        Loads:
          - {Name: spike, Spec: "step(20, 150@10m, 20@40m)", Duration: 2h}
        Slo: {UnservedPercent: -1}
        """.formatted(Sweeps.EXAMPLES.resolve("fastcampus-nginx.yaml")));
    Path best = dir.resolve("best.yaml");
    Run run = Run.of(SPARK, sweep.toString(), "--out", dir.resolve("out").toString(), "--write-best",
        best.toString());
    assertThat(run.code).isEqualTo(1);
    assertThat(best).doesNotExist();
    assertThat(run.err()).contains("asgsim-spark: --write-best: no configuration AWS can run meets the SLO; nothing "
        + "was written to " + best);
  }

  @Test
  void aRemoteSweepIsCopiedWithItsBaseAndTracesAndReadTheSame(@TempDir Path staging) throws Exception {
    Path file = Sweeps.EXAMPLES.resolve("sweeps/sweep-policies.yaml");
    PolicyRegistry registry = new PolicyRegistry();
    SweepReader reader = new SweepReader(registry::check);
    FileSystem fs = FileSystem.getLocal(new Configuration());
    SweepDefinition staged = SweepInputs.stage(fs, new org.apache.hadoop.fs.Path(file.toUri()), "remote.yaml",
        reader, staging);
    Path mirror = staging.resolve("_").resolve(Sweeps.EXAMPLES.toString().substring(1));
    assertThat(mirror.resolve("sweeps/sweep-policies.yaml")).hasSameTextualContentAs(file);
    assertThat(mirror.resolve("fastcampus-nginx.yaml")).hasSameTextualContentAs(
        Sweeps.EXAMPLES.resolve("fastcampus-nginx.yaml"));
    assertThat(mirror.resolve("loads/nab-ec2-cpu-ac20cd.csv")).hasSameTextualContentAs(
        Sweeps.EXAMPLES.resolve("loads/nab-ec2-cpu-ac20cd.csv"));
    SweepDefinition direct = reader.read(file);
    assertThat(staged.base()).isEqualTo(direct.base()).isEqualTo(ConfigReader.read(
        Sweeps.EXAMPLES.resolve("fastcampus-nginx.yaml")));
    assertThat(staged.points()).isEqualTo(direct.points());
    assertThat(staged.loads()).isEqualTo(direct.loads());
    assertThat(new SimulationPointRunner(staged, registry).minutes(0))
        .isEqualTo(new SimulationPointRunner(direct, registry).minutes(0));
  }

  @Test
  void aRemoteSweepIsCopiedWithTheSpotHistoriesItsAxesNameRelativeToTheBaseConfig(@TempDir Path staging)
      throws Exception {
    // aws-behaviour §7.11: Simulation.Spot.PriceHistory is relative to the base config (examples/), not the sweep.
    Path file = Sweeps.EXAMPLES.resolve("sweeps/sweep-spot-prices.yaml");
    PolicyRegistry registry = new PolicyRegistry();
    SweepReader reader = new SweepReader(registry::check);
    FileSystem fs = FileSystem.getLocal(new Configuration());
    SweepDefinition staged = SweepInputs.stage(fs, new org.apache.hadoop.fs.Path(file.toUri()), "remote.yaml",
        reader, staging);
    Path mirror = staging.resolve("_").resolve(Sweeps.EXAMPLES.toString().substring(1));
    assertThat(mirror.resolve("spot/spot-prices-us-east-1.json")).hasSameTextualContentAs(
        Sweeps.EXAMPLES.resolve("spot/spot-prices-us-east-1.json"));
    // The runner reads it on the driver from the mirrored base directory (then carries it to the executors): with
    // the copy gone it is not found, though the original is still in examples/.
    assertThat(new SimulationPointRunner(staged, registry).minutes(0)).isPositive();
    Files.delete(mirror.resolve("spot/spot-prices-us-east-1.json"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SimulationPointRunner(staged, registry))
        .hasMessageContaining("spot/spot-prices-us-east-1.json: no such file");
  }

  @Test
  void aStagedBaseConfigsDirectoryIsTheRemoteOneItMirrors(@TempDir Path staging) {
    // <staging>/<authority>/<path> mirrors scheme://authority/path (SweepInputs.stage); "_" is no authority.
    assertThat(SweepInputs.mirrored(staging.resolve("bucket/cfg/prod"), staging, "s3a"))
        .hasToString("s3a://bucket/cfg/prod/");
    assertThat(SweepInputs.mirrored(staging.resolve("_/user/me"), staging, "hdfs")).hasToString("hdfs:/user/me/");
    Path elsewhere = Path.of("/work/examples");
    assertThat(SweepInputs.mirrored(elsewhere, staging, "s3a")).isEqualTo(elsewhere.toUri());
  }

  @Test
  void aMissingSweepFileIsBadInputNamingIt(@TempDir Path dir) {
    String missing = dir.resolve("nope.yaml").toString();
    Run run = Run.of(SPARK, missing, "--out", dir.resolve("out").toString());
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err()).contains("asgsim-spark: ", "nope.yaml", "no such file").doesNotContain("Exception");
  }

  @Test
  void badOptionsAreRefusedBeforeSparkStarts(@TempDir Path dir) {
    Supplier<JavaSparkContext> never = () -> {
      throw new AssertionError("Spark was started for a bad command line");
    };
    Run zero = Run.of(never, "x.yaml", "--out", "o", "--partitions", "0");
    assertThat(zero.code).isEqualTo(2);
    assertThat(zero.err()).contains("--partitions must be at least 1, not 0");
    Run noOut = Run.of(never, "x.yaml");
    assertThat(noOut.code).isEqualTo(2);
    assertThat(noOut.err()).contains("Missing required option: '--out=DIR'");
  }

  /** One command line's exit code, stdout and stderr. */
  private record Run(int code, StringWriter stdout, StringWriter stderr) {
    static Run of(Supplier<JavaSparkContext> spark, String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = SparkSweepMain.run(spark, new PrintWriter(out, true), new PrintWriter(err, true), args);
      return new Run(code, out, err);
    }

    String out() {
      return stdout.toString();
    }

    String err() {
      return stderr.toString();
    }
  }

  private static int quietly(Supplier<Integer> run) {
    PrintStream out = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      return run.get();
    } finally {
      System.setOut(out);
    }
  }
}
