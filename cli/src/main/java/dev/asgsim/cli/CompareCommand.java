package dev.asgsim.cli;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationException;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.LoadSpecException;
import dev.asgsim.simulator.report.CompareReport;
import dev.asgsim.simulator.report.OutputFiles;
import dev.asgsim.simulator.report.WarmPoolComparison;
import dev.asgsim.simulator.report.chart.CompareData;
import dev.asgsim.simulator.score.Scores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code asgsim compare}: simulates two or more configs under the same load and seed and writes one report comparing
 * them, plus each config's own outputs in a folder named after it.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    modelTransformer = SimulateCommand.LoadHelp.class,
    description = {
        "Simulate two or more configs under the same load and seed and compare them.",
        "Writes compare.html (scores side by side with the differences from the first config, the runs overlaid,",
        "every config's activities) and compare.png into --out, and each config's simulate outputs into",
        "--out/<config name>/. Without --load the first config's Load section is used for all, else the default",
        "spike " + LoadResolver.DEFAULT_SPEC + " for " + LoadResolver.DEFAULT_SPIKE_DURATION + ".",
        "Capacity is drawn in the configs' unit (instances, capacity units, vCPUs or MiB); configs that count it",
        "differently (DesiredCapacityType vcpu beside instances) get a panel each, and the output says so."},
    footer = {"", SimulateCommand.LoadHelp.PLACEHOLDER, "",
        "Examples:",
        "  asgsim compare examples/fastcampus-nginx.yaml tuned.yaml --out out/compare",
        "  asgsim compare a.yaml b.yaml c.yaml --load 'sine(50, 30, 24h, 14h) + noise(5)' --duration 7d",
        "", "Exit codes: 0 ok, 1 a config has validation errors (asgsim validate lists them),",
        "  2 bad input (unreadable config, bad load spec, corrupt trace, unwritable --out)."})
public final class CompareCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "CONFIG", description = "The configs to compare (YAML or JSON), the "
      + "first is the baseline of the differences.")
  List<Path> configs;

  @Mixin
  LoadOptions loadOptions;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default ${DEFAULT-VALUE}).",
      defaultValue = "out/compare")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    List<ConfigDocument> docs = new ArrayList<>();
    List<List<String>> findings = new ArrayList<>();
    for (Path config : configs) {
      ConfigDocument doc = ConfigLoading.loadOrFail(config);
      List<Finding> fs = Validator.defaults().validate(doc);
      if (Validator.hasErrors(fs)) {
        stderr.println(config + ": AWS would refuse this config; fix its errors first (asgsim validate shows them "
            + "all):");
        fs.stream().filter(f -> f.severity() == Severity.ERROR)
            .forEach(f -> stderr.println("  " + SimulateCommand.line(config, f)));
        stderr.flush();
        return ExitCodes.FINDINGS;
      }
      if (doc.config().autoScalingGroup() == null) {
        throw new UserError(config + ": no AutoScalingGroup section; see examples/fastcampus-nginx.yaml");
      }
      docs.add(doc);
      findings.add(fs.stream().map(f -> SimulateCommand.line(config, f)).toList());
    }
    OutputDirectory.check(out);
    ScalingConfig first = docs.get(0).config();
    LoadResolver.Resolved resolved;
    try {
      resolved = loadOptions.resolve(first.load(), configs.get(0).toAbsolutePath().getParent());
    } catch (LoadSpecException e) {
      throw new UserError(e.getMessage());
    }
    List<String> names = names(configs);
    List<SimulationResult> results = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      try {
        Simulation.Builder b =
            Simulation.builder(docs.get(i).config()).load(resolved.series()).seed(loadOptions.seed)
                .configDirectory(configs.get(i).toAbsolutePath().getParent());
        if (resolved.start() != null) {
          b.startTime(resolved.start());
        }
        results.add(b.build().run());
      } catch (SimulationException e) {
        throw new UserError(configs.get(i) + ": " + e.getMessage());
      }
    }
    try {
      for (int i = 0; i < results.size(); i++) {
        OutputFiles.write(out.resolve(names.get(i)), OutputFiles.render(results.get(i), findings.get(i)));
      }
      OutputFiles.write(out, CompareReport.render(names, results));
    } catch (IOException e) {
      throw new UserError("cannot write the outputs to " + out + ": " + OutputDirectory.reason(e));
    }
    stdout.print(human(names, results, loadOptions.load == null && differentLoads(docs)));
    stdout.println("Wrote " + out.resolve(CompareReport.HTML) + " (and compare.png; each config's outputs in "
        + out + "/<name>/)");
    stdout.flush();
    return ExitCodes.OK;
  }

  /** Each config's file name without extension; a repeated name gets -2, -3, … */
  static List<String> names(List<Path> configs) {
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path p : configs) {
      String base = SimulateCommand.baseName(p);
      String name = base;
      for (int k = 2; !seen.add(name); k++) {
        name = base + "-" + k;
      }
      names.add(name);
    }
    return names;
  }

  private static boolean differentLoads(List<ConfigDocument> docs) {
    return docs.stream().anyMatch(d -> !Objects.equals(d.config().load(), docs.get(0).config().load()));
  }

  static String human(List<String> names, List<SimulationResult> results, boolean otherLoadsIgnored) {
    SimulationResult first = results.get(0);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Compared %d configs for %s under %s (seed %d)%n", results.size(),
        SimulateCommand.minutes(first.minutes()), first.loadDescription(), first.seed()));
    if (otherLoadsIgnored) {
      b.append("  note: the configs' Load sections differ; all ran under the first config's (use --load to choose)")
          .append(System.lineSeparator());
    }
    String unitNote = CompareData.unitNote(names, results);
    if (unitNote != null) {
      b.append("  note: ").append(unitNote).append(" (compare.png, compare.html)").append(System.lineSeparator());
    }
    int width = names.stream().mapToInt(String::length).max().orElse(4);
    b.append(String.format(Locale.ROOT, "  %-" + width + "s  %10s  %10s  %10s  %10s%n", "config", "cost $",
        "unserved %", "scale-outs", "scale-ins"));
    for (int i = 0; i < results.size(); i++) {
      Scores s = results.get(i).scores();
      b.append(String.format(Locale.ROOT, "  %-" + width + "s  %10.4f  %10.2f  %10d  %10d%n", names.get(i), s.cost(),
          s.unservedPercent(), s.scaleOutActivities(), s.scaleInActivities()));
    }
    WarmPoolComparison pool = WarmPoolComparison.of(results);
    if (pool != null) {
      b.append(pool.text(names));
    }
    return b.toString();
  }
}
