package dev.asgsim.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.ScalingConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a config file (YAML or JSON, the tree of DESIGN.md). */
public final class ConfigReader {
  private static final ObjectMapper YAML = ConfigMapper.yaml();
  private static final ObjectMapper JSON = ConfigMapper.json();

  private ConfigReader() {}

  public static ScalingConfig read(Path path) throws IOException {
    return parse(Files.readString(path), ConfigFormat.of(path));
  }

  public static ScalingConfig parse(String text, ConfigFormat format) throws IOException {
    return (format == ConfigFormat.JSON ? JSON : YAML).readValue(text, ScalingConfig.class);
  }
}
