package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.config.LoadSettings;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.io.ConfigWriter;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.load.LoadSpecException;
import dev.asgsim.simulator.sweep.BestConfig;
import dev.asgsim.simulator.sweep.InvalidVariationException;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepResult;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What {@code --write-best FILE} writes, one home for {@code asgsim sweep} and the Spark job (so their files are the
 * same, byte for byte): the recommended configuration as a config file for {@code plan} and {@code apply} — the base
 * config with the winning point's values applied ({@link BestConfig}), its relative trace paths moved to the new
 * file's directory, read back and judged by the validator as {@code validate} judges a file. Never a bench plug-in's
 * point (AWS cannot run it: the recommendation is already the cheapest point AWS can run), never from a sweep stopped
 * early, and nothing at all when no such point meets the SLO.
 */
public final class BestConfigText {
  private BestConfigText() {}

  /** Nothing is written; the message (without the tool's name) says why. The sweep then exits 1. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * @param text  the file's content
   * @param notes what to tell the user once it is written, one line each (without the tool's name)
   */
  public record Written(String text, List<String> notes) {}

  /**
   * The text of {@code file} for the sweep {@code sweepName}.
   *
   * @param tracePath a relative trace path of the base config's {@code Load} (relative to the base config) → as the
   *                  new file must name it ({@link #relocate})
   */
  public static Written of(SweepResult result, Recommendation r, String sweepName, String file, ConfigFormat format,
      UnaryOperator<String> tracePath) throws Refused {
    SweepDefinition def = result.definition();
    String nothing = "; nothing was written to " + file;
    if (!result.complete()) {
      throw new Refused("--write-best: the sweep stopped early, so its best point is not known" + nothing);
    }
    if (r.chosen() == null) {
      throw new Refused("--write-best: no configuration AWS can run meets the SLO" + (r.benchBest() == null ? ""
          : " (only the bench policy " + r.benchBest().label() + " does, and AWS Auto Scaling cannot run a plug-in)")
          + nothing);
    }
    Recommendation.Summary best = r.chosen();
    ScalingConfig config;
    try {
      config = withTracesFrom(BestConfig.of(def, best.point()), tracePath);
    } catch (InvalidVariationException e) {
      throw new Refused("--write-best: the recommended point is not a valid config: " + e.getMessage() + nothing);
    }
    String text = ConfigWriter.toString(config, format);
    if (format != ConfigFormat.JSON) {
      text = "# Written by 'asgsim sweep " + sweepName + " --write-best': the recommended point"
          + (best.point().isBase() ? " is the base config" : " " + best.point().index() + ", " + best.label())
          + ".\n# " + r.objectiveScore().scoreName() + " " + ScoreText.value(r.objectiveScore(), best.objective())
          + " summed over the sweep's loads; " + (def.slo().isEmpty() ? "no SLO" : "meets the SLO on every load")
          + ". Check it with 'asgsim plan " + file + "'.\n" + text;
    }
    List<Finding> errors = errors(text, file, format);
    if (!errors.isEmpty()) {
      throw new Refused("--write-best: the validator refuses the recommended config" + nothing + ":\n"
          + String.join("\n", errors.stream().map(Finding::format).toList()));
    }
    List<String> notes = new ArrayList<>();
    notes.add("wrote the recommended configuration (" + (best.point().isBase() ? "the base config"
        : "point " + best.point().index() + ": " + best.label()) + ") to " + file + "; 'asgsim plan " + file
        + "' shows what applying it changes.");
    List<String> simulated = BestConfig.simulationOnly(def, best.point());
    if (!simulated.isEmpty()) {
      boolean one = simulated.size() == 1;
      notes.add("note: " + String.join(", ", simulated) + (one ? " is a setting" : " are settings")
          + " of the simulation, written in the file's Simulation block; plan and apply do not deploy "
          + (one ? "it" : "them") + ".");
    }
    if (r.benchBest() != null) {
      notes.add("note: the cheaper bench policy " + r.benchBest().label() + " was not written: it is a "
          + "plug-in simulated for comparison that AWS Auto Scaling cannot run.");
    }
    return new Written(text, notes);
  }

  /**
   * Where a trace path of a config in directory {@code from} points from a file in directory {@code to}: an absolute
   * path stays as written; a relative one is made relative to {@code to} when both are on the same file system
   * (scheme and authority), else absolute (a local path, or the URI on a remote file system). Directories are
   * absolute {@code file:} URIs, or Hadoop-qualified ones from the Spark job.
   */
  public static UnaryOperator<String> relocate(URI from, URI to) {
    return trace -> {
      if (Path.of(trace).isAbsolute()) {
        return trace;
      }
      Path target = Path.of(from.getPath()).resolve(trace).normalize();
      boolean sameFileSystem = Objects.equals(scheme(from), scheme(to))
          && Objects.equals(from.getAuthority(), to.getAuthority());
      if (sameFileSystem) {
        return Path.of(to.getPath()).normalize().relativize(target).toString();
      }
      return "file".equals(scheme(from)) ? target.toString() : from.resolve(target.toUri().getRawPath()).toString();
    };
  }

  private static String scheme(URI uri) {
    return uri.getScheme() == null ? "file" : uri.getScheme();
  }

  /**
   * {@code config} with the trace paths of its Load's spec, and its Spot histories ({@code Simulation.Spot.
   * PriceHistory}, {@code InterruptionHistory}: relative to the config file too), passed through {@code tracePath}.
   */
  private static ScalingConfig withTracesFrom(ScalingConfig original, UnaryOperator<String> tracePath) {
    ScalingConfig config = withSpotHistoriesFrom(original, tracePath);
    LoadSettings load = config.load();
    if (load == null || load.spec() == null) {
      return config;
    }
    String spec;
    try {
      spec = LoadSpec.renameTraceFiles(load.spec(), tracePath);
    } catch (LoadSpecException e) {
      return config; // written as it was: 'asgsim validate' on the file reports it at its line
    }
    if (spec.equals(load.spec())) {
      return config;
    }
    return config.toBuilder().load(new LoadSettings(spec, load.scale(), load.gaps(), load.duration(),
        load.description(), load.traceEnd())).build();
  }

  private static ScalingConfig withSpotHistoriesFrom(ScalingConfig config, UnaryOperator<String> path) {
    SimulationSettings s = config.simulation();
    SpotSettings spot = s == null ? null : s.spot();
    if (spot == null || spot.priceHistory() == null && spot.interruptionHistory() == null) {
      return config;
    }
    UnaryOperator<String> move = p -> p == null || p.isBlank() ? p : path.apply(p.trim());
    return config.toBuilder().simulation(s.toBuilder().spot(spot.withHistories(move.apply(spot.priceHistory()),
        move.apply(spot.interruptionHistory()))).build()).build();
  }

  /** The ERROR findings of the text as written, read back as {@code validate} and {@code simulate} read a file. */
  private static List<Finding> errors(String text, String file, ConfigFormat format) {
    ConfigDocument doc;
    try {
      doc = ConfigReader.parse(text, file, format);
    } catch (ConfigException e) {
      throw new IllegalStateException("the written config does not read back: " + e.getMessage(), e);
    }
    // As cli.ConfigGate judges a config simulated from the default start.
    return Validator.defaults().withNow(Simulation.DEFAULT_START).validate(doc).stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
  }
}
