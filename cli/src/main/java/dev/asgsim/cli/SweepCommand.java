package dev.asgsim.cli;

// Over 300 lines because the options, help text, progress line, printed table and recommendation of one command; the
// sweep itself lives in simulator.sweep.

import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.Finding;
import dev.asgsim.simulator.sweep.PointResult;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SimulationPointRunner;
import dev.asgsim.simulator.sweep.Sweep;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepListener;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.file.SweepFileException;
import dev.asgsim.simulator.sweep.file.SweepReader;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import dev.asgsim.simulator.sweep.report.SweepJson;
import dev.asgsim.simulator.sweep.report.SweepOutputs;
import dev.asgsim.simulator.sweep.report.SweepReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asgsim sweep}: what-if runs over a grid or sample of settings, loads and seeds; the cheapest that meets the SLO. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
        "Try settings, policies and loads; recommend the cheapest point that meets the SLO.",
        "Runs every point of SWEEP (config variations × policies) under every load and seed, and writes",
        "results.csv (with the SLO bounds each row misses, and by how much), pareto.png (cost against the SLO",
        "metric), axes.png (cost and each SLO metric against each varied setting) and sweep.html into --out,",
        "replacing an earlier sweep's four files together (rows stream into results.csv.partial; Ctrl-C stops",
        "early and still writes the finished rows).",
        "Only a point AWS Auto Scaling can run (the config's policies, 'aws', or an inline set of AWS policies) is",
        "recommended; a cheaper bench plug-in (hpa, static:N, oracle, a class) is reported, never recommended."},
    footer = {"", "Sweep file (YAML or JSON, PascalCase like a config):",
        "  Base: my-group.yaml                  # relative to the sweep file, or the config inline",
        "  Variations:                          # any config member by path, and the values to try",
        "    ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [30, 40, 50, 60, 70]",
        "    ScalingPolicies[0].EstimatedInstanceWarmup: [60, 180, 300]",
        "    Simulation.InstanceType: [t3.micro, c6i.large]",
        "    AutoScalingGroup.MaxSize: {From: 4, To: 20, Step: 4}   # a range, both ends included",
        "  Policies: [aws, hpa, static:4, oracle, com.example.MyPolicy, my-provider:0.8]   # optional; a provider's",
        "                                       # short name comes from its jar's META-INF/services (--policy-path)",
        "  Sample: {Mode: Random, Points: 50, Seed: 7}                    # optional; default: the full grid",
        "  Loads: ['step(20, 90@10m, 20@40m)', {Name: weeks, Spec: 'trace(week.csv)', Scale: 3, Duration: 7d}]",
        "  Seeds: 5                             # runs per point and load (Monte Carlo)",
        "  Seed: 1",
        "  Slo: {UnservedPercent: 0.1, MinutesCpuAboveThresholdPerDay: 10}",
        "  SloStatistic: Mean                   # or Ci95High: the upper 95 %% bound must meet the SLO",
        "  Objective: Cost                      # the score to minimise, summed over the loads",
        "",
        "Examples:",
        "  asgsim sweep examples/sweeps/sweep-seed-target-warmup.yaml",
        "  asgsim sweep examples/sweeps/sweep-policies.yaml --threads 2 --out out/policies --json",
        "  asgsim sweep examples/sweeps/sweep-seed-target-warmup.yaml --write-best best.yaml && asgsim plan best.yaml",
        "  asgsim sweep my-bench.yaml --policy-path build/my-policies.jar   # Policies: [aws, com.example.MyPolicy]",
        "",
        "Scores for Slo and Objective: see simulator/README.md (Cost, UnservedPercent, MinutesCpuAboveThresholdPerDay, ...).",
        "At most 1,000,000 simulations (points × loads × seeds) per sweep; sample larger grids.",
        "",
        "Exit codes: 0 a point AWS can run meets the SLO (and --write-best wrote it), 1 none does (--write-best",
        "writes nothing), 2 bad input (unreadable or malformed sweep file, invalid Base config, bad load, unknown",
        "policy, a sweep over the size limit, unwritable --out or --write-best)."})
public final class SweepCommand implements Callable<Integer> {
  public static final String RESULTS = SweepOutputs.RESULTS;
  public static final String PARETO = SweepOutputs.PARETO;
  public static final String AXES = SweepOutputs.AXES;
  public static final String HTML = SweepOutputs.HTML;
  /** Estimated runs at least this long get a line on stderr before they start. */
  static final double ESTIMATE_MIN_SECONDS = 10;
  /** How long Ctrl-C waits for the finished rows and the report to be written. */
  static final long STOP_GRACE_SECONDS = 20;

