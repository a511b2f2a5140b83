package dev.asgsim.cli;

import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.Location;
import dev.asgsim.simulator.load.LoadSpecException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a place on messages about a config: the option or the {@code Load} key a bad load setting came from, and the
 * line of the config path a simulation message starts with.
 */
final class ConfigPlaces {
  /** A config path at the start of a message, e.g. {@code Simulation.CreditSpecification}. */
  private static final Pattern PATH = Pattern.compile("^[A-Z][A-Za-z]*(\\.[A-Z][A-Za-z]*)+");

  private ConfigPlaces() {}

  /** {@code --load: …}, or {@code group.yaml:52:3: Load.Spec: …} when the setting came from the config. */
  static String load(LoadSpecException e, ConfigDocument doc) {
    LoadSpecException.Input input = e.input();
    if (input == null) {
      return e.getMessage();
    }
    if (!e.fromConfig()) {
      return input.option() + ": " + e.getMessage();
    }
    String key = "Load." + input.configKey();
    return at(doc, doc.sourceMap().find(key)) + ": " + key + ": " + e.getMessage();
  }

  /**
   * {@code file:line:col: message} when the message starts with a config path the file spells (or whose section it
   * spells); {@code file: message} otherwise (a member that is missing has no place).
   */
  static String message(ConfigDocument doc, String message) {
    Matcher m = PATH.matcher(message);
    return at(doc, m.find() ? doc.sourceMap().find(m.group()) : Optional.empty()) + ": " + message;
  }

  private static String at(ConfigDocument doc, Optional<Location> where) {
    return where.map(l -> new Location(doc.file(), l.line(), l.column()))
        .orElse(new Location(doc.file(), 0, 0)).toString();
  }
}
