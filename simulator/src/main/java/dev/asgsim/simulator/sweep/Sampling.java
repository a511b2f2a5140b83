package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Which points of the grid a sweep runs: all of them, or a seeded random sample of distinct grid points. Points are
 * numbered from 1 in grid order (the last axis varies fastest); 0 is the base config.
 */
public record Sampling(Mode mode, int points, long seed) {
  public enum Mode { GRID, RANDOM }

  public static final Sampling GRID = new Sampling(Mode.GRID, 0, 0);

  public Sampling {
    if (mode == Mode.RANDOM && points < 1) {
      throw new IllegalArgumentException("a random sample needs Points >= 1, not " + points);
    }
  }

  public static Sampling random(int points, long seed) {
    return new Sampling(Mode.RANDOM, points, seed);
  }

  /** The number of grid points, saturating at {@link Long#MAX_VALUE}. */
  public static long gridSize(List<Axis> axes) {
    long size = 1;
    for (Axis axis : axes) {
      try {
        size = Math.multiplyExact(size, axis.values().size());
      } catch (ArithmeticException e) {
        return Long.MAX_VALUE;
      }
    }
    return size;
  }

  /** The points to run, in ascending grid order. */
  public List<Point> points(List<Axis> axes) {
    long size = gridSize(axes);
    if (mode == Mode.GRID || points >= size) {
      if (size > Integer.MAX_VALUE - 1) {
        throw new IllegalArgumentException("the grid has " + size + " points; sample it (Sample: {Mode: Random, Points: N})");
      }
      List<Point> all = new ArrayList<>((int) size);
      for (long i = 0; i < size; i++) {
        all.add(decode(axes, i, all.size() + 1));
      }
      return all;
    }
    // Floyd's algorithm: exactly `points` distinct indexes with one draw each, whatever the grid size.
    SplittableRandom random = new SplittableRandom(seed);
    TreeSet<Long> chosen = new TreeSet<>();
    for (long j = size - points; j < size; j++) {
      long t = random.nextLong(j + 1);
      if (!chosen.add(t)) {
        chosen.add(j);
      }
    }
    List<Point> sample = new ArrayList<>(points);
    for (long index : chosen) {
      sample.add(decode(axes, index, sample.size() + 1));
    }
    return sample;
  }

  private static Point decode(List<Axis> axes, long gridIndex, int pointIndex) {
    JsonNode[] values = new JsonNode[axes.size()];
    long rest = gridIndex;
    for (int a = axes.size() - 1; a >= 0; a--) {
      List<JsonNode> v = axes.get(a).values();
      values[a] = v.get((int) (rest % v.size()));
      rest /= v.size();
    }
    return new Point(pointIndex, List.of(values));
  }
}
