package dev.asgsim.aws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.io.SourceMap;
import java.io.UncheckedIOException;

/**
 * A plan written by {@code plan -o PLAN} for {@code apply PLAN}: the config as it was read, the options, the account
 * and Region, the fingerprint of the live state it was computed from, and the plan itself. Applying it re-reads the
 * live group and goes ahead only when nothing changed since, so what runs is exactly what was reviewed.
 */
public record SavedPlan(AwsTarget target, String configFile, PlanOptions options, ConfigDocument config,
    String planJson, String liveFingerprint) {
  /** The root key that marks a saved plan (and its format version). */
  public static final String FORMAT_KEY = "AsgsimSavedPlan";
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = ConfigMapper.json();

  public static SavedPlan of(AwsTarget target, String configFile, PlanOptions options, ConfigDocument config,
      Plan plan) {
    return new SavedPlan(target, configFile, options, config, PlanPrinter.json(plan), plan.liveFingerprint());
  }

  /** Whether {@code text} is a saved plan rather than a config (cheap look at the root key). */
  public static boolean isSavedPlan(String text) {
    try {
      JsonNode root = JSON.readTree(text);
      return root != null && root.isObject() && root.has(FORMAT_KEY);
    } catch (JsonProcessingException notJson) {
      return false;
    }
  }

  /** Whether {@code plan}, computed now, is the plan that was saved: same live state, same changes. */
  public boolean matches(Plan plan) {
    try {
      return liveFingerprint.equals(plan.liveFingerprint())
          && JSON.readTree(planJson).equals(JSON.readTree(PlanPrinter.json(plan)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put(FORMAT_KEY, FORMAT);
    root.put("Account", target.account());
    root.put("Region", target.region());
    root.put("ConfigFile", configFile);
    root.put("SetDesired", options.setDesired());
    root.put("Prune", options.prune());
    root.put("LiveFingerprint", liveFingerprint);
    root.set("Config", JSON.valueToTree(config.config()));
    try {
      root.set("Plan", JSON.readTree(planJson));
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a saved plan.
   *
   * @throws SavedPlanException when the text is not a saved plan of this format
   */
  public static SavedPlan parse(String text, String file) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new SavedPlanException(file + ": not a saved plan (not JSON: " + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.has(FORMAT_KEY)) {
      throw new SavedPlanException(file + ": not a saved plan (no " + FORMAT_KEY + " key); write one with "
          + "'asgsim plan CONFIG -o " + file + "'");
    }
    if (root.get(FORMAT_KEY).asInt() != FORMAT) {
      throw new SavedPlanException(file + ": saved plan format " + root.get(FORMAT_KEY).asText() + " is not "
          + FORMAT + ", the one this asgsim writes; plan again");
    }
    for (String key : new String[] {"Account", "Region", "LiveFingerprint", "Config", "Plan"}) {
      if (!root.hasNonNull(key)) {
        throw new SavedPlanException(file + ": saved plan has no " + key + "; plan again");
      }
    }
    ConfigDocument config;
    try {
      ConfigDocument read = ConfigReader.parse(root.get("Config").toString(), file, ConfigFormat.JSON);
      // Lines of the one-line JSON inside the plan file help nobody: findings name the member path instead.
      config = new ConfigDocument(file, read.config(), SourceMap.EMPTY, read.source());
    } catch (ConfigException e) {
      throw new SavedPlanException(file + ": its Config no longer reads: " + e.getMessage());
    }
    try {
      return new SavedPlan(new AwsTarget(root.get("Account").asText(), root.get("Region").asText()),
          root.path("ConfigFile").asText(null),
          new PlanOptions(root.path("SetDesired").asBoolean(), root.path("Prune").asBoolean()), config,
          JSON.writeValueAsString(root.get("Plan")) + "\n", root.get("LiveFingerprint").asText());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A saved plan that cannot be read. */
  public static final class SavedPlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SavedPlanException(String message) {
      super(message);
    }
  }
}
