package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The answer of a sweep. {@code chosen} is the cheapest deployable point (sum of the objective's means over the
 * loads) that meets the SLO on every load: a point whose policies AWS runs ({@link Point#deployable}); when none
 * does, {@code chosen} is null and {@code closest} is the point with the smallest SLO violation. {@code benchBest} is
 * the cheapest point meeting the SLO when that is a bench plug-in cheaper than {@code chosen} (or met the SLO where
 * no AWS point did): worth knowing, never the configuration to apply. {@code saving} is the base's objective minus
 * the chosen one's (NaN without a choice or without a base row); {@code front} is the Pareto front (indexes into
 * {@code summaries}) of the objective vs {@code sloScore}: the first SLO score, else {@link #DEFAULT_SLO_METRIC};
 * null when the rows have neither.
 */
public record Recommendation(
    Score objectiveScore,
    Score sloScore,
    Summary chosen,
    Summary closest,
    Summary benchBest,
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
   * Pareto chart's y), every SLO score's worst value over loads ({@code sloValues}, in the SLO's order; with no SLO,
   * {@code sloScore}'s), the total SLO violation, whether the SLO holds on every load, the bounds it misses (each at
   * its worst load) and whether AWS can run it.
   */
  public record Summary(Point point, String label, double objective, double objectiveHalfWidth, double sloMetric,
      Map<Score, Double> sloValues, double violation, boolean meetsSlo, List<SloMiss> misses, boolean deployable) {
    public Summary {
      sloValues = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sloValues));
      misses = List.copyOf(misses);
    }
  }

  public boolean found() {
    return chosen != null;
  }

  /** {@link #front} as a set, for the reports that ask of every point whether it is on the front. */
  public BitSet frontIndexes() {
    BitSet set = new BitSet(summaries.size());
    front.forEach(set::set);
    return set;
  }
}
