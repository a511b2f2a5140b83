package dev.asgsim.simulator.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.text.Numbers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paragraph on one moment of a run (issue 17 item 3): what the group looked like, what the alarms said, what each
 * policy proposed, what rule held it back (the engine's own reason, from the "not scaled" records) and what happened
 * next. Without a moment: which rules held the group back over the whole run, and for how long.
 */
public final class Explanation {
  /** Datapoints shown before the moment. */
  static final int HISTORY = 5;
  private static final Pattern OFFSET = Pattern.compile("\\+(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?");

  private Explanation() {}

  /**
   * The moment {@code text} names in {@code run}: an ISO-8601 instant ({@code 2024-01-01T00:42:00Z}), a UTC date and
   * time ({@code 2024-01-01T00:42}), a time of day on the run's first day ({@code 00:42}), or an offset from the
   * run's start ({@code +42m}, {@code +3d4h}).
   */
  public static long parseTime(String text, RunFiles run) {
    String t = text.trim();
    long at;
    try {
      Matcher m = OFFSET.matcher(t);
      if (m.matches() && t.length() > 1) {
        long s = 0;
        s += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 86_400;
        s += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 3_600;
        s += m.group(3) == null ? 0 : Long.parseLong(m.group(3)) * 60;
        at = run.start + s;
      } else if (t.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
        LocalDate day = Instant.ofEpochSecond(run.start).atOffset(ZoneOffset.UTC).toLocalDate();
        at = LocalDateTime.of(day, LocalTime.parse(t.length() == 4 ? "0" + t : t)).toEpochSecond(ZoneOffset.UTC);
      } else if (t.endsWith("Z")) {
        at = Instant.parse(t).getEpochSecond();
      } else {
        at = LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ExplainException("--at '" + text + "' is not a time: give 00:42 (UTC, on the run's first day), "
          + "2024-01-01T00:42 or 2024-01-01T00:42:00Z (UTC), or +42m / +3d4h from the run's start");
    }
    if (at < run.start || at >= run.end()) {
      throw new ExplainException("--at " + text + " is outside the run, which covers " + iso(run.start) + " to "
          + iso(run.end()) + " (" + run.minutes + " minutes): give a time in that span");
    }
    return at;
  }

  /** What happened at {@code at} and why, in one paragraph. */
  public static String at(RunFiles run, long at) {
    int minute = (int) ((at - run.start) / 60);
    long minuteStart = run.start + 60L * minute;
    List<Map<String, String>> rows = run.rows(Math.max(0, minute - HISTORY + 1), minute);
    Map<String, String> row = rows.get(rows.size() - 1);
    StringBuilder p = new StringBuilder();
    p.append("At ").append(hm(minuteStart, run)).append(" UTC (minute ").append(minute).append(" of ")
        .append(run.minutes).append(") desired capacity was ").append(row.get("desired")).append(" (")
        .append(row.get("in_service")).append(" InService, ").append(row.get("serving"))
        .append(" serving) and demand ").append(row.get("demand")).append(" % of one instance's CPU. ");
    var alarms = run.summary.path("alarms");
    String metric = alarms.path("metric").asText("the metric");
    int first = minute - rows.size() + 1;
    p.append("The ").append(metric).append(" datapoints for the minutes ").append(hm(run.start + 60L * first, run))
        .append(" to ").append(hm(minuteStart, run)).append(" were ");
    StringBuilder points = new StringBuilder();
    for (Map<String, String> r : rows) {
      points.append(points.length() == 0 ? "" : ", ").append(r.get("metric").isEmpty() ? "none" : r.get("metric"));
    }
    p.append(points).append(" (each visible a minute or two after its minute");
    if (alarms.hasNonNull("targetValue")) {
      p.append("; target ").append(Numbers.decimals(alarms.get("targetValue").asDouble(), 4));
    }
    p.append("). ");
    // Every pair: a group with several policies has several (summary.json names each pair's timeline columns; an
    // older summary.json has the first pair only).
    for (JsonNode pair : alarms.has("pairs") ? alarms.get("pairs") : List.of(alarms)) {
      JsonNode columns = pair.path("timelineColumns");
      alarm(p, "AlarmHigh", pair.path("high").asText(null), ">", pair.path("highThreshold"),
          row.get(columns.path(0).asText("alarm_high")));
      alarm(p, "AlarmLow", pair.path("low").asText(null), "<", pair.path("lowThreshold"),
          row.get(columns.path(1).asText("alarm_low")));
    }
    for (Map.Entry<String, String> c : run.policyColumns().entrySet()) {
      String v = row.getOrDefault(c.getKey(), "");
      p.append("Policy \"").append(c.getValue()).append("\" ")
          .append(v.isEmpty() ? "made no proposal" : "proposed " + v + " instances").append(". ");
    }
    RunFiles.Change now = null;
    RunFiles.Change next = null;
    for (RunFiles.Change c : run.changes) {
      if (c.time() >= minuteStart && c.time() < minuteStart + 60 && now == null) {
        now = c;
      } else if (c.time() >= minuteStart + 60) {
        next = c;
        break;
      }
    }
    RunFiles.Held held = null;
    for (RunFiles.Held h : run.held) {
      if (h.start() <= minuteStart && minuteStart < h.end()) {
        held = h;
        break;
      }
    }
    if (now != null) {
      p.append("This minute desired changed from ").append(now.from()).append(" to ").append(now.to()).append(": ")
          .append(now.cause()).append(' ');
    } else if (held != null) {
      p.append("Nothing scaled because ").append(held.explanation()).append(" (").append(held.reason()).append(", ")
          .append(held.rule()).append(held.policy() == null ? "" : "; policy \"" + held.policy() + "\"")
          .append("); that held from ").append(hm(held.start(), run)).append(" to ").append(hm(held.end(), run))
          .append(" (").append((held.end() - held.start()) / 60).append(" min). ");
    } else {
      p.append("Desired did not change and no policy had anything to say: no alarm was in ALARM and no metric was "
          + "near a threshold. ");
    }
    Lifecycle.describe(p, run, row, minuteStart, t -> hm(t, run));
    if (next != null) {
      p.append("Next, at ").append(hm(next.time(), run)).append(" desired went from ").append(next.from())
          .append(" to ").append(next.to()).append(": ").append(next.cause());
    } else {
      p.append("Desired did not change again before the run ended at ").append(hm(run.end(), run)).append('.');
    }
    return p.toString().trim();
  }

  /** Without a moment: what held the group back over the whole run. */
  public static String overview(RunFiles run) {
    StringBuilder p = new StringBuilder();
    p.append("In ").append(run.minutes).append(" minutes from ").append(iso(run.start)).append(" desired capacity ")
        .append("changed ").append(run.changes.size()).append(" times. ");
    Map<String, Integer> by = run.minutesByReason();
    if (by.isEmpty()) {
      p.append("No minute had a reason for not scaling.");
    } else {
      p.append("The minutes it did not change, by the rule that held it:");
      for (Map.Entry<String, Integer> e : by.entrySet()) {
        String text = run.held.stream().filter(h -> h.reason().equals(e.getKey())).findFirst()
            .map(RunFiles.Held::explanation).orElse("");
        p.append("\n  ").append(e.getKey()).append(": ").append(e.getValue()).append(" min — ").append(text);
      }
    }
    Lifecycle.overview(p, run);
    p.append("\nAsk about one moment with --at TIME (e.g. --at ").append(hm(run.start + 60L * (run.minutes / 2), run))
        .append(").");
    return p.toString();
  }

  private static void alarm(StringBuilder p, String role, String name, String op, JsonNode threshold, String state) {
    if (name == null || state == null || state.isEmpty()) {
      return;
    }
    p.append(role).append(' ').append(name).append(" (").append(op).append(' ')
        .append(Numbers.decimals(threshold.asDouble(), 4)).append(") was ").append(state).append(". ");
  }

  /** HH:MM within the run's first day, else the date too; seconds when not on the minute. */
  private static String hm(long t, RunFiles run) {
    String iso = iso(t);
    boolean oneDay = run.end() - run.start <= 86_400 && iso(run.start).substring(0, 10).equals(iso.substring(0, 10));
    String time = t % 60 == 0 ? iso.substring(11, 16) : iso.substring(11, 19);
    return oneDay ? time : iso.substring(0, 10) + " " + time;
  }

  private static String iso(long t) {
    return Instant.ofEpochSecond(t).toString();
  }
}
