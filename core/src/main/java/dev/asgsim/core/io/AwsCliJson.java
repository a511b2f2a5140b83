package dev.asgsim.core.io;

// Over 400 lines because one reader for the three describe-* documents AWS prints (groups, policies, scheduled
// actions), so their shared conventions (CLI v1/v2 timestamps, empty mappings, members asgsim skips) have one home.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.ScalingConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the AWS CLI prints (aws-behaviour §10) into a {@link ScalingConfig}:
 * <ul>
 *   <li>{@code aws autoscaling describe-auto-scaling-groups} → {@code {"AutoScalingGroups":[...]}}: one group, chosen
 *       by name when there are several;</li>
 *   <li>{@code aws autoscaling describe-policies} → {@code {"ScalingPolicies":[...]}}: the chosen group's policies;</li>
 *   <li>{@code aws autoscaling describe-scheduled-actions} → {@code {"ScheduledUpdateGroupActions":[...]}};</li>
 *   <li>{@code aws autoscaling describe-lifecycle-hooks} → {@code {"LifecycleHooks":[...]}}: the group's
 *       {@code LifecycleHookSpecificationList} (aws-behaviour §6.5), in any slot or merged into another file.</li>
 * </ul>
 * CLI v1 ({@code 2023-03-09T22:15:11.611Z}) and v2 ({@code 2023-03-09T22:15:11.611000+00:00}) timestamps are both
 * accepted. When all {@code Instances} share one {@code InstanceType}, it becomes {@code Simulation.InstanceType}
 * (the rest of Instances is live state and is ignored). A launch template printed with both its id and its name keeps the name (the API takes one). Read-only
 * members that describe the live group rather than its configuration are ignored on purpose
 * ({@link #IGNORED_GROUP_MEMBERS}, {@link #IGNORED_POLICY_MEMBERS}); {@code EnabledMetrics} becomes
 * {@code MetricsCollection}; a step or simple policy's {@code Alarms[0].AlarmName} becomes {@code Alarm.AlarmName}
 * (the alarm's metric and threshold are not in this output: copy them from {@code aws cloudwatch describe-alarms}).
 * Members this version does not model are skipped, so newer CLI output still reads.
 */
public final class AwsCliJson {
  /** Live state, identifiers and settings asgsim does not simulate. */
  public static final Set<String> IGNORED_GROUP_MEMBERS = Set.of(
      "AutoScalingGroupARN", "Instances", "CreatedTime", "SuspendedProcesses", "Status", "PredictedCapacity",
      "WarmPoolSize", "Context", "AvailabilityZoneIds", "DeletionProtection",
      "AvailabilityZoneDistribution", "AvailabilityZoneImpairmentPolicy", "CapacityReservationSpecification",
      "InstanceLifecyclePolicy", "Operator", "EnabledMetrics");
  /** {@code Alarms} is turned into {@code Alarm}; the rest identify the policy in the account. */
  public static final Set<String> IGNORED_POLICY_MEMBERS = Set.of("AutoScalingGroupName", "PolicyARN", "Alarms");
  public static final Set<String> IGNORED_ACTION_MEMBERS =
      Set.of("AutoScalingGroupName", "ScheduledActionARN", "Time");
  /** {@code GlobalTimeout} is AWS's own limit, min(48 h, 100 × HeartbeatTimeout) (aws-behaviour §6.5), not a setting. */
  public static final Set<String> IGNORED_HOOK_MEMBERS = Set.of("AutoScalingGroupName", "GlobalTimeout");
  private static final List<String> ROOTS =
      List.of("AutoScalingGroups", "ScalingPolicies", "ScheduledUpdateGroupActions", "LifecycleHooks");

  private static final ObjectMapper LENIENT = ConfigMapper.lenient(ConfigMapper.json());

  private AwsCliJson() {}

  /**
   * Builds a config from CLI output given as text.
   *
   * @param groupsJson   {@code describe-auto-scaling-groups} output
   * @param policiesJson {@code describe-policies} output, or {@code null}
   * @param groupName    the group to take when the output holds several, or {@code null}
   * @throws ConfigException when a text is unreadable, or the group cannot be chosen (the message lists the names)
   */
  public static ScalingConfig fromDescribeOutput(String groupsJson, String policiesJson, String groupName)
      throws ConfigException {
    return fromDescribeOutput(groupsJson, policiesJson, null, groupName);
  }

  /** As {@link #fromDescribeOutput(String, String, String)}, with {@code describe-scheduled-actions} output too. */
  public static ScalingConfig fromDescribeOutput(
      String groupsJson, String policiesJson, String scheduledActionsJson, String groupName) throws ConfigException {
    return fromParsed(
        text(groupsJson, "describe-auto-scaling-groups output"),
        policiesJson == null ? null : text(policiesJson, "describe-policies output"),
        scheduledActionsJson == null ? null : text(scheduledActionsJson, "describe-scheduled-actions output"),
        groupName).config();
  }

  /** Reads CLI output files; {@code policies} and {@code scheduledActions} may be {@code null}. */
  public static ConfigDocument load(Path groups, Path policies, Path scheduledActions, String groupName)
      throws ConfigException {
    return load(groups, policies, scheduledActions, null, groupName);
  }

  /** As {@link #load(Path, Path, Path, String)}, with {@code describe-lifecycle-hooks} output too (may be null). */
  public static ConfigDocument load(Path groups, Path policies, Path scheduledActions, Path lifecycleHooks,
      String groupName) throws ConfigException {
    return fromParsed(groupName, file(groups), policies == null ? null : file(policies),
        scheduledActions == null ? null : file(scheduledActions),
        lifecycleHooks == null ? null : file(lifecycleHooks));
  }

  /**
   * One document per group: every group of the output when {@code groupName} is null, else the one named. This is
   * what validate needs for a {@code describe-auto-scaling-groups} file of a whole account.
   */
  public static List<ConfigDocument> loadEach(Path groups, Path policies, Path scheduledActions, String groupName)
      throws ConfigException {
    return each(file(groups), policies == null ? null : file(policies),
        scheduledActions == null ? null : file(scheduledActions), groupName);
  }

  static List<ConfigDocument> each(ParsedText first, ParsedText second, ParsedText third, String groupName)
      throws ConfigException {
    List<String> names = new ArrayList<>();
    for (ParsedText t : new ParsedText[] {first, second, third}) {
      JsonNode list = t == null ? null : t.tree().get("AutoScalingGroups");
      for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
        names.add(list.get(i).path("AutoScalingGroupName").asText(""));
      }
    }
    if (groupName != null || names.size() < 2) {
      return List.of(fromParsed(first, second, third, groupName));
    }
    List<ConfigDocument> out = new ArrayList<>();
    for (String name : names) {
      out.add(fromParsed(first, second, third, name));
    }
    return out;
  }

  /** True for a document whose root is one of the three CLI outputs rather than asgsim's tree. */
  public static boolean isDescribeOutput(JsonNode root) {
    if (root == null || !root.isObject() || root.has("AutoScalingGroup")) {
      return false;
    }
    if (root.has("AutoScalingGroups") || root.has("ScheduledUpdateGroupActions") || root.has("LifecycleHooks")) {
      return true;
    }
    JsonNode policies = root.get("ScalingPolicies");
    if (policies != null && policies.isArray() && !root.has("Simulation") && !root.has("ScheduledActions")) {
      for (JsonNode p : policies) {
        if (p.has("PolicyARN") || p.has("AutoScalingGroupName")) {
          return true;
        }
      }
    }
    return false;
  }

  private static ParsedText text(String json, String name) throws ConfigException {
    return ParsedText.parse(json.getBytes(StandardCharsets.UTF_8), name, ConfigFormat.JSON);
  }

  private static ParsedText file(Path path) throws ConfigException {
    String name = path.toString();
    return ParsedText.parse(InputText.readBytes(path, name), name, ConfigFormat.of(path));
  }

  /**
   * The three documents may come in any slot: each is recognised by its root key, so a single file holding the
   * output of {@code describe-auto-scaling-groups} works as well as three separate files.
   */
  static ConfigDocument fromParsed(ParsedText first, ParsedText second, ParsedText third, String groupName)
      throws ConfigException {
    return fromParsed(groupName, first, second, third);
  }

  private static ConfigDocument fromParsed(String groupName, ParsedText... documents) throws ConfigException {
    ParsedText first = documents[0];
    ParsedText second = documents.length > 1 ? documents[1] : null;
    ParsedText third = documents.length > 2 ? documents[2] : null;
    ParsedText groups = null;
    ParsedText policies = null;
    ParsedText actions = null;
    ParsedText hooks = null;
    for (ParsedText t : documents) {
      if (t == null) {
        continue;
      }
      JsonNode root = t.tree();
      if (root.has("AutoScalingGroups")) {
        groups = t;
      }
      if (root.has("ScalingPolicies")) {
        policies = t;
      }
      if (root.has("ScheduledUpdateGroupActions")) {
        actions = t;
      }
      if (root.has("LifecycleHooks")) {
        hooks = t;
      }
      if (ROOTS.stream().noneMatch(root::has)) {
        throw new ConfigException(new Problem("wrong-type", t.file(), 1, 1, "",
            "is not AWS CLI output: no " + String.join(", ", ROOTS) + " key",
            "give the JSON printed by aws autoscaling describe-auto-scaling-groups / describe-policies / "
                + "describe-scheduled-actions / describe-lifecycle-hooks"));
      }
    }
    if (groups == null) {
      ParsedText any = first != null ? first : second != null ? second : third;
      throw new ConfigException(new Problem("group-missing", any.file(), 1, 1, "",
          "holds policies or scheduled actions but no group",
          "give the output of aws autoscaling describe-auto-scaling-groups too (asgsim validate GROUPS.json "
              + "--policies POLICIES.json)"));
    }
    JsonNode groupList = groups.tree().get("AutoScalingGroups");
    if (!groupList.isArray()) {
      throw new ConfigException(problem(groups, "AutoScalingGroups", "wrong-type",
          "AutoScalingGroups is not a list", "give the JSON exactly as the AWS CLI prints it"));
    }
    List<String> names = new ArrayList<>();
    int chosen = -1;
    for (int i = 0; i < groupList.size(); i++) {
      String name = groupList.get(i).path("AutoScalingGroupName").asText("");
      names.add(name);
      if (groupName != null && groupName.equals(name)) {
        chosen = i;
      }
    }
    if (names.isEmpty()) {
      throw new ConfigException(problem(groups, "AutoScalingGroups", "group-choice",
          "AutoScalingGroups is empty: the CLI found no group",
          "check the name or filters given to describe-auto-scaling-groups and the region"));
    }
    if (groupName != null && chosen < 0) {
      throw new ConfigException(problem(groups, "AutoScalingGroups", "group-choice",
          "no group named " + groupName + "; the file holds " + String.join(", ", names),
          "name one of these groups"));
    }
    if (chosen < 0) {
      if (names.size() > 1) {
        throw new ConfigException(problem(groups, "AutoScalingGroups", "group-choice",
            "the file holds " + names.size() + " groups: " + String.join(", ", names),
            "name the one to read (asgsim: --group NAME)"));
      }
      chosen = 0;
    }
    String name = names.get(chosen);
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode config = f.objectNode();
    Map<String, Location> positions = new LinkedHashMap<>();

    String groupPath = "AutoScalingGroups[" + chosen + "]";
    JsonNode groupNode = groupList.get(chosen);
    if (!groupNode.isObject()) {
      throw new ConfigException(problem(groups, groupPath, "wrong-type", "the group is not a mapping",
          "give the JSON exactly as the AWS CLI prints it"));
    }
    ObjectNode groupOut = group((ObjectNode) groupNode);
    config.set("AutoScalingGroup", groupOut);
    String instanceType = commonInstanceType(groupNode.get("Instances"));
    if (instanceType != null) {
      config.putObject("Simulation").put("InstanceType", instanceType);
      SourceMaps.remap(groups.sourceMap().positions(), groupPath + ".Instances[0].InstanceType",
          "Simulation.InstanceType", positions);
    }
    SourceMaps.remap(groups.sourceMap().positions(), groupPath + ".EnabledMetrics",
        "AutoScalingGroup.MetricsCollection", positions);
    SourceMaps.remap(groups.sourceMap().positions(), groupPath, "AutoScalingGroup", positions);

    if (policies != null) {
      ArrayNode out = f.arrayNode();
      JsonNode list = policies.tree().get("ScalingPolicies");
      for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
        JsonNode p = list.get(i);
        if (!p.isObject() || !belongs(p, name)) {
          continue;
        }
        String from = "ScalingPolicies[" + i + "]";
        String to = "ScalingPolicies[" + out.size() + "]";
        SourceMaps.remap(policies.sourceMap().positions(), from + ".Alarms", to + ".Alarm", positions);
        SourceMaps.remap(policies.sourceMap().positions(), from, to, positions);
        out.add(policy((ObjectNode) p));
      }
      config.set("ScalingPolicies", out);
    }
    if (actions != null) {
      ArrayNode out = f.arrayNode();
      JsonNode list = actions.tree().get("ScheduledUpdateGroupActions");
      for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
        JsonNode a = list.get(i);
        if (!a.isObject() || !belongs(a, name)) {
          continue;
        }
        SourceMaps.remap(actions.sourceMap().positions(), "ScheduledUpdateGroupActions[" + i + "]",
            "ScheduledActions[" + out.size() + "]", positions);
        out.add(action((ObjectNode) a));
      }
      config.set("ScheduledActions", out);
    }
    if (hooks != null) {
      ArrayNode out = f.arrayNode();
      JsonNode list = hooks.tree().get("LifecycleHooks");
      for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
        JsonNode h = list.get(i);
        if (!h.isObject() || !belongs(h, name)) {
          continue;
        }
        SourceMaps.remap(hooks.sourceMap().positions(), "LifecycleHooks[" + i + "]",
            "AutoScalingGroup.LifecycleHookSpecificationList[" + out.size() + "]", positions);
        ObjectNode copy = h.deepCopy();
        copy.remove(IGNORED_HOOK_MEMBERS);
        out.add(copy);
      }
      if (!out.isEmpty()) {
        groupOut.set("LifecycleHookSpecificationList", out);
      }
    }
    SourceMap map = new SourceMap(positions);
    // AWS adds members to its output with new features: the importer skips what it does not know, and says so.
    List<String> skipped = new ArrayList<>();
    ScalingConfig result = Binder.bind(LENIENT, config, ScalingConfig.class, groups.file(), map, skipped);
    return new ConfigDocument(groups.file(), result, map, ConfigDocument.Source.AWS_CLI, skipped);
  }

  /** The type all running instances share: what the launch template launches, which the simulator needs. */
  private static String commonInstanceType(JsonNode instances) {
    String type = null;
    if (instances == null || !instances.isArray()) {
      return null;
    }
    for (JsonNode i : instances) {
      String t = i.path("InstanceType").asText(null);
      if (t == null || (type != null && !type.equals(t))) {
        return null;
      }
      type = t;
    }
    return type;
  }

  private static boolean belongs(JsonNode node, String groupName) {
    JsonNode owner = node.get("AutoScalingGroupName");
    return owner == null || owner.isNull() || groupName.equals(owner.asText());
  }

  private static ObjectNode group(ObjectNode in) {
    ObjectNode out = in.deepCopy();
    out.remove(IGNORED_GROUP_MEMBERS);
    dropEmptyMappings(out);
    // Describe output names the template both ways; the API takes exactly one, and the name reads better.
    oneTemplateName(out.get("LaunchTemplate"));
    oneTemplateName(out.path("MixedInstancesPolicy").path("LaunchTemplate").get("LaunchTemplateSpecification"));
    JsonNode subnets = out.get("VPCZoneIdentifier");
    if (subnets != null && subnets.isTextual() && subnets.asText().isBlank()) {
      out.remove("VPCZoneIdentifier");
    }
    JsonNode warmPool = out.get("WarmPoolConfiguration");
    if (warmPool instanceof ObjectNode pool) {
      pool.remove("Status"); // live state of the pool, not its configuration
    }
    // [{ProcessName, SuspensionReason}] becomes the list of names the config takes (aws-behaviour §7.8): never dropped.
    JsonNode suspended = in.get("SuspendedProcesses");
    if (suspended != null && suspended.isArray() && !suspended.isEmpty()) {
      ArrayNode names = out.putArray("SuspendedProcesses");
      for (JsonNode p : suspended) {
        if (p.hasNonNull("ProcessName")) {
          names.add(p.get("ProcessName").asText());
        }
      }
    }
    JsonNode enabled = in.get("EnabledMetrics");
    if (enabled != null && enabled.isArray() && !enabled.isEmpty()) {
      ObjectNode collection = out.putObject("MetricsCollection");
      ArrayNode metrics = collection.putArray("Metrics");
      String granularity = null;
      for (JsonNode m : enabled) {
        if (m.hasNonNull("Metric")) {
          metrics.add(m.get("Metric").asText());
        }
        if (granularity == null && m.hasNonNull("Granularity")) {
          granularity = m.get("Granularity").asText();
        }
      }
      collection.put("Granularity", granularity == null ? "1Minute" : granularity);
    }
    return out;
  }

  private static void oneTemplateName(JsonNode spec) {
    if (spec instanceof ObjectNode o && o.hasNonNull("LaunchTemplateName") && o.has("LaunchTemplateId")) {
      o.remove("LaunchTemplateId");
    }
  }

  /**
   * Members AWS (or an AWS-compatible endpoint such as moto) prints empty for settings that are not set, e.g.
   * {@code "PredictiveScalingConfiguration": {}} on a target tracking policy: an empty mapping is no setting, and
   * binding it would make a half-filled record that validation rejects.
   */
  private static void dropEmptyMappings(ObjectNode node) {
    List<String> empty = new ArrayList<>();
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject() && e.getValue().isEmpty()) {
        empty.add(e.getKey());
      }
    });
    node.remove(empty);
  }

  private static ObjectNode policy(ObjectNode in) {
    ObjectNode out = in.deepCopy();
    out.remove(IGNORED_POLICY_MEMBERS);
    dropEmptyMappings(out);
    // AWS prints "StepAdjustments": [] for every type; only a step policy has any.
    JsonNode steps = out.get("StepAdjustments");
    if (steps != null && steps.isArray() && steps.isEmpty()) {
      out.remove("StepAdjustments");
    }
    JsonNode alarms = in.get("Alarms");
    String type = in.path("PolicyType").asText("SimpleScaling");
    boolean ownsAlarm = type.equals("StepScaling") || type.equals("SimpleScaling");
    if (ownsAlarm && alarms != null && alarms.isArray() && !alarms.isEmpty()
        && alarms.get(0).hasNonNull("AlarmName")) {
      out.putObject("Alarm").put("AlarmName", alarms.get(0).get("AlarmName").asText());
    }
    return out;
  }

  private static ObjectNode action(ObjectNode in) {
    ObjectNode out = in.deepCopy();
    out.remove(IGNORED_ACTION_MEMBERS);
    for (String key : List.of("StartTime", "EndTime")) {
      JsonNode t = out.get(key);
      if (t != null && t.isTextual()) {
        out.put(key, normaliseTimestamp(t.asText()));
      }
    }
    return out;
  }

  /** CLI v1 prints {@code ...611Z}, v2 {@code ...611000+00:00}; both become an ISO instant. Others pass through. */
  static String normaliseTimestamp(String text) {
    try {
      return Instant.parse(text).toString();
    } catch (DateTimeParseException notInstant) {
      try {
        return OffsetDateTime.parse(text).toInstant().toString();
      } catch (DateTimeParseException notOffset) {
        return text;
      }
    }
  }

  private static Problem problem(ParsedText t, String path, String code, String message, String hint) {
    Location l = t.sourceMap().find(path).orElse(new Location(t.file(), 1, 1));
    return new Problem(code, t.file(), l.line(), l.column(), path, message, hint);
  }
}
