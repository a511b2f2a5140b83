package dev.asgsim.simulator.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The points no other point beats on both axes at once (both minimised: cost and an SLO metric). A point is
 * dominated when another is no worse on both and strictly better on one; equal points are all on the front.
 */
public final class ParetoFront {
  private ParetoFront() {}

  /** The indexes (into {@code x}/{@code y}) of the non-dominated points, by increasing x then y. NaNs are never on it. */
  public static List<Integer> of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length");
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        order.add(i);
      }
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> x[i]).thenComparingDouble(i -> y[i]).thenComparingInt(i -> i));
    // Sweep by increasing x: a point is on the front when its y is below every y seen so far (or ties the last
    // front point exactly).
    List<Integer> front = new ArrayList<>();
    double bestY = Double.POSITIVE_INFINITY;
    for (int i : order) {
      if (y[i] < bestY) {
        front.add(i);
        bestY = y[i];
      } else if (!front.isEmpty()) {
        int last = front.get(front.size() - 1);
        if (x[last] == x[i] && y[last] == y[i]) {
          front.add(i);
        }
      }
    }
    return front;
  }
}
