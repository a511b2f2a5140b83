package dev.asgsim.aws.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.io.ConfigMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A config as a CloudFormation template (JSON). CloudFormation's AutoScaling properties carry AWS's API member names,
 * which are the config's, so each resource starts from the config record and only what CloudFormation spells
 * otherwise is changed: {@code Cooldown} for the group's DefaultCooldown, sizes as strings, VPCZoneIdentifier as a
 * list, MetricsCollection as a list; policy and scheduled action names go to Metadata (CloudFormation names those
 * resources itself); the warm pool is a resource of its own ({@code AWS::AutoScaling::WarmPool}), lifecycle hooks stay
 * in the group's {@code LifecycleHookSpecificationList}.
 */
final class CloudFormationExport {
  private static final ObjectMapper JSON = ConfigMapper.json();

  private CloudFormationExport() {}

  static Exported export(ScalingConfig config, ExportOptions options) {
    List<String> notes = new ArrayList<>();
    Names names = new Names(Names.Style.PASCAL);
    AutoScalingGroup g = config.autoScalingGroup();
    ObjectNode template = JSON.createObjectNode();
    template.put("AWSTemplateFormatVersion", "2010-09-09");
    template.put("Description", "Auto Scaling group " + g.autoScalingGroupName() + ", written by asgsim export"
        + (options.desiredCapacity() ? "." : "; DesiredCapacity is left out on purpose (the autoscaler owns it)."));
    ObjectNode resources = template.putObject("Resources");
    String groupId = names.of(g.autoScalingGroupName() + "Group");
    resources.set(groupId, resource("AWS::AutoScaling::AutoScalingGroup", group(g, options)));
    if (g.warmPoolConfiguration() != null) {
      // A resource of its own in CloudFormation (PutWarmPool's members, aws-behaviour §7.6), not a group property.
      ObjectNode pool = JSON.valueToTree(g.warmPoolConfiguration());
      pool.set("AutoScalingGroupName", ref(groupId));
      resources.set(names.of(g.autoScalingGroupName() + "WarmPool"), resource("AWS::AutoScaling::WarmPool", pool));
    }
    for (ScalingPolicy p : config.policies()) {
      String id = names.of(p.policyName());
      ObjectNode props = JSON.valueToTree(p);
      props.remove(List.of("PolicyName", "Enabled", "Alarm", "MinAdjustmentStep"));
      props.set("AutoScalingGroupName", ref(groupId));
      if (p.minAdjustmentMagnitude() == null && p.minAdjustmentStep() != null) {
        props.put("MinAdjustmentMagnitude", p.minAdjustmentStep());
      }
      asString(props, "Cooldown");
      ObjectNode r = resource("AWS::AutoScaling::ScalingPolicy", props);
      r.putObject("Metadata").putObject("asgsim").put("PolicyName", p.policyName());
      if (Boolean.FALSE.equals(p.enabled())) {
        notes.add("policy " + p.policyName() + " is disabled (Enabled: false); AWS::AutoScaling::ScalingPolicy has "
            + "no such property, so the exported policy is enabled");
      }
      resources.set(id, r);
      if (p.alarm() != null) {
        ObjectNode alarm = JSON.valueToTree(p.alarm());
        alarm.putArray("AlarmActions").add(ref(id));
        resources.set(names.of(p.policyName() + "Alarm"), resource("AWS::CloudWatch::Alarm", alarm));
      }
    }
    for (ScheduledAction a : config.actions()) {
      ObjectNode props = JSON.valueToTree(a);
      props.remove("ScheduledActionName");
      props.set("AutoScalingGroupName", ref(groupId));
      ObjectNode r = resource("AWS::AutoScaling::ScheduledAction", props);
      r.putObject("Metadata").putObject("asgsim").put("ScheduledActionName", a.scheduledActionName());
      resources.set(names.of(a.scheduledActionName()), r);
    }
    if (!notes.isEmpty()) {
      ArrayNode list = template.putObject("Metadata").putObject("asgsim").putArray("NotExported");
      notes.forEach(list::add);
    }
    try {
      return new Exported(JSON.writeValueAsString(template) + "\n", notes);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode group(AutoScalingGroup g, ExportOptions options) {
    ObjectNode props = JSON.valueToTree(g);
    props.remove("WarmPoolConfiguration"); // exported as AWS::AutoScaling::WarmPool
    if (!options.desiredCapacity()) {
      props.remove("DesiredCapacity");
    }
    JsonNode cooldown = props.remove("DefaultCooldown");
    if (cooldown != null) {
      props.put("Cooldown", cooldown.asText());
    }
    for (String size : List.of("MinSize", "MaxSize", "DesiredCapacity")) {
      asString(props, size);
    }
    if (g.vpcZoneIdentifier() != null) {
      ArrayNode subnets = props.putArray("VPCZoneIdentifier");
      g.subnets().forEach(subnets::add);
    }
    JsonNode metrics = props.remove("MetricsCollection");
    if (metrics != null) {
      props.putArray("MetricsCollection").add(metrics);
    }
    JsonNode tags = props.get("Tags");
    if (tags != null) {
      for (JsonNode t : tags) {
        ObjectNode tag = (ObjectNode) t;
        tag.remove(List.of("ResourceId", "ResourceType"));
        // Required by CloudFormation; AWS's default is false.
        tag.put("PropagateAtLaunch", t.path("PropagateAtLaunch").asBoolean(false));
      }
    }
    return props;
  }

  private static void asString(ObjectNode props, String member) {
    JsonNode v = props.get(member);
    if (v != null && v.isNumber()) {
      props.put(member, v.asText());
    }
  }

  private static ObjectNode resource(String type, ObjectNode properties) {
    ObjectNode r = JSON.createObjectNode();
    r.put("Type", type);
    r.set("Properties", properties);
    return r;
  }

  private static ObjectNode ref(String logicalId) {
    ObjectNode r = JSON.createObjectNode();
    r.put("Ref", logicalId);
    return r;
  }
}
