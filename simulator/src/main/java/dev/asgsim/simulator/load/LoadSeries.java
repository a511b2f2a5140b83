package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;
import java.util.List;

/**
 * A rendered load: demand per simulated minute in percent of one instance's CPU. Rendered once and shared read-only
 * by any number of simulations (a sweep renders each load and seed once).
 */
public final class LoadSeries {
  private final double[] demand;
  private final String description;
  private final List<String> notes;

  public LoadSeries(double[] demand, String description, List<String> notes) {
    this.demand = demand.clone();
    this.description = description;
    this.notes = List.copyOf(notes);
  }

  public int minutes() {
    return demand.length;
  }

  /** Demand during minute {@code m}; holds the last value past the end. */
  public double at(int minute) {
    return demand[Math.min(minute, demand.length - 1)];
  }

  /** A copy of the demand column. */
  public double[] toArray() {
    return demand.clone();
  }

  public String description() {
    return description;
  }

  public List<String> notes() {
    return notes;
  }

  /** This series multiplied by {@code factor} ({@code --load-scale}). */
  public LoadSeries scaled(double factor) {
    if (factor == 1.0) {
      return this;
    }
    double[] d = demand.clone();
    for (int i = 0; i < d.length; i++) {
      d[i] *= factor;
    }
    return new LoadSeries(d, description + " × " + Numbers.shortest(factor), notes);
  }

  /** A constant load, mainly for tests and benchmarks. */
  public static LoadSeries constant(double value, int minutes) {
    double[] d = new double[minutes];
    java.util.Arrays.fill(d, value);
    return new LoadSeries(d, "const(" + Numbers.shortest(value) + ")", List.of());
  }
}
