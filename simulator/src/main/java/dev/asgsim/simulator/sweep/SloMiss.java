package dev.asgsim.simulator.sweep;

import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.score.Score;

/**
 * One SLO bound a point missed: the score, the value held against the bound (the mean or the upper 95 % bound, as
 * the sweep's {@code SloStatistic} says), the bound and the load where it was missed (for a point, its worst load).
 */
public record SloMiss(Score score, double value, double bound, String load) {
  /** By how much the value is over the bound. */
  public double excess() {
    return value - bound;
  }

  /** {@code UnservedPercent 0.3267 > 0.1 (+0.2267)}, plus {@code  on LOAD} when {@code withLoad}. */
  public String text(boolean withLoad) {
    return score.scoreName() + " " + Numbers.brief(value) + " > " + Numbers.brief(bound) + " (+"
        + Numbers.brief(excess()) + ")" + (withLoad && load != null ? " on " + load : "");
  }
}
