package dev.asgsim.cli;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.io.ConfigWriter;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.simulator.sweep.BestConfig;
import dev.asgsim.simulator.sweep.InvalidVariationException;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.report.ScoreText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code asgsim sweep --write-best FILE}: the recommended configuration as a config file for {@code plan} and
 * {@code apply} — the base config with the winning point's values applied, read back and judged by the validator as
 * {@code validate} judges a file, written atomically. Never a bench plug-in's point (AWS cannot run it: the
 * recommendation is already the cheapest point AWS can run), never from a sweep stopped early, and nothing at all
 * when no such point meets the SLO.
 */
final class BestConfigFile {
  private BestConfigFile() {}

  /** Writes the file, or says on {@code err} why it wrote nothing; true when written. */
  static boolean write(Path file, SweepResult result, Recommendation r, Path sweepFile, PrintWriter err) {
    SweepDefinition def = result.definition();
    String nothing = "; nothing was written to " + file;
    if (!result.complete()) {
      err.println("asgsim: --write-best: the sweep stopped early, so its best point is not known" + nothing);
      return false;
    }
    if (r.chosen() == null) {
      err.println("asgsim: --write-best: no configuration AWS can run meets the SLO" + (r.benchBest() == null ? ""
          : " (only the bench policy " + r.benchBest().label() + " does, and AWS Auto Scaling cannot run a plug-in)")
          + nothing);
      return false;
    }
    Recommendation.Summary best = r.chosen();
    ScalingConfig config;
    try {
      config = BestConfig.of(def, best.point());
    } catch (InvalidVariationException e) {
      throw new UserError("--write-best: the recommended point is not a valid config: " + e.getMessage() + nothing,
          ExitCodes.FINDINGS);
    }
    ConfigFormat format = ConfigFormat.of(file);
    String text = ConfigWriter.toString(config, format);
    if (format != ConfigFormat.JSON) {
      text = "# Written by 'asgsim sweep " + sweepFile + " --write-best': the recommended point"
          + (best.point().isBase() ? " is the base config" : " " + best.point().index() + ", " + best.label())
          + ".\n# " + r.objectiveScore().scoreName() + " " + ScoreText.value(r.objectiveScore(), best.objective())
          + " summed over the sweep's loads; " + (def.slo().isEmpty() ? "no SLO" : "meets the SLO on every load")
          + ". Check it with 'asgsim plan " + file + "'.\n" + text;
    }
    List<Finding> errors = errors(text, file, format);
    if (!errors.isEmpty()) {
      throw new UserError("--write-best: the validator refuses the recommended config" + nothing + ":\n"
          + String.join("\n", errors.stream().map(Finding::format).toList()), ExitCodes.FINDINGS);
    }
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("--write-best " + file + ": cannot write it: " + e.getMessage());
    }
    err.println("asgsim: wrote the recommended configuration (" + (best.point().isBase() ? "the base config"
        : "point " + best.point().index() + ": " + best.label()) + ") to " + file + "; 'asgsim plan " + file
        + "' shows what applying it changes.");
    List<String> simulated = BestConfig.simulationOnly(def, best.point());
    if (!simulated.isEmpty()) {
      boolean one = simulated.size() == 1;
      err.println("asgsim: note: " + String.join(", ", simulated) + (one ? " is a setting" : " are settings")
          + " of the simulation, written in the file's Simulation block; plan and apply do not deploy "
          + (one ? "it" : "them") + ".");
    }
    if (r.benchBest() != null) {
      err.println("asgsim: note: the cheaper bench policy " + r.benchBest().label() + " was not written: it is a "
          + "plug-in simulated for comparison that AWS Auto Scaling cannot run.");
    }
    err.flush();
    return true;
  }

  /** The ERROR findings of the text as written, read back as {@code validate} and {@code simulate} read a file. */
  private static List<Finding> errors(String text, Path file, ConfigFormat format) {
    ConfigDocument doc;
    try {
      doc = ConfigReader.parse(text, file.toString(), format);
    } catch (ConfigException e) {
      throw new IllegalStateException("the written config does not read back: " + e.getMessage(), e);
    }
    return ConfigGate.findings(doc, null).stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }
}
