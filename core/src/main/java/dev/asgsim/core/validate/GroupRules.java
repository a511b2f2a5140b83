package dev.asgsim.core.validate;

// Over 300 lines because one rule per CreateAutoScalingGroup member (aws-behaviour §9.4), kept in the API reference's
// order so the file can be audited against it line by line.

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.InstanceMaintenancePolicy;
import dev.asgsim.core.config.LaunchTemplateSpecification;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.MixedInstancesPolicy;
import dev.asgsim.core.config.Tag;
import dev.asgsim.core.config.TrafficSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** CreateAutoScalingGroup constraints (aws-behaviour §9.2, §9.4, §7, §9.11 items 1-7). */
final class GroupRules {
  static final String G = "AutoScalingGroup";
  /** aws-behaviour §9.4 [D]. */
  static final int MAX_DEFAULT_INSTANCE_WARMUP = 3600;
  /** aws-behaviour §7.5 [D]. */
  static final int MIN_MAX_INSTANCE_LIFETIME = 86_400;
  /** aws-behaviour §7.9 [D]: target groups and Classic load balancers per group. */
  static final int MAX_LOAD_BALANCERS = 50;

  static final List<String> HEALTH_CHECK_TYPES = List.of("EC2", "EBS", "ELB", "VPC_LATTICE");
  static final List<String> TERMINATION_POLICIES = List.of("Default", "AllocationStrategy",
      "ClosestToNextInstanceHour", "NewestInstance", "OldestInstance", "OldestLaunchConfiguration",
      "OldestLaunchTemplate");
  static final List<String> DESIRED_CAPACITY_TYPES = List.of("units", "vcpu", "memory-mib");
  static final List<String> TRAFFIC_SOURCE_TYPES = List.of("elb", "elbv2", "vpc-lattice");
  /** aws-behaviour §8.3 [D]: the group metrics EnableMetricsCollection accepts. */
  static final Set<String> GROUP_METRICS = Set.of("GroupMinSize", "GroupMaxSize", "GroupDesiredCapacity",
      "GroupInServiceInstances", "GroupPendingInstances", "GroupStandbyInstances", "GroupTerminatingInstances",
      "GroupTotalInstances", "GroupInServiceCapacity", "GroupPendingCapacity", "GroupStandbyCapacity",
      "GroupTerminatingCapacity", "GroupTotalCapacity", "WarmPoolMinSize", "WarmPoolDesiredCapacity",
      "WarmPoolPendingCapacity", "WarmPoolTerminatingCapacity", "WarmPoolWarmedCapacity", "WarmPoolTotalCapacity",
      "GroupAndWarmPoolDesiredCapacity", "GroupAndWarmPoolTotalCapacity");
  private static final Pattern LAUNCH_TEMPLATE_NAME = Pattern.compile("[a-zA-Z0-9().\\-/_]{3,128}");

  private GroupRules() {}

  static void check(AutoScalingGroup g, Findings f) {
    if (g == null) {
      f.error("group-missing", G, "the configuration has no AutoScalingGroup (aws-behaviour §9.4)",
          "add an AutoScalingGroup: section with AutoScalingGroupName, MinSize, MaxSize and a LaunchTemplate");
      return;
    }
    name(g.autoScalingGroupName(), f);
    sizes(g, f);
    launchSource(g, f);
    healthChecks(g, f);
    timers(g, f);
    terminationPolicies(g.terminationPolicies(), f);
    if (g.desiredCapacityType() != null && !DESIRED_CAPACITY_TYPES.contains(g.desiredCapacityType())) {
      f.error("desired-capacity-type", G + ".DesiredCapacityType",
          "DesiredCapacityType " + g.desiredCapacityType() + " is not one of " + Checks.oneOf(DESIRED_CAPACITY_TYPES)
              + " (aws-behaviour §9.4)", "use units (the default) unless the group uses attribute-based instance selection");
    }
    maintenance(g.instanceMaintenancePolicy(), f);
    metrics(g.metricsCollection(), f);
    attachments(g, f);
    tags(g.tags(), f);
  }

