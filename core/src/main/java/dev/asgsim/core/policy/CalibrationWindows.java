package dev.asgsim.core.policy;

/**
 * The sums that calibrate L̂ (aws-behaviour §5.2: the load per capacity unit over the history a forecast uses), kept for
 * the forecasts to come as each hour closes, instead of added up at each forecast. A forecast every 6 hours sums the
 * last min(14 d, available) hours oldest first, skipping hours whose load or capacity is NaN; those 336 additions form
 * two chains of dependent additions, about 4 cycles each, that nothing overlaps (about 0.6 ms of a simulated year's
 * 1 460 forecasts; benchmarks/HISTORY.md, eleventh session). Here every window that may be asked for is a running sum
 * of its own, started empty at its first hour and given each closing hour in turn: the same additions in the same
 * order as the forecast's loop, so the same doubles, and the 56 windows' additions of one hour are independent of
 * each other.
 *
 * <p>A window starts at hour 0 and at every 6th hour after (numbered by closing order); one that started 336 hours ago
 * is the next to start again. So the sums of the last {@code n} hours are here when {@code n} covers every hour so far
 * (the windows that started at hour 0 and have not started again) or when the window starts at a multiple of 6 hours
 * less than 336 hours ago: the built-in forecaster's forecasts (the first at 24 hours, then every 6) always are. For any
 * other window (a forecast that failed and was tried an hour later) the forecast adds up the history as before.
 */
final class CalibrationWindows {
  private static final int EVERY = PredictiveEvaluator.REFORECAST_HOURS;
  private static final int WINDOWS = PredictiveEvaluator.HISTORY_HOURS / EVERY;
  private final double[] load = new double[WINDOWS];
  private final double[] capacity = new double[WINDOWS];
  /** The number of the hour each window started at. */
  private final long[] first = new long[WINDOWS];
  /** Hours closed so far. */
  private long closed;
  private int found = -1;

  /** The next hour closes with this load and capacity × metric (the values the history's ring takes). */
  void close(double hourLoad, double hourCapacity) {
    if (closed % EVERY == 0 && closed > 0) {
      int w = (int) (closed / EVERY % WINDOWS);
      first[w] = closed;
      load[w] = 0;
      capacity[w] = 0;
    }
    if (!Double.isNaN(hourLoad) && !Double.isNaN(hourCapacity)) {
      for (int w = 0; w < WINDOWS; w++) {
        load[w] += hourLoad;
        capacity[w] += hourCapacity;
      }
    }
    closed++;
  }

  /**
   * Whether the sums of the last {@code n} closed hours are here; if so {@link #load()} and {@link #capacity()} give
   * them.
   */
  boolean window(int n) {
    long start = closed - n;
    found = -1;
    if (n < 0 || start < 0 || start % EVERY != 0) {
      return false;
    }
    int w = (int) (start / EVERY % WINDOWS);
    if (first[w] != start) {
      return false;
    }
    found = w;
    return true;
  }

  /** The load sum of the window {@link #window} found. */
  double load() {
    return load[found];
  }

  /** The capacity × metric sum of the window {@link #window} found. */
  double capacity() {
    return capacity[found];
  }
}
