package dev.asgsim.cli;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationException;
import dev.asgsim.simulator.SimulationListener;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.load.LoadSpecException;
import dev.asgsim.simulator.load.TracePrefetch;
import dev.asgsim.simulator.report.Chart;
import dev.asgsim.simulator.report.OutputFiles;
import dev.asgsim.simulator.report.chart.CapacityUnit;
import dev.asgsim.simulator.score.Scores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asgsim simulate}: runs a config under a load and writes timeline, activities, summary, chart and report. */
@Command(
    name = "simulate",
    modelTransformer = SimulateCommand.LoadHelp.class,
    mixinStandardHelpOptions = true,
    description = {
        "Simulate what EC2 Auto Scaling does with CONFIG under a load, minute by minute.",
        "Writes timeline.csv, activities.json, summary.json, chart.png and report.html into --out.",
        "Without --load the config's Load section is used, else the default spike "
            + LoadResolver.DEFAULT_SPEC + " for " + LoadResolver.DEFAULT_SPIKE_DURATION + "."},
    footer = {"", SimulateCommand.LoadHelp.PLACEHOLDER, "",
        "Examples:",
        "  asgsim simulate examples/fastcampus-nginx.yaml",
        "  asgsim simulate group.yaml --load 'sine(50, 30, 24h, 14h) + noise(5)' --duration 7d --out out/week",
        "  asgsim simulate group.yaml --load week.csv --load-scale 3 --json",
        "", "Exit codes: 0 ok, 1 the config has validation errors (asgsim validate lists them),",
        "  2 bad input (unreadable config, bad load spec, corrupt trace, unwritable --out)."})
public final class SimulateCommand implements Callable<Integer> {
  /** Show a progress bar on a terminal for runs longer than this many simulated minutes. */
  static final int PROGRESS_MIN_MINUTES = 100_000;

  private final CliContext context;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The config (YAML or JSON).")
  Path config;

