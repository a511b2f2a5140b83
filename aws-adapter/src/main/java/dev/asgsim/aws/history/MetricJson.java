package dev.asgsim.aws.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.aws.client.AwsCallException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Reads the JSON the AWS CLI prints for {@code aws cloudwatch get-metric-data} ({@code MetricDataResults}) and
 * {@code aws cloudwatch get-metric-statistics} ({@code Label} and {@code Datapoints}), so that history works from
 * saved output: for people with CLI-only access, offline, and against endpoints that do not speak the SDK's
 * CloudWatch protocol. Timestamps may be ISO-8601 (CLI v2, v1 against AWS) or epoch seconds (v1 against some
 * endpoints).
 */
public final class MetricJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MetricJson() {}

  /** One series: its name (the query's Id and Label, or the statistics' Label) and its points by time. */
  public record Series(String name, TreeMap<Instant, Double> points) {}

  /** A file that is not such output, with a message naming the file and where. */
  public static final class MetricJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MetricJsonException(String message) {
      super(message);
    }
  }

  /**
   * The series in one file.
   *
   * @param statistic for get-metric-statistics output: which member of each datapoint (Average, Maximum, p90...)
   */
  public static List<Series> read(String text, String file, String statistic) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new MetricJsonException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr())
          + ": not JSON (" + e.getOriginalMessage() + "); give the output of aws cloudwatch get-metric-data or "
          + "get-metric-statistics with --output json");
    }
    if (root != null && root.has("MetricDataResults")) {
      return metricData(root.get("MetricDataResults"), file);
    }
    if (root != null && root.has("Datapoints")) {
      return List.of(statistics(root, file, statistic));
    }
    throw new MetricJsonException(file + ": has neither MetricDataResults (aws cloudwatch get-metric-data) nor "
        + "Datapoints (aws cloudwatch get-metric-statistics); give that command's JSON output");
  }

  /**
   * The trace from the series of one or more files: the one metric, times GroupInServiceInstances with
   * {@code demand}.
   */
  public static MetricHistory.Trace trace(List<Series> all, boolean demand, String files) {
    List<Series> metrics = all.stream().filter(s -> !isInService(s) && !isDesired(s)).toList();
    List<Series> instances = all.stream().filter(MetricJson::isInService).toList();
    List<Series> desired = all.stream().filter(MetricJson::isDesired).toList();
    if (metrics.size() != 1) {
      throw new MetricJsonException(files + ": " + (metrics.isEmpty() ? "no metric other than "
          + MetricHistory.IN_SERVICE : metrics.size() + " metrics (" + String.join(", ",
          metrics.stream().map(Series::name).toList()) + ")") + "; give exactly one metric's datapoints"
          + (demand ? " and the group's " + MetricHistory.IN_SERVICE : ""));
    }
    if (demand && instances.isEmpty()) {
      throw new MetricJsonException(files + ": --demand needs the group's " + MetricHistory.IN_SERVICE
          + " too (namespace AWS/AutoScaling, Average): add it as a second query, or a second --from-file");
    }
    try {
      return MetricHistory.withCapacity(MetricHistory.join(metrics.get(0).points(),
          demand ? instances.get(0).points() : null, files), desired.isEmpty() ? null : desired.get(0).points());
    } catch (AwsCallException e) {
      throw new MetricJsonException(e.getMessage());
    }
  }

  /** The group's GroupDesiredCapacity, kept beside the trace for a steady start (aws-behaviour §12.1). */
  private static boolean isDesired(Series s) {
    return s.name().contains(MetricHistory.DESIRED);
  }

  private static boolean isInService(Series s) {
    return s.name().contains(MetricHistory.IN_SERVICE);
  }

  private static List<Series> metricData(JsonNode results, String file) {
    if (!results.isArray()) {
      throw new MetricJsonException(file + ": MetricDataResults is not a list");
    }
    List<Series> out = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      String at = "MetricDataResults[" + i + "]";
      JsonNode times = r.path("Timestamps");
      JsonNode values = r.path("Values");
      if (!times.isArray() || !values.isArray() || times.size() != values.size()) {
        throw new MetricJsonException(file + ": " + at + " needs Timestamps and Values lists of the same length");
      }
      TreeMap<Instant, Double> points = new TreeMap<>();
      for (int j = 0; j < times.size(); j++) {
        points.put(time(times.get(j), file, at + ".Timestamps[" + j + "]"),
            number(values.get(j), file, at + ".Values[" + j + "]"));
      }
      String name = (r.path("Id").asText("") + " " + r.path("Label").asText("")).trim();
      out.add(new Series(name.isEmpty() ? at : name, points));
    }
    return out;
  }

  private static Series statistics(JsonNode root, String file, String statistic) {
    JsonNode points = root.get("Datapoints");
    if (!points.isArray()) {
      throw new MetricJsonException(file + ": Datapoints is not a list");
    }
    boolean percentile = statistic.toLowerCase(Locale.ROOT).matches("p\\d+(\\.\\d+)?");
    TreeMap<Instant, Double> out = new TreeMap<>();
    for (int i = 0; i < points.size(); i++) {
      JsonNode p = points.get(i);
      String at = "Datapoints[" + i + "]";
      JsonNode value = percentile ? p.path("ExtendedStatistics").path(statistic) : p.path(statistic);
      if (value.isMissingNode()) {
        throw new MetricJsonException(file + ": " + at + " has no " + statistic + "; pass the statistic the "
            + "file holds with --statistic (get-metric-statistics --statistics / --extended-statistics)");
      }
      out.put(time(p.path("Timestamp"), file, at + ".Timestamp"), number(value, file, at + "." + statistic));
    }
    return new Series(root.path("Label").asText("Datapoints"), out);
  }

  private static Instant time(JsonNode n, String file, String at) {
    if (n.isNumber()) {
      return Instant.ofEpochMilli(Math.round(n.asDouble() * 1000));
    }
    try {
      return OffsetDateTime.parse(n.asText()).toInstant();
    } catch (DateTimeParseException e) {
      throw new MetricJsonException(file + ": " + at + ": '" + n.asText() + "' is not a time (ISO-8601 such as "
          + "2026-11-25T11:58:00+00:00, or epoch seconds)");
    }
  }

  private static double number(JsonNode n, String file, String at) {
    if (!n.isNumber()) {
      throw new MetricJsonException(file + ": " + at + ": '" + n.asText() + "' is not a number");
    }
    return n.asDouble();
  }
}
