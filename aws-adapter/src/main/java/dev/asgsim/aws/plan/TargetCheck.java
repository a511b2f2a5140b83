package dev.asgsim.aws.plan;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does a config belong to the account and Region a command is about to work on? A config whose target group ARN,
 * Availability Zones or {@code Region:} name another Region (or whose ARNs name another account) was written for
 * somewhere else: planning it here would create a second group instead of changing the first.
 */
public final class TargetCheck {
  /** {@code arn:partition:service:region:account:resource} (AWS General Reference, "Amazon Resource Names"). */
  private static final Pattern ARN = Pattern.compile("arn:[^:]+:[^:]*:([^:]*):([^:]*):.*");
  /** A Region name at the start of a zone name: us-east-1a, us-west-2-lax-1a, us-gov-west-1b. */
  private static final Pattern ZONE_REGION = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d+)(?:[a-z]|-.*)");

  private TargetCheck() {}

  /** Every disagreement, each naming the member and both values; empty when the config fits the target. */
  public static List<String> mismatches(ScalingConfig config, AwsTarget target) {
    List<String> out = new ArrayList<>();
    if (config.region() != null && !config.region().equals(target.region())) {
      out.add("Region: the file says " + config.region());
    }
    var group = config.autoScalingGroup();
    if (group != null && group.availabilityZones() != null) {
      for (String zone : group.availabilityZones()) {
        Matcher m = ZONE_REGION.matcher(zone);
        if (m.matches() && !m.group(1).equals(target.region())) {
          out.add("AutoScalingGroup.AvailabilityZones: " + zone + " is in " + m.group(1));
        }
      }
    }
    walk("", ConfigMapper.json().valueToTree(config), target, out);
    return out;
  }

  private static void walk(String path, JsonNode node, AwsTarget target, List<String> out) {
    if (node.isTextual()) {
      Matcher m = ARN.matcher(node.asText());
      if (!m.matches()) {
        return;
      }
      String region = m.group(1);
      String account = m.group(2);
      if (!region.isEmpty() && !region.equals(target.region())) {
        out.add(path + ": " + node.asText() + " is in " + region);
      } else if (account.matches("\\d{12}") && target.account() != null && !account.equals(target.account())) {
        out.add(path + ": " + node.asText() + " belongs to account " + account);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path + "[" + i + "]", node.get(i), target, out);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), target, out);
      }
    }
  }
}
