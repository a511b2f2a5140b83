package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.io.ConfigMapper;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A named set of AWS policies on a sweep's Policies axis, read from its JSON tree when the file is read and again when the runner resolves it. */
public final class InlinePolicySet {
  private static final ObjectMapper JSON = ConfigMapper.json();

  private InlinePolicySet() {}

  /**
   * An inline set of AWS policies on the Policies axis: {@code {Name: step, ScalingPolicies: [...]}}, the
   * PutScalingPolicy members of a config file. Returns them bound, or says what is wrong.
   */
  public static List<ScalingPolicy> parse(JsonNode entry) {
    JsonNode name = entry.get("Name");
    JsonNode policies = entry.get("ScalingPolicies");
    if (name == null || !name.isTextual() || name.asText().isBlank()) {
      throw new IllegalArgumentException("an inline policy set needs a Name, e.g. {Name: step, ScalingPolicies: [...]}");
    }
    if (policies == null || !policies.isArray()) {
      throw new IllegalArgumentException("policy set " + name.asText() + " needs ScalingPolicies: a list of policies");
    }
    for (java.util.Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!field.equals("Name") && !field.equals("ScalingPolicies")) {
        throw new IllegalArgumentException("policy set " + name.asText() + ": unknown member '" + field
            + "'; known members: Name, ScalingPolicies");
      }
    }
    try {
      return List.of(JSON.treeToValue(policies, ScalingPolicy[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("policy set " + name.asText() + ": " + friendly(e));
    }
  }

  /** Jackson's message without Java type names: what was wrong, in the file's member names. */
  public static String friendly(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : "; known members: "
          + u.getKnownPropertyIds().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new))
          .stream().collect(Collectors.joining(", "));
      return "unknown member '" + u.getPropertyName() + "'" + known;
    }
    String message = e.getOriginalMessage();
    // Jackson's wording names Java types; keep the first sentence, which says what was wrong.
    int cut = message.indexOf(" at [Source");
    return cut > 0 ? message.substring(0, cut) : message.lines().findFirst().orElse(message);
  }
}
