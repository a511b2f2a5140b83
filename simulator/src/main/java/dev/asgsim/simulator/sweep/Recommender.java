package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the rows of a sweep into its {@link Recommendation}. */
public final class Recommender {
  private Recommender() {}

  public static Recommendation recommend(SweepResult result) {
    SweepDefinition def = result.definition();
    int loads = def.loads().size();
    Score objective = def.objective();
    Score sloScore = def.slo().isEmpty() ? null : def.slo().maxima().keySet().iterator().next();
    if (sloScore == null && result.scoreNames().contains(Recommendation.DEFAULT_SLO_METRIC)) {
      sloScore = Recommendation.DEFAULT_SLO_METRIC;
    }
    List<Score> sloScores = def.slo().isEmpty()
        ? (sloScore == null ? List.of() : List.of(sloScore)) : List.copyOf(def.slo().maxima().keySet());
    Map<Integer, List<PointResult>> byPoint = new TreeMap<>();
    for (PointResult row : result.rows()) {
      byPoint.computeIfAbsent(row.point().index(), k -> new ArrayList<>()).add(row);
    }
    List<Recommendation.Summary> summaries = new ArrayList<>();
    for (List<PointResult> rows : byPoint.values()) {
      if (rows.size() != loads) {
        continue; // a point with a failed load cannot be judged "on every load"
      }
      summaries.add(summary(def, rows, objective, sloScore, sloScores));
    }
    Recommendation.Summary base = summaries.stream().filter(s -> s.point().isBase()).findFirst().orElse(null);
    Recommendation.Summary chosen = null;
    Recommendation.Summary cheapest = null;
    Recommendation.Summary closest = null;
    for (Recommendation.Summary s : summaries) {
      if (s.meetsSlo() && (cheapest == null || s.objective() < cheapest.objective())) {
        cheapest = s;
      }
      if (s.meetsSlo() && s.deployable() && (chosen == null || s.objective() < chosen.objective())) {
        chosen = s;
      }
    }
    // What comes closest among the points AWS can run; only when there is none, among the bench's.
    for (boolean deployableOnly : new boolean[] {true, false}) {
      for (Recommendation.Summary s : summaries) {
        if ((s.deployable() || !deployableOnly) && (closest == null || s.violation() < closest.violation()
            || (s.violation() == closest.violation() && s.objective() < closest.objective()))) {
          closest = s;
        }
      }
      if (closest != null) {
        break;
      }
    }
    double saving = Double.NaN;
    double percent = Double.NaN;
    if (chosen != null && base != null) {
      saving = base.objective() - chosen.objective();
      percent = base.objective() == 0 ? Double.NaN : 100 * saving / base.objective();
    }
    double[] x = summaries.stream().mapToDouble(Recommendation.Summary::objective).toArray();
    double[] y = summaries.stream().mapToDouble(Recommendation.Summary::sloMetric).toArray();
    List<Integer> front = sloScore == null ? List.of() : ParetoFront.of(x, y);
    return new Recommendation(objective, sloScore, chosen, chosen == null ? closest : null,
        cheapest == chosen ? null : cheapest, base, saving, percent, summaries, front);
  }

  /** One point over its loads; a missed bound is reported once, at the load where it is missed by the most. */
  private static Recommendation.Summary summary(SweepDefinition def, List<PointResult> rows, Score objective,
      Score sloScore, List<Score> sloScores) {
    double cost = 0;
    double variance = 0;
    double violation = 0;
    Map<Score, Double> worst = new LinkedHashMap<>();
    Map<Score, SloMiss> misses = new LinkedHashMap<>();
    for (PointResult row : rows) {
      Estimate e = row.score(objective);
      cost += e.mean();
      variance += e.halfWidth() * e.halfWidth();
      for (Score s : sloScores) {
        worst.merge(s, def.slo().value(row.score(s)), Math::max);
      }
      for (SloMiss m : def.slo().misses(row)) {
        misses.merge(m.score(), m, (a, b) -> b.excess() > a.excess() ? b : a);
      }
      violation += def.slo().violation(row);
    }
    Point point = rows.get(0).point();
    return new Recommendation.Summary(point, point.label(def.axes()), cost, Math.sqrt(variance),
        sloScore == null ? Double.NaN : worst.get(sloScore), worst, violation, violation == 0,
        new ArrayList<>(misses.values()), point.deployable(def.axes()));
  }
}
