package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;
import java.io.Serializable;
import java.util.List;

/**
 * A rendered load: demand per simulated minute in percent of one instance's CPU. Rendered once and shared read-only
 * by any number of simulations (a sweep renders each load and seed once).
 */
public final class LoadSeries implements Serializable {
  private static final long serialVersionUID = 1L;
  private final double[] demand;
  private final String description;
  private final List<String> notes;
  private final TraceEnd traceEnd;
  private final double initialCapacity;

  /**
   * What happened at the end of a trace in the load (summary.json's {@code load.traceEnd}).
   *
   * @param policy           stop, hold or repeat ({@link TraceLoad.End})
   * @param traceMinutes     the trace's length
   * @param requestedMinutes the duration asked for (the trace's length when none was)
   */
  public record TraceEnd(String policy, int traceMinutes, int requestedMinutes) implements Serializable {}

  public LoadSeries(double[] demand, String description, List<String> notes) {
    this(demand, description, notes, null);
  }

  /** @param traceEnd how a trace in the load ended, null when the load has no trace */
  public LoadSeries(double[] demand, String description, List<String> notes, TraceEnd traceEnd) {
    this(demand, description, notes, traceEnd, Double.NaN);
  }

  /** @param initialCapacity the group's desired capacity at the first minute from the trace, NaN when unknown */
  private LoadSeries(double[] demand, String description, List<String> notes, TraceEnd traceEnd,
      double initialCapacity) {
    this.demand = demand.clone();
    this.description = description;
    this.notes = List.copyOf(notes);
    this.traceEnd = traceEnd;
    this.initialCapacity = initialCapacity;
  }

  /**
   * The group's GroupDesiredCapacity at the first minute when the load is a trace written by {@code asgsim history}
   * with that column, else NaN (aws-behaviour §12.1: a steady start uses "the real GroupDesiredCapacity").
   */
  public double initialCapacity() {
    return initialCapacity;
  }

  /** This series with the group's desired capacity at its first minute (NaN: unknown). */
  public LoadSeries withInitialCapacity(double capacity) {
    return new LoadSeries(demand, description, notes, traceEnd, capacity);
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

  /** How a trace in the load ended, or null when the load has no trace. */
  public TraceEnd traceEnd() {
    return traceEnd;
  }

  /** This series with one more note and the trace's end recorded. */
  LoadSeries withTraceEnd(TraceEnd end, String note) {
    List<String> all = new java.util.ArrayList<>(notes);
    if (note != null) {
      all.add(note);
    }
    return new LoadSeries(demand, description, all, end, initialCapacity);
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
    return new LoadSeries(d, description + " × " + Numbers.shortest(factor), notes, traceEnd, initialCapacity);
  }

  /** A constant load, mainly for tests and benchmarks. */
  public static LoadSeries constant(double value, int minutes) {
    double[] d = new double[minutes];
    java.util.Arrays.fill(d, value);
    return new LoadSeries(d, "const(" + Numbers.shortest(value) + ")", List.of());
  }
}
