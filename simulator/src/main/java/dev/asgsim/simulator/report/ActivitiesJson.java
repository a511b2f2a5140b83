package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code activities.json}: {@code {"Activities": [...]}} in the shape of DescribeScalingActivities (aws-behaviour §10.3), oldest
 * first (AWS lists newest first), plus a {@code Decision} member with the policy, alarm, metric value and old→new
 * desired behind each activity; then {@value #NOT_SCALED}, asgsim's own "not scaled" records ({@link #notScaled}).
 */
public final class ActivitiesJson {
  /**
   * The member holding asgsim's "not scaled" records: not part of DescribeScalingActivities (AWS records changes only),
   * named so that nobody takes them for AWS activities.
   */
  public static final String NOT_SCALED = "AsgsimNotScaled";

  private ActivitiesJson() {}

  /**
   * Runs of minutes in which desired did not change, with the rule that held the group back (issue 17 item 3):
   * StartTime, EndTime (exclusive), Minutes, Reason (a {@link Hold} name), Rule (its aws-behaviour section),
   * Explanation, PolicyName (when the reason concerns one policy) and DesiredCapacity.
   */
  static List<Object> notScaled(SimulationResult r) {
    List<Object> list = new ArrayList<>();
    for (NotScaled n : r.notScaled()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("StartTime", Instant.ofEpochSecond(n.startEpochSecond()).toString());
      m.put("EndTime", Instant.ofEpochSecond(n.endEpochSecond()).toString());
      m.put("Minutes", n.minutes());
      m.put("Reason", n.reason().name());
      m.put("Rule", "aws-behaviour " + n.reason().section());
      m.put("Explanation", n.reason().text());
      if (n.policyName() != null) {
        m.put("PolicyName", n.policyName());
      }
      m.put("DesiredCapacity", n.desired());
      list.add(m);
    }
    return list;
  }

  public static String render(SimulationResult r) {
    List<Object> list = new ArrayList<>();
    for (Activity a : r.activities()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ActivityId", a.activityId());
      m.put("AutoScalingGroupName", a.autoScalingGroupName());
      m.put("Description", a.description());
      m.put("Cause", a.cause());
      m.put("StartTime", a.startTime().toString());
      if (a.endTime() != null) {
        m.put("EndTime", a.endTime().toString());
      }
      m.put("StatusCode", a.statusCode());
      m.put("Progress", a.progress());
      m.put("Details", a.details());
      if (a.decision() != null) {
        m.put("Decision", decision(a.decision()));
      }
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("Activities", list);
    root.put(NOT_SCALED, notScaled(r));
    return Json.write(root);
  }

  static Map<String, Object> decision(ScalingDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Time", java.time.Instant.ofEpochSecond(d.epochSecond()).toString());
    m.put("Source", d.source().name());
    m.put("PolicyName", d.policyName());
    if (d.alarmName() != null) {
      m.put("AlarmName", d.alarmName());
    }
    m.put("MetricValue", Numbers.json(d.metricValue()));
    m.put("OldDesiredCapacity", d.oldDesired());
    m.put("NewDesiredCapacity", d.newDesired());
    m.put("WarmupSeconds", d.warmupSeconds());
    return m;
  }
}
