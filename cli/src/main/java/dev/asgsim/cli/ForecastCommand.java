package dev.asgsim.cli;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.forecast.ForecastJson;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.LoadSpecException;
import dev.asgsim.simulator.predictive.ForecastException;
import dev.asgsim.simulator.predictive.LoadForecast;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code asgsim forecast}: the 48-hour hourly forecast of a config's predictive policy at a time, from a load's
 * history, printed in the shape of GetPredictiveScalingForecast (aws-behaviour §5.2) so it can be held beside AWS's.
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
        // The first line is the command's summary in 'asgsim --help': a whole sentence.
        "Print the 48-hour hourly forecast a predictive policy of CONFIG would make from the load before --at.",
        "Printed as aws autoscaling get-predictive-scaling-forecast prints it (LoadForecast, CapacityForecast, "
            + "UpdateTime).",
        "The forecast is remade every 6 hours (aws-behaviour §5.2): UpdateTime is the latest such time at or before --at.",
        "The load is read as the load metric of a group that keeps up with it; capacity = ceil(load / target)."},
    footer = {"", "Examples:",
        "  asgsim forecast examples/predictive-daily.yaml --load examples/loads/nasa-http-1995-hourly.csv",
        "  asgsim forecast group.yaml --load 'sine(200, 100, 24h, 14h)' --duration 3d --at 2024-01-03T06:00:00Z",
        "", "Exit codes: 0 ok, 1 the config has validation errors, 2 bad input (no predictive policy, a load",
        "  under 24 hours before --at, a bad time or file)."})
public final class ForecastCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The config (YAML or JSON).")
  Path config;

  @Option(names = "--load", paramLabel = "SPEC|FILE.csv",
      description = "The load history: a load spec or a trace CSV (default: the config's Load).")
  String load;

  @Option(names = "--duration", paramLabel = "DURATION", converter = DurationText.class,
      description = "How much of the load to read, e.g. 14d (default: the Load's Duration or the trace's length).")
  String duration;

  @Option(names = "--at", paramLabel = "TIME",
      description = "Forecast at this UTC time, e.g. 2024-01-15T06:00:00Z (default: the end of the load).")
  String at;

  @Option(names = "--policy", paramLabel = "NAME", description = "The predictive policy (default: the first).")
  String policy;

  @Mixin
  ForecastOptions source;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ConfigDocument doc = ConfigLoading.loadOrFail(config);
    ScalingConfig cfg = doc.config();
    var findings = Validator.defaults().validate(doc);
    if (Validator.hasErrors(findings)) {
      stderr.println(config + ": AWS would refuse this config; fix its errors first (asgsim validate shows them all)");
      findings.stream().filter(f -> f.severity() == Severity.ERROR)
          .forEach(f -> stderr.println("  " + f.ruleId() + ": " + f.message()));
      stderr.flush();
      return ExitCodes.FINDINGS;
    }
    if (cfg.autoScalingGroup() == null) {
      throw new UserError(config + ": no AutoScalingGroup section; see examples/predictive-daily.yaml");
    }
    LoadResolver.Resolved resolved;
    try {
      resolved = LoadResolver.resolve(load, cfg.load(), config.toAbsolutePath().getParent(), null, duration, null, 1);
    } catch (LoadSpecException e) {
      throw new UserError(ConfigPlaces.load(e, doc));
    }
    long start = (resolved.start() != null ? resolved.start() : dev.asgsim.simulator.Simulation.DEFAULT_START)
        .getEpochSecond();
    long end = start + 60L * resolved.series().minutes();
    long when = end;
    if (at != null) {
      try {
        when = Instant.parse(at).getEpochSecond();
      } catch (DateTimeParseException e) {
        throw new UserError("--at " + at + " is not a UTC time; write e.g. 2024-01-15T06:00:00Z");
      }
    }
    LoadForecast f;
    try {
      f = LoadForecast.at(cfg, policy, resolved.series(), start, when, source.supplierOrNull());
    } catch (ForecastException e) {
      throw new UserError(config + ": " + e.getMessage());
    }
    stderr.println("asgsim: forecast of policy " + f.policy() + " by " + f.source() + " (aws-behaviour §5.2; AWS's model is "
        + "not disclosed, this is the simulator's)");
    stderr.flush();
    stdout.println(render(f));
    stdout.flush();
    return ExitCodes.OK;
  }

  /** GetPredictiveScalingForecast's output shape; hours without a forecast are left out. */
  static String render(LoadForecast f) {
    List<Instant> lt = new ArrayList<>();
    List<Double> lv = new ArrayList<>();
    List<Instant> ct = new ArrayList<>();
    List<Double> cv = new ArrayList<>();
    for (int k = 0; k < f.hours().length; k++) {
      Instant t = Instant.ofEpochSecond(f.hours()[k]);
      if (!Double.isNaN(f.load()[k])) {
        lt.add(t);
        lv.add(Math.round(f.load()[k] * 1e6) / 1e6);
      }
      if (f.capacity()[k] >= 0) {
        ct.add(t);
        cv.add((double) f.capacity()[k]);
      }
    }
    return ForecastJson.render(List.of(new ForecastJson.Load(new ForecastJson.Series(lt, lv), f.metric())),
        new ForecastJson.Series(ct, cv), Instant.ofEpochSecond(f.updateTime()));
  }
}
