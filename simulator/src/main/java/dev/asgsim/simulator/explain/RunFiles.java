package dev.asgsim.simulator.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.simulator.report.ActivitiesJson;
import dev.asgsim.simulator.report.OutputFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What {@code explain} reads of a {@code simulate} output directory: the run's span, alarms and policies from
 * summary.json, the decisions and "not scaled" records from activities.json, and timeline.csv rows (streamed: a year
 * is 525 600 rows). Every problem is an {@link ExplainException} naming the file (and line) and what to do.
 */
public final class RunFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path dir;
  final JsonNode summary;
  final long start;
  final int minutes;
  final List<Change> changes = new ArrayList<>();
  final List<Held> held = new ArrayList<>();
  /** The instance activities, oldest first, kept only when the run had a warm pool or lifecycle hooks. */
  final List<Step> steps = new ArrayList<>();

  /** A change of desired capacity (activities.json's Decision members, one per decision). */
  record Change(long time, int from, int to, String cause) {}

  /**
   * One instance activity: its Description (AWS's words, aws-behaviour §10.3), when it started and ended
   * ({@link Long#MAX_VALUE} while in progress at the run's end), and for a scale-out's launch the warm-up its end
   * includes (0 for other activities).
   */
  record Step(long start, long end, String description, int warmupSeconds) {}

  /** One "not scaled" record. */
  record Held(long start, long end, String reason, String rule, String explanation, String policy) {}

  private RunFiles(Path dir) {
    this.dir = dir;
    if (!Files.isDirectory(dir)) {
      throw new ExplainException(dir + " is not a directory: give the --out directory of `asgsim simulate`");
    }
    this.summary = json(OutputFile.SUMMARY.fileName());
    JsonNode run = summary.path("run");
    this.start = instant(run.path("start"), OutputFile.SUMMARY.fileName(), "run.start");
    this.minutes = run.path("minutes").asInt(-1);
    if (minutes <= 0) {
      throw malformed(OutputFile.SUMMARY.fileName(), "run.minutes is missing or not a positive number");
    }
    JsonNode activities = json(OutputFile.ACTIVITIES.fileName());
    JsonNode notScaled = activities.get(ActivitiesJson.NOT_SCALED);
    if (notScaled == null || !notScaled.isArray()) {
      throw new ExplainException(dir.resolve(OutputFile.ACTIVITIES.fileName()) + " has no "
          + ActivitiesJson.NOT_SCALED + " list: it was written by an older asgsim; run `asgsim simulate` again");
    }
    String file = OutputFile.ACTIVITIES.fileName();
    long lastDecision = Long.MIN_VALUE;
    boolean keepSteps = Lifecycle.present(summary);
    for (JsonNode a : activities.path("Activities")) {
      JsonNode d = a.get("Decision");
      if (keepSteps && a.hasNonNull("Description")) {
        steps.add(new Step(instant(a.path("StartTime"), file, "StartTime"),
            a.hasNonNull("EndTime") ? instant(a.get("EndTime"), file, "EndTime") : Long.MAX_VALUE,
            a.get("Description").asText(), d == null ? 0 : d.path("WarmupSeconds").asInt()));
      }
      if (d == null) {
        continue;
      }
      long t = instant(d.path("Time"), file, "Decision.Time");
      if (t != lastDecision) {
        int from = d.path("OldDesiredCapacity").asInt();
        int to = d.path("NewDesiredCapacity").asInt();
        // the decision's own sentence, without what the activity then did to one instance (aws-behaviour §10.3)
        String cause = a.path("Cause").asText("");
        String change = "the desired capacity from " + from + " to " + to + ".";
        int end = cause.indexOf(change);
        changes.add(new Change(t, from, to, end < 0 ? cause : cause.substring(0, end + change.length())));
        lastDecision = t;
      }
    }
    changes.sort((x, y) -> Long.compare(x.time(), y.time()));
    for (JsonNode n : notScaled) {
      held.add(new Held(instant(n.path("StartTime"), file, "StartTime"), instant(n.path("EndTime"), file, "EndTime"),
          n.path("Reason").asText(), n.path("Rule").asText(), n.path("Explanation").asText(),
          n.hasNonNull("PolicyName") ? n.get("PolicyName").asText() : null));
    }
  }

  /** Reads the three files of {@code dir}. */
  public static RunFiles read(Path dir) {
    return new RunFiles(dir);
  }

  long end() {
    return start + 60L * minutes;
  }

  /**
   * The timeline.csv rows of minutes {@code from} to {@code to} (inclusive, clamped to the run) by column name,
   * oldest first.
   */
  List<Map<String, String>> rows(int from, int to) {
    List<Map<String, String>> out = new ArrayList<>();
    scan(from, to, (cols, v) -> {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < cols.length; i++) {
        row.put(cols[i], v[i]);
      }
      out.add(row);
    });
    return out;
  }

  /** The minimum, mean and maximum of a numeric timeline.csv column over the whole run, or null without it. */
  DoubleSummaryStatistics column(String name) {
    DoubleSummaryStatistics stats = new DoubleSummaryStatistics();
    int[] index = {-2};
    scan(0, minutes - 1, (cols, v) -> {
      if (index[0] == -2) {
        index[0] = List.of(cols).indexOf(name);
      }
      if (index[0] >= 0 && !v[index[0]].isEmpty()) {
        stats.accept(Double.parseDouble(v[index[0]]));
      }
    });
    return index[0] < 0 ? null : stats;
  }

  /** Streams the rows of minutes {@code from} to {@code to} (clamped to the run) to {@code row} (header, values). */
  private void scan(int from, int to, BiConsumer<String[], String[]> row) {
    String name = OutputFile.TIMELINE.fileName();
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new ExplainException(p + " is missing: run `asgsim simulate` again with --out " + dir);
    }
    int rows = 0;
    try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.startsWith("time,minute,")) {
        throw malformed(name + ":1", "the header is not timeline.csv's (time,minute,...)");
      }
      String[] cols = header.split(",", -1);
      if (!List.of(cols).contains("why")) {
        throw new ExplainException(p + " has no why column: it was written by an older asgsim; run `asgsim "
            + "simulate` again");
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        int minute = lineNo - 2;
        if (minute < from) {
          continue;
        }
        if (minute > to) {
          break;
        }
        String[] v = line.split(",", -1);
        if (v.length != cols.length) {
          throw malformed(name + ":" + lineNo, v.length + " fields where the header has " + cols.length);
        }
        try {
          row.accept(cols, v);
        } catch (NumberFormatException e) {
          throw malformed(name + ":" + lineNo, "a number is not one (" + e.getMessage() + ")");
        }
        rows++;
      }
    } catch (IOException e) {
      throw new ExplainException("cannot read " + p + ": " + e.getMessage());
    }
    if (rows == 0 || rows != Math.min(to, minutes - 1) - from + 1) {
      throw malformed(name, "it ends before minute " + to + " of the " + minutes + " summary.json announces");
    }
  }

  private JsonNode json(String name) {
    Path p = dir.resolve(name);
    if (!Files.isRegularFile(p)) {
      throw new ExplainException(p + " is missing: give the --out directory of `asgsim simulate` (it writes "
          + "summary.json, activities.json and timeline.csv)");
    }
    try {
      JsonNode n = JSON.readTree(p.toFile());
      if (n == null || !n.isObject()) {
        throw malformed(name, "it is not a JSON object");
      }
      return n;
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw malformed(name + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr()),
          e.getOriginalMessage());
    } catch (IOException e) {
      throw new ExplainException("cannot read " + p + ": " + e.getMessage());
    }
  }

  private long instant(JsonNode n, String file, String field) {
    try {
      return Instant.parse(n.asText("")).getEpochSecond();
    } catch (DateTimeParseException e) {
      throw malformed(file, field + " is not an ISO-8601 time ('" + n.asText("") + "')");
    }
  }

  private ExplainException malformed(String where, String what) {
    return new ExplainException(dir.resolve(where) + ": " + what + " — this is not a file `asgsim simulate` "
        + "wrote, or it was edited; run `asgsim simulate` again");
  }

  /** Counts per reason name, in first-seen order. */
  Map<String, Integer> minutesByReason() {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Held h : held) {
      m.merge(h.reason(), (int) ((h.end() - h.start()) / 60), Integer::sum);
    }
    return m;
  }

  /** The policies in timeline column order (summary.json's policies). */
  Map<String, String> policyColumns() {
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonNode p : summary.path("policies")) {
      m.put(p.path("timelineColumn").asText(), p.path("name").asText());
    }
    return m;
  }
}
