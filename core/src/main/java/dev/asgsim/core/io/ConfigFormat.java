package dev.asgsim.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** YAML or JSON, chosen by file name. */
public enum ConfigFormat {
  YAML,
  JSON;

  public static ConfigFormat of(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") ? JSON : YAML;
  }
}
