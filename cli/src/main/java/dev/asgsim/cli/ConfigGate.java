package dev.asgsim.cli;

import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadResolver;
import dev.asgsim.simulator.load.LoadSpecException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one answer of {@code validate} and {@code simulate} about a config (issue 19 item 11): the core validator's
 * findings, judged the same way by both commands, plus the config's {@code Load} section, which {@code validate}
 * reports as an ERROR at its key and {@code simulate} refuses as bad input at the same file, line and key.
 *
 * <p>A one-off scheduled action's StartTime: AWS refuses an action scheduled in the past, at the moment
 * PutScheduledUpdateGroupAction is called (spec §5.1, "scheduling in the past is an error"). A simulation puts the
 * config into its group when simulated time starts, so "the past" is before the simulated start — the config's trace's
 * first timestamp, else {@link Simulation#DEFAULT_START} — for {@code simulate} and, reading the same config,
 * {@code validate}. (Against the wall clock, as {@code apply} must judge it, a replay of last month's trace could never
 * hold a one-off action, and the same file would get a different answer every day.)
 */
final class ConfigGate {
  private ConfigGate() {}

  /** {@code validate}'s check of a file: its Load section is parsed (not rendered) to learn the simulated start. */
  static List<Finding> check(ConfigDocument doc, Path configDir) {
    Instant start = null;
    LoadSpecException loadProblem = null;
    if (doc.config().load() != null && doc.config().load().spec() != null) {
      try {
        start = LoadResolver.check(doc.config().load(), configDir);
      } catch (LoadSpecException e) {
        loadProblem = e;
      }
    }
    List<Finding> findings = new ArrayList<>(findings(doc, start));
    if (loadProblem != null) {
      String path = "Load." + (loadProblem.input() == null ? "Spec" : loadProblem.input().configKey());
      findings.add(new Finding(Severity.ERROR, "load-spec", path, doc.sourceMap().find(path).orElse(null),
          path + ": " + loadProblem.getMessage(),
          "fix the load spec (asgsim simulate --help lists the grammar); a trace path is relative to the config"));
      // As the validator orders them: by severity, then by place in the file.
      findings.sort(Comparator.comparing(Finding::severity)
          .thenComparingInt(f -> f.line() == 0 ? Integer.MAX_VALUE : f.line())
          .thenComparingInt(f -> f.location() == null ? 0 : f.location().column()));
    }
    return findings;
  }

  /** Every validator finding about {@code doc} as simulated from {@code start} (null: the default start). */
  static List<Finding> findings(ConfigDocument doc, Instant start) {
    return Validator.defaults().withNow(start != null ? start : Simulation.DEFAULT_START).validate(doc);
  }
}
