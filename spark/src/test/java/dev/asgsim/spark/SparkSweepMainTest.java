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
