package dev.asgsim.simulator.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code activities.json}: {@code {"Activities": [...]}} in the shape of DescribeScalingActivities (spec §10.3), oldest
 * first (AWS lists newest first), plus a {@code Decision} member with the policy, alarm, metric value and old→new
 * desired behind each activity.
 */
public final class ActivitiesJson {
  private ActivitiesJson() {}

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
