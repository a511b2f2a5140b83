package dev.asgsim.simulator.report;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code activities.json}: {@code {"Activities": [...]}} in the shape of DescribeScalingActivities (aws-behaviour §10.3), oldest
 * first (AWS lists newest first), plus a {@code Decision} member with the policy, alarm, metric value and old→new
 * desired behind each activity; then {@value #NOT_SCALED}, asgsim's own "not scaled" records ({@link NotScaled}).
 */
public final class ActivitiesJson {
  /**
   * The member holding asgsim's "not scaled" records: not part of DescribeScalingActivities (AWS records changes only),
   * named so that nobody takes them for AWS activities.
   */
  public static final String NOT_SCALED = "AsgsimNotScaled";

  /** Json's settings, but no flush after each activity (the file is flushed once, at the end). */
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).build();

  private ActivitiesJson() {}

  /**
   * A run of minutes in which desired did not change, with the rule that held the group back (issue 17 item 3):
   * StartTime, EndTime (exclusive), Minutes, Reason (a {@link Hold} name), Rule (its aws-behaviour section),
   * Explanation, PolicyName (when the reason concerns one policy) and DesiredCapacity.
   */
  private static Map<String, Object> tree(NotScaled n) {
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
    return m;
  }

  /** The whole file of a result's kept activities and not-scaled records. */
  public static String render(SimulationResult r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Items items = new Items(bytes);
    r.activities().forEach(items::activity);
    r.notScaled().forEach(items::notScaled);
    items.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code {"Activities": [} first, each activity as the run hands it on (in start order), then the
   * {@value #NOT_SCALED} records and the closing brackets at the end: the same bytes as one pretty-printed tree,
   * without holding the activities. The not-scaled records come after every activity, so they are held until the end:
   * they are coalesced runs of minutes (7 in the README's year of {@code sine(150,120,24h)}), 40 bytes each.
   */
  static final class Items implements OutputFile.Streamed {
    private final JsonGenerator json;
    private final List<NotScaled> notScaled = new ArrayList<>();

    Items(OutputStream out) {
      try {
        json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeFieldName("Activities");
        json.writeStartArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void activity(Activity a) {
      try {
        MAPPER.writeValue(json, tree(a));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void notScaled(NotScaled n) {
      notScaled.add(n);
    }

    @Override
    public void finish() {
      try {
        json.writeEndArray();
        json.writeFieldName(NOT_SCALED);
        json.writeStartArray();
        for (NotScaled n : notScaled) {
          MAPPER.writeValue(json, tree(n));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static Map<String, Object> tree(Activity a) {
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
    return m;
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
