package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.ArrayList;
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
    Map<Integer, List<PointResult>> byPoint = new TreeMap<>();
    for (PointResult row : result.rows()) {
      byPoint.computeIfAbsent(row.point().index(), k -> new ArrayList<>()).add(row);
    }
    List<Recommendation.Summary> summaries = new ArrayList<>();
    for (List<PointResult> rows : byPoint.values()) {
      if (rows.size() != loads) {
        continue; // a point with a failed load cannot be judged "on every load"
      }
      double cost = 0;
      double variance = 0;
      double worst = sloScore == null ? Double.NaN : Double.NEGATIVE_INFINITY;
      double violation = 0;
      for (PointResult row : rows) {
        Estimate e = row.score(objective);
        cost += e.mean();
        variance += e.halfWidth() * e.halfWidth();
        if (sloScore != null) {
          worst = Math.max(worst, def.slo().value(row.score(sloScore)));
        }
        violation += def.slo().violation(row);
      }
      Point point = rows.get(0).point();
      summaries.add(new Recommendation.Summary(point, point.label(def.axes()), cost, Math.sqrt(variance), worst,
          violation, violation == 0));
    }
    Recommendation.Summary base = summaries.stream().filter(s -> s.point().isBase()).findFirst().orElse(null);
    Recommendation.Summary chosen = null;
    Recommendation.Summary closest = null;
    for (Recommendation.Summary s : summaries) {
      if (s.meetsSlo() && (chosen == null || s.objective() < chosen.objective())) {
        chosen = s;
      }
      if (closest == null || s.violation() < closest.violation()
          || (s.violation() == closest.violation() && s.objective() < closest.objective())) {
        closest = s;
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
    return new Recommendation(objective, sloScore, chosen, chosen == null ? closest : null, base, saving, percent, summaries, front);
  }
}