  private static void name(String name, Findings f) {
    String path = G + ".AutoScalingGroupName";
    if (name == null || name.isEmpty()) {
      f.error("group-name", path, "AutoScalingGroupName is required (aws-behaviour §9.4)", "name the group");
      return;
    }
    if (name.length() > 255) {
      f.error("group-name", path, "AutoScalingGroupName is " + name.length() + " characters; at most 255 (aws-behaviour §9.4)",
          "shorten the name");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 33 || c > 126 || c == ':') {
        f.error("group-name", path, "AutoScalingGroupName may hold only ASCII 33-126 and no colon; character "
                + (i + 1) + " is " + describe(c) + " (aws-behaviour §9.2)",
            "use letters, digits and punctuation other than ':' (no spaces)");
        return;
      }
    }
  }

  private static String describe(char c) {
    return c == ' ' ? "a space" : c == ':' ? "a colon" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
  }

  private static void sizes(AutoScalingGroup g, Findings f) {
    Integer min = g.minSize();
    Integer max = g.maxSize();
    Integer desired = g.desiredCapacity();
    if (min == null) {
      f.error("size-required", G + ".MinSize", "MinSize is required (aws-behaviour §9.4)", "set MinSize");
    }
    if (max == null) {
      f.error("size-required", G + ".MaxSize", "MaxSize is required (aws-behaviour §9.4)", "set MaxSize");
    }
    boolean negative = false;
    for (var e : new Object[][] {{"MinSize", min}, {"MaxSize", max}, {"DesiredCapacity", desired}}) {
      if (e[1] != null && (Integer) e[1] < 0) {
        f.error("size-negative", G + "." + e[0], e[0] + " is " + e[1] + "; sizes cannot be negative (aws-behaviour §9.11 item 2)",
            "use 0 or more");
        negative = true;
      }
    }
    if (negative) {
      return;
    }
    if (min != null && max != null && min > max) {
      f.error("size-order", G + ".MinSize", "MinSize " + min + " is above MaxSize " + max + " (aws-behaviour §7.1)",
          "make MinSize <= MaxSize");
    } else if (desired != null && min != null && max != null && (desired < min || desired > max)) {
      f.error("size-order", G + ".DesiredCapacity", "Desired capacity:" + desired
              + " must be between the specified min size:" + min + " and max size:" + max + " (aws-behaviour §7.1)",
          "set DesiredCapacity between MinSize and MaxSize, or leave it out (it defaults to MinSize)");
    }
  }

  private static void launchSource(AutoScalingGroup g, Findings f) {
    List<String> sources = new ArrayList<>();
    if (g.launchTemplate() != null) {
      sources.add("LaunchTemplate");
    }
    if (g.mixedInstancesPolicy() != null) {
      sources.add("MixedInstancesPolicy");
    }
    if (g.launchConfigurationName() != null) {
      sources.add("LaunchConfigurationName");
    }
    if (g.instanceId() != null) {
      sources.add("InstanceId");
    }
    if (sources.isEmpty()) {
      f.error("launch-source", G, "the group has no launch source (aws-behaviour §9.4)",
          "add exactly one of LaunchTemplate, MixedInstancesPolicy, LaunchConfigurationName, InstanceId");
    } else if (sources.size() > 1) {
      f.error("launch-source", G + "." + sources.get(1), "the group names " + sources.size()
              + " launch sources (" + String.join(", ", sources) + "); AWS takes exactly one (aws-behaviour §9.4)",
          "keep only one of them");
    }
    launchTemplate(g.launchTemplate(), G + ".LaunchTemplate", f);
    MixedInstancesPolicy mixed = g.mixedInstancesPolicy();
    if (mixed != null) {
      String mp = G + ".MixedInstancesPolicy.LaunchTemplate";
      if (mixed.launchTemplate() == null || mixed.launchTemplate().launchTemplateSpecification() == null) {
        f.error("launch-template", mp, "MixedInstancesPolicy needs LaunchTemplate.LaunchTemplateSpecification "
            + "(aws-behaviour §9.4)", "name the launch template the overrides apply to");
      } else {
        launchTemplate(mixed.launchTemplate().launchTemplateSpecification(), mp + ".LaunchTemplateSpecification", f);
      }
    }
  }

  private static void launchTemplate(LaunchTemplateSpecification lt, String path, Findings f) {
    if (lt == null) {
      return;
    }
    boolean id = lt.launchTemplateId() != null;
    boolean name = lt.launchTemplateName() != null;
    if (id == name) {
      f.error("launch-template", path, "a launch template is named by exactly one of LaunchTemplateId and "
          + "LaunchTemplateName, here " + (id ? "both" : "neither") + " (aws-behaviour §9.4)", "keep exactly one of them");
    }
    if (name && !LAUNCH_TEMPLATE_NAME.matcher(lt.launchTemplateName()).matches()) {
      f.error("launch-template", path + ".LaunchTemplateName", "LaunchTemplateName \"" + lt.launchTemplateName()
              + "\" must be 3-128 characters of letters, digits and ( ) . - / _ (aws-behaviour §9.2)",
          "use the template's name as EC2 shows it");
    }
    if (lt.version() != null && !Checks.xmlString(lt.version(), 255)) {
      f.error("launch-template", path + ".Version", "Version must be 1-255 characters (aws-behaviour §9.4)",
          "write $Latest, $Default or a version number such as \"2\"");
    }
  }

  private static void healthChecks(AutoScalingGroup g, Findings f) {
    String type = g.healthCheckType();
    if (type == null) {
      return;
    }
    String path = G + ".HealthCheckType";
    if (type.isEmpty() || type.length() > 32) {
      f.error("health-check-type", path, "HealthCheckType must be 1-32 characters (aws-behaviour §9.4)",
          "write a comma-separated list of " + Checks.oneOf(HEALTH_CHECK_TYPES));
      return;
    }
    for (String token : type.split(",", -1)) {
      String t = token.trim();
      if (!HEALTH_CHECK_TYPES.contains(t)) {
        f.error("health-check-type", path, "health check type \"" + t + "\" is not one of "
                + Checks.oneOf(HEALTH_CHECK_TYPES) + Checks.didYouMean(t, HEALTH_CHECK_TYPES) + " (aws-behaviour §6.1)",
            "write a comma-separated list such as ELB or EC2,ELB (EC2 is always on)");
      }
    }
  }

  private static void timers(AutoScalingGroup g, Findings f) {
    Integer warmup = g.defaultInstanceWarmup();
    if (warmup != null && warmup != -1 && (warmup < 0 || warmup > MAX_DEFAULT_INSTANCE_WARMUP)) {
      f.error("default-instance-warmup-range", G + ".DefaultInstanceWarmup", "DefaultInstanceWarmup " + warmup
              + " is outside 0-" + MAX_DEFAULT_INSTANCE_WARMUP + " (-1 clears it) (aws-behaviour §2.1, §9.4)",
          "use a number of seconds from 0 to 3600");
    }
    Integer lifetime = g.maxInstanceLifetime();
    if (lifetime != null && lifetime != 0 && lifetime < MIN_MAX_INSTANCE_LIFETIME) {
      f.error("max-instance-lifetime-range", G + ".MaxInstanceLifetime", "MaxInstanceLifetime " + lifetime
              + " must be 0 (none) or at least " + MIN_MAX_INSTANCE_LIFETIME + " s, one day (aws-behaviour §7.5)",
          "use 0 or a value of 86400 or more");
    }
    if (g.defaultCooldown() != null && g.defaultCooldown() < 0) {
      f.error("negative-seconds", G + ".DefaultCooldown", "DefaultCooldown cannot be negative (aws-behaviour §3)",
          "use 0 or more seconds (AWS's default is 300)");
    }
    if (g.healthCheckGracePeriod() != null && g.healthCheckGracePeriod() < 0) {
      f.error("negative-seconds", G + ".HealthCheckGracePeriod", "HealthCheckGracePeriod cannot be negative "
          + "(aws-behaviour §6.2)", "use 0 or more seconds");
    }
  }

  private static void terminationPolicies(List<String> policies, Findings f) {
    List<String> list = Checks.orEmpty(policies);
    for (int i = 0; i < list.size(); i++) {
      String p = list.get(i);
      String path = G + ".TerminationPolicies[" + i + "]";
      boolean lambda = p != null && p.startsWith("arn:aws:lambda:");
      if (p == null || (!lambda && !TERMINATION_POLICIES.contains(p))) {
        f.error("termination-policy-unknown", path, "termination policy " + p + " is not one of "
                + Checks.oneOf(TERMINATION_POLICIES) + " or a Lambda function ARN"
                + Checks.didYouMean(p, TERMINATION_POLICIES) + " (aws-behaviour §7.4)",
            "use a known policy name or arn:aws:lambda:...");
        continue;
      }
      if (p.equals("Default") && i != list.size() - 1) {
        f.error("termination-policy-order", path, "Default must be the last termination policy (aws-behaviour §7.4)",
            "move Default to the end of the list");
      }
      if (lambda && i != 0) {
        f.error("termination-policy-order", path, "a Lambda termination policy must be the first (aws-behaviour §7.4)",
            "move the Lambda ARN to the start of the list");
      }
    }
  }

  private static void maintenance(InstanceMaintenancePolicy m, Findings f) {
    if (m == null) {
      return;
    }
    String path = G + ".InstanceMaintenancePolicy";
    Integer min = m.minHealthyPercentage();
    Integer max = m.maxHealthyPercentage();
    String fix = "set MinHealthyPercentage 0-100 and MaxHealthyPercentage 100-200 together, at most 100 apart "
        + "(or both -1 to clear)";
    if (min == null || max == null) {
      f.error("instance-maintenance-policy", path, "MinHealthyPercentage and MaxHealthyPercentage are set together "
          + "(aws-behaviour §6.3)", fix);
    } else if (min == -1 && max == -1) {
      return;
    } else if (min < 0 || min > 100 || max < 100 || max > 200 || max - min > 100) {
      f.error("instance-maintenance-policy", path, "healthy percentages " + min + "/" + max + " are out of range "
          + "(aws-behaviour §6.3)", fix);
    }
  }

  private static void metrics(MetricsCollection m, Findings f) {
    if (m == null) {
      return;
    }
    String path = G + ".MetricsCollection";
    if (!"1Minute".equals(m.granularity())) {
      f.error("metrics-granularity", path + ".Granularity", "Granularity must be 1Minute, the only value AWS "
          + "accepts (aws-behaviour §9.8)", "write Granularity: 1Minute");
    }
    List<String> names = Checks.orEmpty(m.metrics());
    for (int i = 0; i < names.size(); i++) {
      if (!GROUP_METRICS.contains(names.get(i))) {
        f.error("metrics-name", path + ".Metrics[" + i + "]", "group metric " + names.get(i) + " does not exist"
                + Checks.didYouMean(names.get(i), GROUP_METRICS) + " (aws-behaviour §8.3)",
            "use a group metric name such as GroupInServiceInstances, or omit Metrics for all of them");
      }
    }
  }

  private static void attachments(AutoScalingGroup g, Findings f) {
    List<String> tgs = Checks.orEmpty(g.targetGroupARNs());
    if (tgs.size() > MAX_LOAD_BALANCERS) {
      f.error("load-balancer-quota", G + ".TargetGroupARNs", tgs.size() + " target groups; at most "
          + MAX_LOAD_BALANCERS + " per group (aws-behaviour §7.9)", "attach fewer target groups");
    }
    for (int i = 0; i < tgs.size(); i++) {
      String arn = tgs.get(i);
      if (arn == null || !arn.startsWith("arn:") || !arn.contains(":targetgroup/") || arn.length() > 511) {
        f.error("target-group-arn", G + ".TargetGroupARNs[" + i + "]", "\"" + arn + "\" is not a target group ARN "
                + "(aws-behaviour §9.4)",
            "write arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/<name>/<id>");
      }
    }
    List<String> clbs = Checks.orEmpty(g.loadBalancerNames());
    if (clbs.size() > MAX_LOAD_BALANCERS) {
      f.error("load-balancer-quota", G + ".LoadBalancerNames", clbs.size() + " Classic load balancers; at most "
          + MAX_LOAD_BALANCERS + " per group (aws-behaviour §7.9)", "attach fewer load balancers");
    }
    List<TrafficSource> sources = Checks.orEmpty(g.trafficSources());
    for (int i = 0; i < sources.size(); i++) {
      TrafficSource s = sources.get(i);
      String path = G + ".TrafficSources[" + i + "]";
      if (s == null || !Checks.xmlString(s.identifier(), 511)) {
        f.error("traffic-source", path, "a traffic source needs an Identifier of 1-511 characters (aws-behaviour §9.4)",
            "write the target group ARN or Classic load balancer name");
      } else if (s.type() != null && !TRAFFIC_SOURCE_TYPES.contains(s.type())) {
        f.error("traffic-source", path + ".Type", "traffic source Type " + s.type() + " is not one of "
            + Checks.oneOf(TRAFFIC_SOURCE_TYPES) + " (aws-behaviour §10.1)", "use elbv2 for ALB/NLB target groups");
      }
    }
  }

  private static void tags(List<Tag> tags, Findings f) {
    List<Tag> list = Checks.orEmpty(tags);
    for (int i = 0; i < list.size(); i++) {
      Tag t = list.get(i);
      String path = G + ".Tags[" + i + "]";
      if (t == null || !Checks.xmlString(t.key(), 128)) {
        f.error("tag", path, "a tag needs a Key of 1-128 characters (aws-behaviour §9.2)", "give the tag a Key");
      } else if (t.value() != null && t.value().length() > 256) {
        f.error("tag", path + ".Value", "a tag Value is at most 256 characters (aws-behaviour §9.2)", "shorten the value");
      }
    }
  }
}
