package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.List;

/**
 * The answer of a sweep. {@code chosen} is the cheapest point (sum of the objective's means over the loads) that
 * meets the SLO on every load; when none does, {@code chosen} is null and {@code closest} is the point with the
 * smallest SLO violation. {@code saving} is the base's objective minus the chosen one's (NaN without a choice or
 * without a base row); {@code front} is the Pareto front (indexes into {@code summaries}) of the objective vs
 * {@code sloScore}: the first SLO score, else {@link #DEFAULT_SLO_METRIC}; null when the rows have neither.
 */
public record Recommendation(
    Score objectiveScore,
    Score sloScore,
    Summary chosen,
    Summary closest,
    Summary base,
    double saving,
    double savingPercent,
    List<Summary> summaries,
    List<Integer> front) {

  /** The Pareto chart's y when the sweep sets no SLO. */
  public static final Score DEFAULT_SLO_METRIC = Score.UNSERVED_PERCENT;

  public Recommendation {
    summaries = List.copyOf(summaries);
    front = List.copyOf(front);
  }

  /**
   * One point over all loads: the objective summed over loads with the half-width of its 95 % confidence interval
   * (the loads' half-widths added in quadrature, NaN with one seed), the SLO metric's worst value over loads (the
   * Pareto chart's y), the total SLO violation, and whether the SLO holds on every load.
   */
  public record Summary(Point point, String label, double objective, double objectiveHalfWidth, double sloMetric,
      double violation, boolean meetsSlo) {}

  public boolean found() {
    return chosen != null;
  }
}
