package dev.asgsim.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.ScalingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a config as YAML or JSON, in the same tree the reader takes. */
public final class ConfigWriter {
  private static final ObjectMapper YAML = ConfigMapper.yaml();
  private static final ObjectMapper JSON = ConfigMapper.json();

  private ConfigWriter() {}

  public static String toString(ScalingConfig config, ConfigFormat format) {
    try {
      return (format == ConfigFormat.JSON ? JSON : YAML).writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes through a temporary file and a rename, so a failure never leaves half a file behind. */
  public static void write(ScalingConfig config, Path path) throws IOException {
    AtomicFiles.write(path, toString(config, ConfigFormat.of(path)).getBytes(StandardCharsets.UTF_8));
  }

}