  @Mixin
  LoadOptions loadOptions;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default out/<config name>).")
  Path out;

  @Option(names = "--json", description = "Print the summary as JSON instead of text.")
  boolean json;

  @Mixin
  ForecastOptions forecasts;

  SimulateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    // The second core reads --load's trace and warms up the chart while this thread reads the config (issue 15).
    TracePrefetch traces = loadOptions.readAhead();
    Chart.warmUpInBackground();
    ConfigDocument doc = ConfigLoading.loadOrFail(config);
    ScalingConfig cfg = doc.config();
    doc.notes().forEach(n -> stderr.println("asgsim: note: " + n));
    LoadResolver.Resolved resolved;
    try {
      resolved = loadOptions.resolve(cfg.load(), config.toAbsolutePath().getParent(), traces);
    } catch (LoadSpecException e) {
      throw new UserError(ConfigPlaces.load(e, doc)); // the option, or the config's file:line and Load key
    }
    // Errors block everything below them (docs/ARCHITECTURE.md, data flow): AWS would refuse such a group. The same gate as
    // validate's, judged at the simulated start (ConfigGate).
    List<Finding> findings = ConfigGate.findings(doc, resolved.start());
    if (Validator.hasErrors(findings)) {
      stderr.println(config + ": AWS would refuse this config; fix its errors first (asgsim validate shows them all):");
      findings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> stderr.println("  " + line(f)));
      stderr.flush();
      return ExitCodes.FINDINGS;
    }
    if (cfg.autoScalingGroup() == null) {
      throw new UserError(config + ": no AutoScalingGroup section; see examples/fastcampus-nginx.yaml");
    }
    if (out != null && out.toString().isBlank()) {
      throw new UserError("--out is empty; name an output directory, e.g. --out out/run1");
    }
    Path dir = out != null ? out : Path.of("out", baseName(config));
    OutputDirectory.check(dir);
    RunMemory.check(resolved.series().minutes(), loadOptions.lengthSource());
    SimulationResult result;
    Map<String, byte[]> rendered;
    java.time.Instant start = resolved.start() != null ? resolved.start() : Simulation.DEFAULT_START;
    // The timeline and activities stream to disk as the run goes (memory flat in simulated time, issue 15).
    try (OutputFiles.Streaming outputs = OutputFiles.open(dir, resolved.series().minutes(), start.getEpochSecond())) {
      Simulation.Builder b = Simulation.builder(cfg).load(resolved.series()).seed(loadOptions.seed).startTime(start)
          .recordTimeline(false).recordActivities(false).sink(outputs)
          .configDirectory(config.toAbsolutePath().getParent());
      var forecaster = forecasts.supplierOrNull();
      if (forecaster != null) {
        b.forecaster(forecaster);
      }
      if (context.terminal() && resolved.series().minutes() >= PROGRESS_MIN_MINUTES) {
        b.listener(new Progress(stderr));
      }
      result = b.build().run();
      rendered = outputs.finish(result, findings.stream().map(this::line).toList());
    } catch (SimulationException e) {
      throw new UserError(ConfigPlaces.message(doc, e.getMessage()));
    } catch (IOException e) {
      throw new UserError("cannot write the outputs to " + dir + ": " + OutputDirectory.reason(e));
    } catch (UncheckedIOException e) {
      throw new UserError("cannot write the outputs to " + dir + ": " + OutputDirectory.reason(e.getCause()));
    }
    if (json) {
      stdout.print(new String(rendered.get(OutputFiles.SUMMARY), java.nio.charset.StandardCharsets.UTF_8));
    } else {
      stdout.print(human(result, dir));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private String line(Finding f) {
    return line(config, f);
  }

  /** One validator finding of {@code config} as the report and stderr list it. */
  static String line(Path config, Finding f) {
    String where = f.line() > 0 ? config + ":" + f.line() : config.toString();
    return f.severity() + " " + where + " " + f.ruleId() + ": " + f.message() + " (fix: " + f.fix() + ")";
  }


  static String baseName(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  static String human(SimulationResult r, Path dir) {
    Scores s = r.scores();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Simulated %s (%s) for %s under %s (seed %d)%n",
        r.config().autoScalingGroup().autoScalingGroupName(), r.instanceType(), minutes(r.minutes()),
        r.loadDescription(), r.seed()));
    b.append(String.format(Locale.ROOT, "  scaling:     %d scale-outs, %d scale-ins; %d instances launched, %d "
        + "terminated%n", s.scaleOutActivities(), s.scaleInActivities(), s.instancesLaunched(),
        s.instancesTerminated()));
    // A group with Spot time shows both options' hours and prices (aws-behaviour §7.11).
    String hours = s.spotInstanceHours() > 0
        ? String.format(Locale.ROOT, "%.2f On-Demand instance-hours at $%.4f/h + %.2f Spot at $%.4f/h",
            s.onDemandInstanceHours(), s.pricePerHour(), s.spotInstanceHours(), s.spotPricePerHour())
        : String.format(Locale.ROOT, "%.2f instance-hours at $%.4f/h", s.instanceHours(), s.pricePerHour());
    b.append(String.format(Locale.ROOT, "  cost:        $%.4f (%s%s%s%s)%n", s.cost(), hours,
        s.surplusCreditCost() > 0 ? String.format(Locale.ROOT, " + $%.4f surplus credits", s.surplusCreditCost()) : "",
        s.warmPoolCost() > 0 ? String.format(Locale.ROOT, " + $%.4f warm pool", s.warmPoolCost()) : "",
        s.monitoringCost() > 0 ? String.format(Locale.ROOT, " + $%.4f detailed monitoring", s.monitoringCost()) : ""));
    b.append(String.format(Locale.ROOT, "  unserved:    %.2f %% of demand (%d minutes with unserved demand)%n",
        s.unservedPercent(), s.minutesWithUnserved()));
    if (s.spotInterruptions() > 0 || s.capacityRebalanceLaunches() > 0) {
      // Spot interruptions and Capacity Rebalancing (aws-behaviour §7.7).
      b.append(String.format(Locale.ROOT, "  spot:        %d interrupted, %d Capacity Rebalancing launches; %d minutes "
          + "with unserved demand after an interruption%n", s.spotInterruptions(), s.capacityRebalanceLaunches(),
          s.unservedMinutesAfterInterruption()));
    }
    b.append(String.format(Locale.ROOT, "  CPU > %s %%: %d minutes; mean CPU %.1f %%, mean serving %.2f %s%n",
        trim(s.cpuThresholdPercent()), s.minutesCpuAboveThreshold(), nanZero(s.meanCpu()), s.meanServing(),
        CapacityUnit.of(r)));
    b.append(String.format(Locale.ROOT, "  elasticity:  θU %.2f %%, θO %.2f %%, τU %.2f %%, τO %.2f %%, "
        + "instability %.2f %%%n", s.thetaU(), s.thetaO(), s.tauU(), s.tauO(), s.instability()));
    if (s.demandRises() > 0) {
      b.append(String.format(Locale.ROOT, "  reaction:    %d demand rises scaled out; desired after %s min, capacity "
          + "after %s min (mean)%s%n", s.demandRises(), trim(s.meanMinutesToDesired()), trim(s.meanMinutesToCapacity()),
          s.demandRisesNeverMet() > 0 ? "; " + s.demandRisesNeverMet() + " never met" : ""));
    }
    if (s.demandRisesNotScaled() > 0) {
      b.append(String.format(Locale.ROOT, "  no reaction: %d demand rises above supply caused no scale-out (no reaction "
          + "time; `asgsim explain` says why)%n", s.demandRisesNotScaled()));
    }
    for (String note : r.notes()) {
      b.append("  note: ").append(note).append(System.lineSeparator());
    }
    b.append("Wrote ").append(dir.resolve(OutputFiles.REPORT)).append(" (and timeline.csv, activities.json, "
        + "summary.json, chart.png)").append(System.lineSeparator());
    return b.toString();
  }

  private static double nanZero(double v) {
    return Double.isNaN(v) ? 0 : v;
  }

  private static String trim(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String minutes(int m) {
    if (m % 1440 == 0) {
      return m / 1440 + " d";
    }
    if (m % 60 == 0) {
      return m / 60 + " h";
    }
    return m + " min";
  }

  /** Puts the load grammar, generated from the load shape registry, where the footer holds its placeholder. */
  static final class LoadHelp implements picocli.CommandLine.IModelTransformer {
    static final String PLACEHOLDER = "<load grammar>";

    @Override
    public CommandSpec transform(CommandSpec command) {
      String[] footer = command.usageMessage().footer();
      for (int i = 0; i < footer.length; i++) {
        if (footer[i].equals(PLACEHOLDER)) {
          footer[i] = LoadSpec.grammar();
        }
      }
      command.usageMessage().footer(footer);
      return command;
    }
  }

  /** A one-line progress bar on stderr, redrawn each percent. */
  private static final class Progress implements SimulationListener {
    private final PrintWriter err;
    private int last = -1;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void onMinute(int minute, int minutes) {
      int pct = (int) ((minute + 1) * 100L / minutes);
      if (pct != last) {
        last = pct;
        int bars = pct / 4;
        err.print("\r[" + "#".repeat(bars) + " ".repeat(25 - bars) + "] " + pct + " %");
        if (pct == 100) {
          err.println();
        }
        err.flush();
      }
    }
  }

}
