package dev.asgsim.spark;

import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.SimulationPointRunner;
import dev.asgsim.simulator.sweep.Sweep;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.file.SweepFileException;
import dev.asgsim.simulator.sweep.file.SweepReader;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import dev.asgsim.simulator.sweep.report.SweepOutputs;
import dev.asgsim.simulator.sweep.report.SweepReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class dev.asgsim.spark.SparkSweepMain asgsim-spark.jar SWEEP --out DIR}: the sweep of
 * {@code asgsim sweep}, with its simulations on Spark's executors and the same outputs, byte for byte.
 */
@Command(
    name = "asgsim-spark",
    mixinStandardHelpOptions = true,
    versionProvider = SparkSweepMain.Version.class,
    usageHelpWidth = 120,
    description = {
        "Runs a sweep file (the format of 'asgsim sweep') on Apache Spark and writes the same outputs:",
        "results.csv, pareto.png, axes.png, sweep.html, and recommendation.txt (the recommendation 'asgsim sweep'",
        "prints).",
        "SWEEP and --out may be on any Hadoop file system (s3a://, hdfs://, file:); the sweep's Base config and",
        "traces are read beside it, on the driver. Executors only simulate."},
    footer = {"",
        "Examples:",
        "  spark-submit --master local[*] --class dev.asgsim.spark.SparkSweepMain asgsim-spark.jar sweep.yaml --out out/s",
        "  spark-submit --master yarn --deploy-mode cluster --class dev.asgsim.spark.SparkSweepMain \\",
        "      asgsim-spark.jar s3a://bucket/sweeps/fleet.yaml --out s3a://bucket/results/fleet --partitions 256",
        "  spark-submit ... --jars my-policies.jar asgsim-spark.jar bench.yaml --out out/bench   # Policies: [com.example.P]",
        "",
        "Exit codes: 0 a point AWS can run meets the SLO (a bench plug-in is never recommended; --write-best wrote it),",
        "1 none does (--write-best writes nothing), 2 bad input (unreadable or malformed sweep file, bad load, unknown",
        "policy class, unwritable --out or --write-best)."})
public final class SparkSweepMain implements Callable<Integer> {
  // The file names of 'asgsim sweep' (SweepOutputs), plus the recommendation it prints.
  static final String RESULTS = SweepOutputs.RESULTS;
  static final String PARETO = SweepOutputs.PARETO;
  static final String AXES = SweepOutputs.AXES;
  static final String HTML = SweepOutputs.HTML;
  static final String RECOMMENDATION = "recommendation.txt";

  @Parameters(index = "0", paramLabel = "SWEEP", description = "the sweep file (YAML or JSON), any Hadoop file system")
  String sweepFile;

  @Option(names = "--out", paramLabel = "DIR", required = true,
      description = "output directory, any Hadoop file system (a path without a scheme is on the default one)")
  String out;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Spark tasks per stage (default: " + SparkExecution.DEFAULT_PARTITIONS_PER_CORE
          + " × spark.default.parallelism, i.e. " + SparkExecution.DEFAULT_PARTITIONS_PER_CORE
          + " per executor core)")
  Integer partitions;

  @Option(names = "--stage-size", paramLabel = "N",
      description = "simulations per Spark job (default: " + SparkExecution.DEFAULT_SIMULATIONS_PER_PARTITION
          + " × partitions); one progress line per stage")
  Integer stageSize;

  @Option(names = "--write-best", paramLabel = "FILE",
      description = "also write the recommended configuration (the cheapest point AWS can run that meets the SLO) "
          + "as a config file for 'asgsim plan' and 'apply', as 'asgsim sweep --write-best' does; any Hadoop file "
          + "system; nothing is written when no such point exists")
  String writeBest;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Supplier<JavaSparkContext> spark;

