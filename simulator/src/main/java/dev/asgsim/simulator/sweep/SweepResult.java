package dev.asgsim.simulator.sweep;

import dev.asgsim.simulator.score.Score;
import java.util.List;

/**
 * What a sweep produced: one row per valid point and load (in point order, then load order), the findings for what
 * it skipped, and whether it ran to the end ({@code false} after a cancel: the rows are those finished by then).
 */
public record SweepResult(SweepDefinition definition, List<Point> points, List<PointResult> rows,
    List<Finding> findings, boolean complete) {
  public SweepResult {
    points = List.copyOf(points);
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
  }

  /** The score names of the rows, in the simulator's order; empty when no row finished. */
  public List<Score> scoreNames() {
    return rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).scores().keySet());
  }
}
