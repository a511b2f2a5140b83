package dev.asgsim.simulator.report;

import dev.asgsim.core.config.WarmPoolConfiguration;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.score.Scores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code compare} shows side by side when any config has a warm pool (aws-behaviour §7.6): each run's pool, where
 * its launches came from (counted by AWS's activity Descriptions, §10.3), how long capacity took and what the pool
 * cost beside the group.
 */
public final class WarmPoolComparison {
  private final Map<String, List<String>> rows = new LinkedHashMap<>();

  private WarmPoolComparison(List<SimulationResult> runs) {
    for (SimulationResult r : runs) {
      add("WarmPoolConfiguration", pool(r.config().autoScalingGroup().warmPoolConfiguration()));
      int[] n = new int[InstanceStep.values().length];
      for (Activity a : r.activities()) {
        InstanceStep s = InstanceStep.of(a.description());
        if (s != null) {
          n[s.ordinal()]++;
        }
      }
      for (InstanceStep s : List.of(InstanceStep.FROM_POOL, InstanceStep.LAUNCH, InstanceStep.INTO_POOL,
          InstanceStep.TO_POOL)) {
        add("\"" + s.words() + "\"", Integer.toString(n[s.ordinal()]));
      }
      Scores sc = r.scores();
      add("meanMinutesToCapacity", Numbers.decimals(sc.meanMinutesToCapacity(), 2));
      add("warmPoolCost ($)", Numbers.decimals(sc.warmPoolCost(), 4));
      add("cost ($)", Numbers.decimals(sc.cost(), 4));
    }
  }

  /** The comparison, or null when no run's group has a warm pool. */
  public static WarmPoolComparison of(List<SimulationResult> runs) {
    boolean any = runs.stream().anyMatch(r -> r.config().autoScalingGroup().warmPoolConfiguration() != null);
    return any ? new WarmPoolComparison(runs) : null;
  }

  private void add(String row, String value) {
    rows.computeIfAbsent(row, k -> new ArrayList<>()).add(value);
  }

  private static String pool(WarmPoolConfiguration w) {
    if (w == null) {
      return "none";
    }
    boolean reuse = w.instanceReusePolicy() != null && Boolean.TRUE.equals(w.instanceReusePolicy().reuseOnScaleIn());
    return (w.poolState() == null ? "Stopped" : w.poolState()) + ", MinSize " + (w.minSize() == null ? 0 : w.minSize())
        + ", MaxGroupPreparedCapacity " + (w.maxGroupPreparedCapacity() == null ? "unset (MaxSize)"
        : w.maxGroupPreparedCapacity()) + ", ReuseOnScaleIn " + reuse;
  }

  /** compare.html's "Warm pool" section. */
  String html(List<String> names) {
    StringBuilder h = new StringBuilder("<h2>Warm pool</h2>\n<p class=\"note\">Where each run's instances came from, "
        + "counted by their activities' Descriptions, and what the pool cost beside the group (aws-behaviour §7.6)."
        + "</p>\n<table>\n<tr><th></th>");
    names.forEach(n -> h.append("<th>").append(HtmlReport.esc(n)).append("</th>"));
    h.append("</tr>\n");
    rows.forEach((row, values) -> {
      h.append("<tr><td>").append(HtmlReport.esc(row)).append("</td>");
      values.forEach(v -> h.append("<td class=\"n\">").append(HtmlReport.esc(v)).append("</td>"));
      h.append("</tr>\n");
    });
    return h.append("</table>\n").toString();
  }

  /** The same for the terminal: one line per row, the configs side by side. */
  public String text(List<String> names) {
    int label = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    StringBuilder b = new StringBuilder("Warm pool (aws-behaviour §7.6):").append(System.lineSeparator());
    List<String> pools = rows.get("WarmPoolConfiguration");
    for (int i = 0; i < names.size(); i++) {
      b.append("  ").append(names.get(i)).append(": ").append(pools.get(i)).append(System.lineSeparator());
    }
    b.append(String.format(Locale.ROOT, "  %-" + label + "s", ""));
    names.forEach(n -> b.append(String.format(Locale.ROOT, "  %" + width + "s", n)));
    b.append(System.lineSeparator());
    rows.forEach((row, values) -> {
      if (values != pools) {
        b.append(String.format(Locale.ROOT, "  %-" + label + "s", row));
        values.forEach(v -> b.append(String.format(Locale.ROOT, "  %" + width + "s", v)));
        b.append(System.lineSeparator());
      }
    });
    return b.toString();
  }
}