  SparkSweepMain(Supplier<JavaSparkContext> spark) {
    this.spark = spark;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true"); // pareto.png is drawn on the driver, which has no display
    JavaSparkContext[] started = new JavaSparkContext[1];
    int code;
    try {
      code = run(() -> started[0] = new JavaSparkContext(new SparkConf()
          .setIfMissing("spark.master", "local[*]") // java -cp ... without spark-submit: this machine's cores
          .setIfMissing("spark.app.name", "asgsim sweep")),
          new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true,
          StandardCharsets.UTF_8), args);
    } finally {
      if (started[0] != null) {
        started[0].stop();
      }
    }
    System.exit(code);
  }

  /**
   * Runs a command line on the context {@code spark} supplies (asked for only once the arguments are valid) and
   * returns its exit code; never exits, so that tests can call it.
   */
  static int run(Supplier<JavaSparkContext> spark, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new SparkSweepMain(spark));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((ex, line, parsed) -> {
      if (ex instanceof UserError) {
        line.getErr().println("asgsim-spark: " + ex.getMessage());
      } else if (ex instanceof SparkException) {
        // Tasks retried and still failed, executors lost, the context stopped: Spark's words, and what is kept.
        line.getErr().println("asgsim-spark: the Spark job failed: " + ex.getMessage() + " (the rows finished "
            + "before it are in " + RESULTS + ")");
      } else {
        line.getErr().println("asgsim-spark: internal error: " + ex + " (please report it)");
        ex.printStackTrace(line.getErr());
      }
      return 2;
    });
    cli.setParameterExceptionHandler((ex, argv) -> {
      ex.getCommandLine().getErr().println("asgsim-spark: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'asgsim-spark --help'.");
      return 2;
    });
    return cli.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if (partitions != null && partitions < 1) {
      throw new UserError("--partitions must be at least 1, not " + partitions);
    }
    if (stageSize != null && stageSize < 1) {
      throw new UserError("--stage-size must be at least 1, not " + stageSize);
    }
    JavaSparkContext jsc = spark.get();
    Configuration hadoop = jsc.hadoopConfiguration();
    PolicyRegistry registry = new PolicyRegistry();
    SweepDefinition def;
    SimulationPointRunner runner;
    URI baseDirectory;
    Path staging = Files.createTempDirectory("asgsim-spark-");
    try {
      def = SweepInputs.read(sweepFile, hadoop, new SweepReader(registry::check), staging);
      baseDirectory = SweepInputs.baseDirectory(def, sweepFile, hadoop, staging);
      runner = new SimulationPointRunner(def, registry); // renders the loads and reads the traces, here on the driver
    } catch (SweepFileException e) {
      throw new UserError(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserError(sweepFile + ": " + e.getMessage());
    } finally {
      deleteQuietly(staging);
    }
    int parts = partitions != null ? partitions : SparkExecution.defaultPartitions(jsc);
    int stage = stageSize != null ? stageSize : SparkExecution.defaultStageSize(parts);
    int points = def.points().size();
    long total = (long) points * def.loads().size() * def.seeds();
    stderr.printf(Locale.ROOT, "asgsim-spark: %d points × %d load%s × %d seed%s = %d simulations on %s, %d partitions,"
        + " stages of %d%n", points, def.loads().size(), def.loads().size() == 1 ? "" : "s", def.seeds(),
        def.seeds() == 1 ? "" : "s", total, jsc.master(), parts, stage);
    stderr.flush();

    HadoopOutputs outputs;
    try {
      outputs = new HadoopOutputs(out, hadoop);
    } catch (IOException e) {
      throw new UserError("--out " + out + ": cannot create it: " + e.getMessage());
    }
    SweepResult result;
    try (ResultsCsvWriter csv = new ResultsCsvWriter(outputs.writer(RESULTS), def)) {
      SparkExecution execution = new SparkExecution(jsc, parts, stage, total, line -> {
        stderr.println(line);
        stderr.flush();
      });
      result = new Sweep(def, runner).run(execution, csv);
    } catch (IOException | UncheckedIOException e) {
      throw new UserError("cannot write " + outputs.path(RESULTS) + ": " + e.getMessage());
    }
    SweepReport report = SweepReport.of(result);
    String recommendation = report.text();
    try {
      outputs.write(PARETO, report.paretoPng());
      outputs.write(AXES, report.axesPng());
      outputs.write(HTML, report.html().getBytes(StandardCharsets.UTF_8));
      outputs.write(RECOMMENDATION, recommendation.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("cannot write the report to " + out + ": " + e.getMessage());
    }
    stdout.print(recommendation);
    stdout.println();
    stdout.println("Wrote " + outputs.path(RESULTS) + ", " + PARETO + ", " + AXES + ", " + HTML + " and " + RECOMMENDATION
        + (result.findings().isEmpty() ? "" : "; " + result.findings().size() + " skipped (see " + HTML + ")"));
    stdout.flush();
    boolean written = writeBest == null || BestConfigOutput.write(writeBest, result, report.recommendation(),
        sweepFile, baseDirectory, hadoop, stderr);
    return report.recommendation().found() && written ? 0 : 1;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is not worth failing the sweep for.
    }
  }

  /** {@code --version}: the jar's own version, from its manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = SparkSweepMain.class.getPackage().getImplementationVersion();
      return new String[] {"asgsim-spark " + (v == null ? "(not built as a jar)" : v)};
    }
  }

  /** Bad input: a message for the user, exit code 2. */
  static final class UserError extends RuntimeException {
    UserError(String message) {
      super(message);
    }
  }
}
