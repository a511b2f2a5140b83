package dev.asgsim.simulator.sweep.report;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SloMiss;
import java.util.List;
import java.util.stream.Collectors;

/** A score's value and name as the sweep's outputs write them for people: "$" on dollars, units on axes. */
public final class ScoreText {
  private static final String USD = "USD";

  private ScoreText() {}

  public static boolean isDollars(Score score) {
    return USD.equals(score.unit());
  }

  /** {@code $67.79} for a cost, else the number alone (4 significant digits). */
  public static String value(Score score, double v) {
    String n = Numbers.brief(v);
    if (!isDollars(score) || Double.isNaN(v)) {
      return n;
    }
    return v < 0 ? "-$" + n.substring(1) : "$" + n;
  }

  /** An axis or column title with the unit: {@code Cost ($)}, {@code UnservedPercent (% of demand)}. */
  public static String title(Score score) {
    return score.scoreName() + " (" + (isDollars(score) ? "$" : score.unit()) + ")";
  }

  /** "met", or which bounds were missed and by how much: {@code missed: UnservedPercent 0.3267 > 0.1 (+0.2267)}. */
  public static String verdict(Recommendation.Summary s, boolean withLoad) {
    return s.meetsSlo() ? "met" : "missed: " + misses(s.misses(), withLoad);
  }

  /** The missed bounds, "; " between them. */
  public static String misses(List<SloMiss> misses, boolean withLoad) {
    return misses.stream().map(m -> m.text(withLoad)).collect(Collectors.joining("; "));
  }
}