  /**
   * Simulated minutes one thread runs per second, for the estimate: the seed group's year runs at 7-8 M/s (README,
   * Speed); larger fleets and plug-ins are slower, so the estimate assumes less than half of that.
   */
  static final double SIMULATED_MINUTES_PER_SECOND = 3e6;

  private final CliContext context;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep file (YAML or JSON).")
  Path sweepFile;

  @Option(names = "--threads", paramLabel = "N",
      description = "Simulations run at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default out/<sweep name>).")
  Path out;

  @Option(names = "--json", description = "Print the results and recommendation as JSON instead of text.")
  boolean json;

  @Option(names = "--write-best", paramLabel = "FILE",
      description = "Write the recommended configuration (the base config with the winning point's values) to FILE"
          + " (YAML, or JSON for .json), ready for 'asgsim plan'/'apply', a relative trace path in its Load made"
          + " relative to FILE; nothing when no point AWS can run meets the SLO (exit 1).")
  Path writeBest;

  @Option(names = "--policy-path", paramLabel = "JAR|DIR", split = ",",
      description = "Jars or class directories holding the policy classes the sweep names (comma-separated).")
  List<Path> policyPath = new ArrayList<>();

  SweepCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new UserError("--threads must be at least 1, not " + n);
    }
    PolicyRegistry registry;
    try {
      registry = new PolicyRegistry(policyClassLoader());
    } catch (IllegalArgumentException e) {
      throw new UserError("--policy-path: " + e.getMessage());
    }
    SweepDefinition def;
    try {
      def = new SweepReader(registry::check).read(sweepFile);
    } catch (SweepFileException e) {
      throw new UserError(e.getMessage());
    }
    SimulationPointRunner runner;
    try {
      runner = new SimulationPointRunner(def, registry);
    } catch (IllegalArgumentException e) {
      throw new UserError(sweepFile + ": " + e.getMessage());
    }
    Path dir = out != null ? out : Path.of("out", baseName(sweepFile));
    OutputDirectory.check(dir);
    Sweep sweep = new Sweep(def, runner);
    long total = (long) def.points().size() * def.loads().size() * def.seeds();
    estimate(def, runner, total, n, stderr);
    SweepResult result;
    CountDownLatch finished = new CountDownLatch(1);
    Thread stopper = new Thread(() -> {
      sweep.cancel();
      try {
        finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "asgsim-sweep-stop");
    boolean hooked = addHook(stopper);
    try {
      SweepReport report;
      try (SweepOutputs outputs = SweepOutputs.open(dir, def)) {
        ResultsCsvWriter csv = outputs.results();
        Progress progress = context.terminal() && !json ? new Progress(stderr, def) : null;
        result = sweep.run(n, new SweepListener() {
          @Override
          public void onRow(PointResult row) {
            csv.onRow(row);
          }

          @Override
          public void onProgress(long done, long all) {
            if (progress != null) {
              progress.update(done, all);
            }
          }
        });
        if (progress != null) {
          progress.finish();
        }
        report = SweepReport.of(result);
        outputs.commit(report.paretoPng(), report.axesPng(), report.html());
      } catch (IOException | UncheckedIOException e) {
        throw new UserError("cannot write the sweep's files to " + dir + ": " + e.getMessage()
            + " (an earlier sweep's files there are left as they were)");
      }
      Recommendation r = report.recommendation();
      if (json) {
        stdout.print(SweepJson.json(result, r));
      } else {
        stdout.print(human(result, report, dir, total, n));
        findings(result, stderr);
      }
      stdout.flush();
      boolean written = writeBest == null || BestConfigFile.write(writeBest, result, r, sweepFile, stderr);
      return r.found() && written ? ExitCodes.OK : ExitCodes.FINDINGS;
    } finally {
      finished.countDown();
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
          // Ctrl-C: the hook is running and waits for us.
        }
      }
    }
  }

  /** The user's policy jars on top of ours; a missing entry is a mistake worth an early message. */
  private ClassLoader policyClassLoader() {
    ClassLoader parent = SweepCommand.class.getClassLoader();
    if (policyPath.isEmpty()) {
      return parent;
    }
    List<URL> urls = new ArrayList<>();
    for (Path p : policyPath) {
      if (!Files.exists(p)) {
        throw new UserError("--policy-path " + p + ": no such file or directory");
      }
      try {
        urls.add(p.toAbsolutePath().toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UserError("--policy-path " + p + ": " + e.getMessage());
      }
    }
    // Lives as long as the command: the sweep's plug-ins are loaded from it until the JVM exits.
    return new URLClassLoader(urls.toArray(new URL[0]), parent);
  }

  private static boolean addHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException | SecurityException e) {
      return false;
    }
  }

  /**
   * Before a long sweep, how much work it is: simulations and simulated minutes, and a rough time from the measured
   * speed ({@link #SIMULATED_MINUTES_PER_SECOND}); on stderr, so --json output stays clean.
   */
  private static void estimate(SweepDefinition def, SimulationPointRunner runner, long simulations, int threads,
      PrintWriter err) {
    long minutes = 0;
    for (int l = 0; l < def.loads().size(); l++) {
      minutes += (long) runner.minutes(l) * (simulations / def.loads().size());
    }
    String line = estimate(simulations, minutes, threads, Runtime.getRuntime().availableProcessors());
    if (line != null) {
      err.println(line);
      err.flush();
    }
  }

  /** The estimate line, or null when the sweep should take less than {@link #ESTIMATE_MIN_SECONDS}. */
  static String estimate(long simulations, long minutes, int threads, int cores) {
    double seconds = minutes / SIMULATED_MINUTES_PER_SECOND / Math.min(threads, cores);
    if (seconds < ESTIMATE_MIN_SECONDS) {
      return null;
    }
    return String.format(Locale.ROOT, "asgsim: %,d simulations, %,d simulated minutes in all: about %s on %d thread%s"
        + " (Ctrl-C stops early and keeps the finished rows)", simulations, minutes, Progress.clock(seconds), threads,
        threads == 1 ? "" : "s");
  }

  private static String human(SweepResult result, SweepReport report, Path dir, long total, int threads) {
    SweepDefinition def = result.definition();
    String nl = System.lineSeparator();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Swept %d points × %d load%s × %d seed%s = %d simulations on %d thread%s%s.%n",
        result.points().size(), def.loads().size(), def.loads().size() == 1 ? "" : "s", def.seeds(),
        def.seeds() == 1 ? "" : "s", total, threads, threads == 1 ? "" : "s",
        result.complete() ? "" : " (stopped early: the table holds the points finished by then)"));
    if (!result.findings().isEmpty()) {
      sb.append(result.findings().size()).append(" skipped (see below and ").append(HTML).append(")").append(nl);
    }
    sb.append(nl).append(report.text()).append(nl);
    sb.append("Wrote ").append(dir.resolve(RESULTS)).append(", ").append(dir.resolve(PARETO)).append(", ")
        .append(dir.resolve(AXES)).append(", ").append(dir.resolve(HTML)).append(nl);
    return sb.toString();
  }

  private static void findings(SweepResult result, PrintWriter err) {
    int shown = 0;
    for (Finding f : result.findings()) {
      if (shown++ == 10) {
        err.println("asgsim: ... and " + (result.findings().size() - 10) + " more in " + HTML);
        break;
      }
      err.println("asgsim: skipped " + (f.pointIndex() < 0 ? f.message() : f.toString()));
    }
    err.flush();
  }

  private static String baseName(Path file) {
    String name = file.getFileName() == null ? "sweep" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Points done, rate and ETA on one rewritten stderr line; at most five updates a second. */
  static final class Progress {
    private static final long MIN_INTERVAL_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final long perPoint;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintWriter err, SweepDefinition def) {
      this.err = err;
      this.perPoint = (long) def.loads().size() * def.seeds();
    }

    synchronized void update(long done, long all) {
      long now = System.nanoTime();
      if (done < all && now - lastDraw < MIN_INTERVAL_NANOS) {
        return;
      }
      lastDraw = now;
      err.print("\r" + line(done, all, (now - start) / 1e9, perPoint));
      err.flush();
    }

    synchronized void finish() {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }

    static String line(long done, long all, double seconds, long perPoint) {
      int width = 30;
      int filled = all == 0 ? width : (int) (width * done / all);
      double points = (double) done / perPoint;
      double rate = seconds > 0 ? points / seconds : 0;
      String eta = rate > 0 ? clock((all - done) / (double) perPoint / rate) : "--:--";
      return String.format(Locale.ROOT, "[%s%s] %d/%d points  %.1f points/s  ETA %s",
          "#".repeat(filled), ".".repeat(width - filled), done / perPoint, all / perPoint, rate, eta);
    }

    static String clock(double seconds) {
      long s = Math.round(seconds);
      return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
          : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
  }
}
