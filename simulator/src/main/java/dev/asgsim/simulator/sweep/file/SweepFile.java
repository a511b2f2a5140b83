package dev.asgsim.simulator.sweep.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The sweep file as written (PascalCase members, like a config file). Bound with the config's mapping rules, so
 * that unknown members and wrong types are refused with a line number; {@link SweepReader} turns it into a
 * {@link SweepDefinition}.
 */
record SweepFile(
    Base base,
    LinkedHashMap<String, JsonNode> variations,
    List<JsonNode> policies,
    Sample sample,
    List<LoadCase> loads,
    Integer seeds,
    Long seed,
    LinkedHashMap<String, Double> slo,
    String sloStatistic,
    String objective) {

  /** {@code Base}: a config file path relative to the sweep file, or the config itself inline. */
  @JsonDeserialize(using = BaseDeserializer.class)
  record Base(String path, ScalingConfig inline, JsonLocation location) {}

  /** {@code Sample: {Mode: Grid}} or {@code {Mode: Random, Points: 20, Seed: 7}}. */
  record Sample(String mode, Integer points, Long seed) {}

  static final class BaseDeserializer extends JsonDeserializer<Base> {
    @Override
    public Base deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonLocation at = p.currentTokenLocation();
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        return new Base(p.getText(), null, at);
      }
      if (p.currentToken() == JsonToken.START_OBJECT) {
        return new Base(null, ctxt.readValue(p, ScalingConfig.class), at);
      }
      return (Base) ctxt.handleUnexpectedToken(Base.class, p.currentToken(), p,
          "Base must be a config file path or a config (AutoScalingGroup, ScalingPolicies, ...)");
    }
  }
}
