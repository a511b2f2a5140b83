package dev.asgsim.cli;

import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.Location;
import dev.asgsim.simulator.load.LoadSpecException;

/**
 * Says where a bad load setting came from: the option ({@code --load: …}) or the config key with its file, line and
 * column ({@code group.yaml:52:3: Load.Spec: …}).
 */
final class LoadErrors {
  private LoadErrors() {}

  static String located(LoadSpecException e, ConfigDocument doc) {
    LoadSpecException.Input input = e.input();
    if (input == null) {
      return e.getMessage();
    }
    if (!e.fromConfig()) {
      return input.option() + ": " + e.getMessage();
    }
    String key = "Load." + input.configKey();
    Location at = doc.sourceMap().find(key).orElse(new Location(doc.file(), 0, 0));
    return new Location(doc.file(), at.line(), at.column()) + ": " + key + ": " + e.getMessage();
  }
}
