package dev.asgsim.simulator.predictive;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * One predictive policy's hourly evaluation rows ({@link ForecastHour}) kept as columns of primitives while a run
 * records them, and read back as an immutable list of rows: a simulated year has 8 760 of them, and a row object per
 * hour, with the list's growth, was most of what the predictive year allocated (the recorder's rows and their page
 * faults about a fifth of the policy's hourly work; benchmarks/HISTORY.md, twelfth session). A run that reads only its
 * scores never makes the row objects; a reader of {@link PolicyForecast#hours()} gets each row made as it asks for it,
 * with the same values.
 */
final class ForecastRows {
  private long[] hourStart;
  private double[] loadForecast;
  private double[] load;
  private int[] capacityForecast;
  private double[] capacity;
  private int size;

  /** @param expected the rows the run will likely record (more are taken by growing the columns) */
  ForecastRows(int expected) {
    int n = Math.max(expected, 1);
    hourStart = new long[n];
    loadForecast = new double[n];
    load = new double[n];
    capacityForecast = new int[n];
    capacity = new double[n];
  }

  /** The next hour's row ({@link ForecastHour}'s components). */
  void add(long hourStart, double loadForecast, double load, int capacityForecast, double capacity) {
    if (size == this.hourStart.length) {
      grow();
    }
    this.hourStart[size] = hourStart;
    this.loadForecast[size] = loadForecast;
    this.load[size] = load;
    this.capacityForecast[size] = capacityForecast;
    this.capacity[size] = capacity;
    size++;
  }

  private void grow() {
    int n = hourStart.length * 2;
    hourStart = Arrays.copyOf(hourStart, n);
    loadForecast = Arrays.copyOf(loadForecast, n);
    load = Arrays.copyOf(load, n);
    capacityForecast = Arrays.copyOf(capacityForecast, n);
    capacity = Arrays.copyOf(capacity, n);
  }

  /** {@link ForecastHour#hasForecast()} of row {@code i}. */
  private boolean hasForecast(int i) {
    return ForecastHour.hasForecast(loadForecast[i], capacityForecast[i]);
  }

  /** The load forecast's accuracy against the load observed, over the rows so far. */
  Accuracy loadAccuracy() {
    Accuracy.Sums s = new Accuracy.Sums();
    for (int i = 0; i < size; i++) {
      s.add(hasForecast(i), loadForecast[i], load[i]);
    }
    return s.accuracy();
  }

  /** The capacity forecast's accuracy against the capacity the policies produced, over the rows so far. */
  Accuracy capacityAccuracy() {
    Accuracy.Sums s = new Accuracy.Sums();
    for (int i = 0; i < size; i++) {
      s.add(hasForecast(i), capacityForecast[i], capacity[i]);
    }
    return s.accuracy();
  }

  /** The rows so far, as an immutable list; nothing may be added after. */
  List<ForecastHour> list() {
    return new Rows(this, size);
  }

  /** An immutable view of the first {@code size} rows, made one at a time as they are read. */
  static final class Rows extends AbstractList<ForecastHour> implements RandomAccess {
    private final ForecastRows c;
    private final int size;

    private Rows(ForecastRows columns, int size) {
      this.c = columns;
      this.size = size;
    }

    @Override
    public ForecastHour get(int i) {
      if (i < 0 || i >= size) {
        throw new IndexOutOfBoundsException("row " + i + " of " + size);
      }
      return new ForecastHour(c.hourStart[i], c.loadForecast[i], c.load[i], c.capacityForecast[i], c.capacity[i]);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
