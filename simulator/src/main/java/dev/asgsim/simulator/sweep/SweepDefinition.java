package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.simulator.score.Score;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sweep, read and checked: the base config, the axes to vary, which grid points to run, the loads, how many seeds
 * per point, the SLO and the score to minimise. {@code directory} is where relative paths (traces) are resolved;
 * {@code findings} are what reading the file skipped (an axis whose path names no member, for instance);
 * {@code baseDirectory} is the base config's directory, against which its own {@code Load}'s trace paths are
 * relative (the sweep file's directory for an inline base).
 */
public record SweepDefinition(
    ScalingConfig base,
    List<Axis> axes,
    Sampling sampling,
    List<LoadCase> loads,
    int seeds,
    long seed,
    Slo slo,
    Score objective,
    Path directory,
    List<Finding> findings,
    Path baseDirectory) {

  /** The score minimised when the sweep names none. */
  public static final Score DEFAULT_OBJECTIVE = Score.COST;
  public static final int DEFAULT_SEEDS = 1;
  /** The policies-axis value that keeps the config's own scaling policies. */
  public static final String AWS_POLICIES = "aws";
  public static final long DEFAULT_SEED = 1;
  /**
   * One mapper for every call: a new one introspects the config's classes again (its caches start empty), which cost
   * a sweep run milliseconds and kept the JIT compiling Jackson's introspection late into a benchmark.
   */
  private static final ObjectMapper MAPPER = ConfigMapper.json();

  public SweepDefinition {
    Objects.requireNonNull(base, "base");
    axes = List.copyOf(axes);
    Objects.requireNonNull(sampling, "sampling");
    loads = List.copyOf(loads);
    if (loads.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one load");
    }
    if (seeds < 1) {
      throw new IllegalArgumentException("Seeds must be at least 1, not " + seeds);
    }
    slo = slo == null ? Slo.NONE : slo;
    objective = objective == null ? DEFAULT_OBJECTIVE : objective;
    directory = directory == null ? Path.of(".") : directory;
    findings = findings == null ? List.of() : List.copyOf(findings);
    baseDirectory = baseDirectory == null ? directory : baseDirectory;
  }

  /** A sweep whose base config's traces are relative to {@code directory} (an inline base, or one beside the sweep). */
  public SweepDefinition(ScalingConfig base, List<Axis> axes, Sampling sampling, List<LoadCase> loads, int seeds,
      long seed, Slo slo, Score objective, Path directory, List<Finding> findings) {
    this(base, axes, sampling, loads, seeds, seed, slo, objective, directory, findings, null);
  }

  /** The base point's value on every axis: what the base config says (or {@code aws} on the policies axis). */
  public Point basePoint() {
    JsonNode tree = MAPPER.valueToTree(base);
    List<JsonNode> values = axes.stream()
        .map(a -> a.isPolicies() ? TextNode.valueOf(AWS_POLICIES) : a.path().get(tree))
        .toList();
    return new Point(0, values);
  }

  /**
   * The base point followed by the sampled points, less any sampled point whose values are exactly the base's (the
   * base already runs that config; e.g. {@code aws} on a Policies axis alone).
   */
  public List<Point> points() {
    List<Point> sampled = sampling.points(axes);
    List<Point> all = new ArrayList<>(sampled.size() + 1);
    Point base = basePoint();
    all.add(base);
    for (Point p : sampled) {
      if (!p.values().equals(base.values())) {
        all.add(p);
      }
    }
    return all;
  }
}
