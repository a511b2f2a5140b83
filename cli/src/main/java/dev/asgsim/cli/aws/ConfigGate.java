package dev.asgsim.cli.aws;

import dev.asgsim.cli.ExitCodes;
import dev.asgsim.cli.UserError;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/**
 * The one gate before an account is planned or changed: the core {@link Validator}, as {@code asgsim validate}
 * runs it. ERROR findings refuse (exit 1, before any AWS call: AWS would refuse part of the plan and leave the
 * group half-changed); WARNINGs are returned for the command to show before it asks.
 */
final class ConfigGate {
  private ConfigGate() {}

  /** The WARNING findings; throws a {@link UserError} listing every ERROR finding when there is one. */
  static List<Finding> check(ConfigDocument doc, Clock clock) {
    List<Finding> findings = Validator.defaults().withNow(clock.instant()).validate(doc);
    List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new UserError(doc.file() + " has " + errors.size() + " error(s); nothing was planned or changed "
          + "(asgsim validate " + doc.file() + " lists every finding):\n"
          + String.join("\n", errors.stream().map(Finding::format).toList()), ExitCodes.FINDINGS);
    }
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /** Prints WARNINGs as {@code asgsim validate} words them, one block. */
  static void show(List<Finding> warnings, PrintWriter err) {
    if (warnings.isEmpty()) {
      return;
    }
    err.println("asgsim: " + warnings.size() + " warning(s) about the config (AWS accepts it, but read them):");
    warnings.forEach(f -> err.println(f.format()));
    err.flush();
  }
}
