package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.score.Score;
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

  /**
   * A few sentences: the configuration to apply and what it saves, or that nothing AWS can run meets the SLO and
   * what comes closest (with the bounds it misses). A bench plug-in ({@code hpa}, {@code oracle}, a user's class) is
   * never the configuration to apply: when one is cheaper, or is all that meets the SLO, the text says so and why.
   */
  public static String describe(Recommendation r, SweepDefinition def) {
    int n = def.loads().size();
    String loads = n == 1 ? "the load" : n == 2 ? "both loads" : "all " + n + " loads";
    if (r.summaries().isEmpty()) {
      return "No point finished, so there is nothing to recommend.";
    }
    Score objective = r.objectiveScore();
    StringBuilder sb = new StringBuilder();
    if (r.found()) {
      sb.append("Recommended (the configuration to apply): ").append(r.chosen().label())
          .append(" — the cheapest point that meets the SLO on ").append(loads).append(" (")
          .append(objective.scoreName()).append(' ').append(ScoreText.value(objective, r.chosen().objective()))
          .append(plusMinus(r.chosen())).append(").");
      if (r.chosen().point().isBase()) {
        sb.append(" That is the base config: no cheaper point meets the SLO.");
      } else if (r.base() != null) {
        String baseVerdict = r.base().meetsSlo() ? "" : ", which misses the SLO (" + ScoreText.misses(
            r.base().misses(), n > 1) + ")";
        if (r.saving() >= 0) {
          sb.append(String.format(Locale.ROOT, " It saves %s (%s %%) against the base config%s.",
              ScoreText.value(objective, r.saving()), Numbers.brief(r.savingPercent()), baseVerdict));
        } else {
          sb.append(String.format(Locale.ROOT, " It costs %s (%s %%) more than the base config%s.",
              ScoreText.value(objective, -r.saving()), Numbers.brief(-r.savingPercent()),
              r.base().meetsSlo() ? ", which also meets the SLO" : baseVerdict));
        }
      }
      if (r.benchBest() != null) {
        sb.append(" The bench policy ").append(r.benchBest().label()).append(" meets the SLO for less (")
            .append(objective.scoreName()).append(' ').append(ScoreText.value(objective, r.benchBest().objective()))
            .append("), but it is a plug-in simulated for comparison that AWS Auto Scaling cannot run, so it is not"
                + " a configuration to apply.");
      }
      return sb.toString();
    }
    Recommendation.Summary c = r.closest();
    if (r.benchBest() != null) {
      sb.append("No configuration AWS can run meets the SLO on ").append(loads).append(". Only bench policies do (")
          .append(r.benchBest().label()).append(", ").append(objective.scoreName()).append(' ')
          .append(ScoreText.value(objective, r.benchBest().objective()))
          .append("): plug-ins simulated for comparison that AWS Auto Scaling cannot run.");
    } else {
      sb.append("No point meets the SLO on ").append(loads).append('.');
    }
    sb.append(" Closest").append(c.deployable() ? "" : " (a bench policy)").append(": ").append(c.label())
        .append(" (").append(objective.scoreName()).append(' ').append(ScoreText.value(objective, c.objective()))
        .append("), which misses ").append(ScoreText.misses(c.misses(), n > 1)).append('.');
    return sb.toString();
  }

  /** " ± h (95 % CI)" when the seeds give an interval. */
  static String plusMinus(Recommendation.Summary s) {
    return Double.isNaN(s.objectiveHalfWidth()) ? "" : " ± " + Numbers.brief(s.objectiveHalfWidth()) + " (95 % CI)";
  }

  /** The rows worth a glance: the recommendation, the base, then the Pareto front, then the cheapest others. */
  public static List<Recommendation.Summary> shortList(Recommendation r, int max) {
    List<Recommendation.Summary> rows = new ArrayList<>();
    add(rows, r.chosen() != null ? r.chosen() : r.closest(), max);
    add(rows, r.benchBest(), max);
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

  /** A plain-text table of {@link #shortList}: the objective, every SLO metric (worst load) and the verdict. */
  public static String table(Recommendation r, SweepDefinition def, int max) {
    List<Recommendation.Summary> rows = shortList(r, max);
    List<Score> metrics = metrics(r);
    List<String[]> cells = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of("point", "", ScoreText.title(r.objectiveScore())));
    metrics.forEach(m -> head.add(m.scoreName()));
    head.add(def.slo().isEmpty() ? "" : "SLO");
    cells.add(head.toArray(new String[0]));
    for (Recommendation.Summary s : rows) {
      String mark = s == r.chosen() ? "*" : r.front().contains(r.summaries().indexOf(s)) ? "p" : "";
      List<String> row = new ArrayList<>(List.of(s.point().isBase() ? "base" : Integer.toString(s.point().index()),
          mark + (s.deployable() ? " " : "b") + " " + (s.point().isBase() && !def.axes().isEmpty()
              ? "base: " + s.point().values(def.axes()) : s.label()), Numbers.brief(s.objective())));
      metrics.forEach(m -> row.add(Numbers.brief(s.sloValues().getOrDefault(m, Double.NaN))));
      row.add(def.slo().isEmpty() ? "" : ScoreText.verdict(s, def.loads().size() > 1));
      cells.add(row.toArray(new String[0]));
    }
    int columns = cells.get(0).length;
    int[] width = new int[columns];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        String cell = row[i];
        boolean numeric = i >= 2 && i < columns - 1;
        String pad = " ".repeat(width[i] - cell.length());
        sb.append(i == 0 ? "" : "  ").append(numeric ? pad + cell : cell + pad);
      }
      sb.append(System.lineSeparator());
    }
    sb.append("(* recommended, p on the Pareto front");
    if (r.summaries().stream().anyMatch(s -> !s.deployable())) {
      sb.append(", b a bench plug-in AWS cannot run");
    }
    sb.append("; SLO metrics at the worst load; ").append(r.summaries().size()).append(" points in all)");
    return sb.toString().replaceAll("(?m)[ \\t]+$", "");
  }

  /** The SLO metrics a table shows: every SLO score, or the chart's metric without an SLO. */
  public static List<Score> metrics(Recommendation r) {
    return r.summaries().isEmpty() ? (r.sloScore() == null ? List.of() : List.of(r.sloScore()))
        : List.copyOf(r.summaries().get(0).sloValues().keySet());
  }
}
