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
  /**
   * The hours closed since the windows last took them (at most {@link #EVERY}: no window starts between), those with a
   * NaN left out. The windows take them in one pass when a window starts or is asked for: each window's additions
   * stay in order, and six hours in one pass load and store each window's sums once instead of six times (a year's
   * closes and forecasts 0.12 → 0.07 ms in isolation; benchmarks/HISTORY.md, twelfth session).
   */
  private final double[] pendingLoad = new double[EVERY];
  private final double[] pendingCapacity = new double[EVERY];
  private int pending;

  /** The next hour closes with this load and capacity × metric (the values the history's ring takes). */
  void close(double hourLoad, double hourCapacity) {
    if (closed % EVERY == 0 && closed > 0) {
      takePending(); // the hours before the window that starts now
      int w = (int) (closed / EVERY % WINDOWS);
      first[w] = closed;
      load[w] = 0;
      capacity[w] = 0;
    }
    if (!Double.isNaN(hourLoad) && !Double.isNaN(hourCapacity)) {
      pendingLoad[pending] = hourLoad;
      pendingCapacity[pending] = hourCapacity;
      pending++;
    }
    closed++;
  }

  /** Every window adds the pending hours, in order. */
  private void takePending() {
    if (pending == EVERY) { // the usual case, unrolled so that the loop over the windows is the inner one
      double l0 = pendingLoad[0], l1 = pendingLoad[1], l2 = pendingLoad[2];
      double l3 = pendingLoad[3], l4 = pendingLoad[4], l5 = pendingLoad[5];
      double c0 = pendingCapacity[0], c1 = pendingCapacity[1], c2 = pendingCapacity[2];
      double c3 = pendingCapacity[3], c4 = pendingCapacity[4], c5 = pendingCapacity[5];
      for (int w = 0; w < WINDOWS; w++) {
        load[w] = load[w] + l0 + l1 + l2 + l3 + l4 + l5;
        capacity[w] = capacity[w] + c0 + c1 + c2 + c3 + c4 + c5;
      }
    } else {
      for (int j = 0; j < pending; j++) {
        double l = pendingLoad[j];
        double c = pendingCapacity[j];
        for (int w = 0; w < WINDOWS; w++) {
          load[w] += l;
          capacity[w] += c;
        }
      }
    }
    pending = 0;
  }

  /**
   * Whether the sums of the last {@code n} closed hours are here; if so {@link #load()} and {@link #capacity()} give
   * them.
   */
  boolean window(int n) {
    takePending();
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
