package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The recommendation and the short table in words, shared by stdout and the HTML report. */
public final class RecommendationText {
  /** How many rows the short table shows at most (the front, the base and the choice come first). */
  public static final int DEFAULT_TABLE_ROWS = 12;

  private RecommendationText() {}

  /** One or two sentences: what to use and what it saves, or that nothing meets the SLO and what comes closest. */
  public static String describe(Recommendation r, SweepDefinition def) {
    int n = def.loads().size();
    String loads = n == 1 ? "the load" : n == 2 ? "both loads" : "all " + n + " loads";
    if (r.summaries().isEmpty()) {
      return "No point finished, so there is nothing to recommend.";
    }
    if (r.found()) {
      StringBuilder sb = new StringBuilder();
      sb.append("Recommended: ").append(r.chosen().label()).append(" — the cheapest point that meets the SLO on ")
          .append(loads).append(" (").append(r.objectiveScore().scoreName()).append(' ')
          .append(Numbers.brief(r.chosen().objective())).append(plusMinus(r.chosen())).append(").");
      if (r.chosen().point().isBase()) {
        sb.append(" That is the base config: no cheaper point meets the SLO.");
      } else if (r.base() != null) {
        if (r.saving() >= 0) {
          sb.append(String.format(Locale.ROOT, " It saves %s (%s %%) against the base config%s.",
              Numbers.brief(r.saving()), Numbers.brief(r.savingPercent()),
              r.base().meetsSlo() ? "" : ", which does not meet the SLO"));
        } else {
          sb.append(String.format(Locale.ROOT, " It costs %s (%s %%) more than the base config, which %s.",
              Numbers.brief(-r.saving()), Numbers.brief(-r.savingPercent()),
              r.base().meetsSlo() ? "also meets the SLO" : "does not meet the SLO"));
        }
      }
      return sb.toString();
    }
    Recommendation.Summary c = r.closest();
    return "No point meets the SLO on " + loads + ". Closest: " + c.label() + " (" + r.objectiveScore().scoreName() + " "
        + Numbers.brief(c.objective()) + (r.sloScore() == null ? "" : ", " + r.sloScore().scoreName() + " "
        + Numbers.brief(c.sloMetric())) + "; total relative SLO excess " + Numbers.brief(c.violation()) + ").";
  }

  /** " ± h (95 % CI)" when the seeds give an interval. */
  static String plusMinus(Recommendation.Summary s) {
    return Double.isNaN(s.objectiveHalfWidth()) ? "" : " ± " + Numbers.brief(s.objectiveHalfWidth()) + " (95 % CI)";
  }

  /** The rows worth a glance: the recommendation, the base, then the Pareto front, then the cheapest others. */
  public static List<Recommendation.Summary> shortList(Recommendation r, int max) {
    List<Recommendation.Summary> rows = new ArrayList<>();
    add(rows, r.chosen() != null ? r.chosen() : r.closest(), max);
    add(rows, r.base(), max);
    for (int i : r.front()) {
      add(rows, r.summaries().get(i), max);
    }
    r.summaries().stream()
        .sorted(java.util.Comparator.comparingDouble(Recommendation.Summary::objective)
            .thenComparingInt(s -> s.point().index()))
        .forEach(s -> add(rows, s, max));
    rows.sort(java.util.Comparator.comparingInt(s -> s.point().index()));
    return rows;
  }

  private static void add(List<Recommendation.Summary> rows, Recommendation.Summary s, int max) {
    if (s != null && rows.size() < max && !rows.contains(s)) {
      rows.add(s);
    }
  }

  /** A plain-text table of {@link #shortList}. */
  public static String table(Recommendation r, SweepDefinition def, int max) {
    List<Recommendation.Summary> rows = shortList(r, max);
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"point", "", r.objectiveScore().scoreName(), r.sloScore() == null ? "" : r.sloScore().scoreName(),
        def.slo().isEmpty() ? "" : "SLO"});
    for (Recommendation.Summary s : rows) {
      String mark = s == r.chosen() ? "*" : r.front().contains(r.summaries().indexOf(s)) ? "p" : "";
      cells.add(new String[] {s.point().isBase() ? "base" : Integer.toString(s.point().index()),
          mark + " " + (s.point().isBase() && !def.axes().isEmpty() ? "base: " + s.point().values(def.axes())
              : s.label()), Numbers.brief(s.objective()), Numbers.brief(s.sloMetric()),
          def.slo().isEmpty() ? "" : s.meetsSlo() ? "met" : "missed"});
    }
    int[] width = new int[5];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        boolean numeric = i == 2 || i == 3;
        String pad = " ".repeat(width[i] - cell.length());
        sb.append(i == 0 ? "" : "  ").append(numeric ? pad + cell : cell + pad);
      }
      sb.append(System.lineSeparator());
    }
    sb.append("(* recommended, p on the Pareto front; ").append(r.summaries().size()).append(" points in all)");
    return sb.toString().replaceAll("(?m)[ \\t]+$", "");
  }
}
