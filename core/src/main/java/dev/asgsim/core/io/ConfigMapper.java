package dev.asgsim.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place where the file format's mapping rules live: PascalCase member names exactly as the AWS API spells
 * them, absent members omitted, ISO-8601 timestamps, unknown members refused.
 */
public final class ConfigMapper {
  private ConfigMapper() {}

  public static ObjectMapper json() {
    return configure(JsonMapper.builder()).build()
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  public static ObjectMapper yaml() {
    YAMLFactory factory = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .build();
    return configure(YAMLMapper.builder(factory)).build();
  }

  /**
   * A copy of {@code mapper} that skips members it does not know: for AWS CLI output, which carries read-only members
   * (ARNs, instances, timestamps) and gains new members whenever AWS adds a feature.
   */
  public static ObjectMapper lenient(ObjectMapper mapper) {
    return mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(
      B builder) {
    return builder
        .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        // YAML users write `Version: 2` for a launch template version the API types as text: accept a whole number
        // where text is expected, and nothing looser.
        .withCoercionConfig(LogicalType.Textual,
            c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        // Blank or control-character text where a number or a boolean belongs is a wrong type, not "not set"
        // (HealthCheckGracePeriod: "\u0000" must not become 0, a blank bound must not become +infinity).
        .withCoercionConfig(LogicalType.Integer, ConfigMapper::noBlankAsEmpty)
        .withCoercionConfig(LogicalType.Float, ConfigMapper::noBlankAsEmpty)
        .withCoercionConfig(LogicalType.Boolean, ConfigMapper::noBlankAsEmpty);
  }

  private static void noBlankAsEmpty(com.fasterxml.jackson.databind.cfg.MutableCoercionConfig c) {
    c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail).setAcceptBlankAsEmpty(false);
  }
}
