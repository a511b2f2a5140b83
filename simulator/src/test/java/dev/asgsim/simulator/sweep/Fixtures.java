package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

final class Fixtures {
  static final Path EXAMPLES = Path.of("../examples");

  private Fixtures() {}

  static ScalingConfig seed() {
    try {
      return ConfigReader.read(EXAMPLES.resolve("fastcampus-nginx.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JsonNode> ints(int... values) {
    return Arrays.stream(values).mapToObj(v -> (JsonNode) IntNode.valueOf(v)).toList();
  }

  static List<JsonNode> texts(String... values) {
    return Arrays.stream(values).map(v -> (JsonNode) TextNode.valueOf(v)).toList();
  }
}
