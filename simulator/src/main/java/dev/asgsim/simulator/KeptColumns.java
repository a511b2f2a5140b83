package dev.asgsim.simulator;

import java.util.function.IntToDoubleFunction;

/**
 * The columns of a whole run's {@link Timeline} (a result's), held for their shape instead of as one array per column
 * (which was 41 MB for a year, zeroed at allocation and written minute by minute): the columns that change a few times
 * a day as {@link MinuteRuns}, those that change every minute in {@link MinuteChunks}, and demand not held at all:
 * it is read back from the run's load ({@link Simulation#demand}), which the run keeps anyway. A streaming run's window is a ring of plain arrays ({@link Timeline}'s own).
 */
final class KeptColumns {
  /** Minute → the demand the run served (the load it keeps, times the CPU per load unit). */
  private final IntToDoubleFunction demand;
  final MinuteRuns desired = new MinuteRuns(0);
  final MinuteRuns pending = new MinuteRuns(0);
  final MinuteRuns inService = new MinuteRuns(0);
  final MinuteRuns warm = new MinuteRuns(0);
  final MinuteRuns serving = new MinuteRuns(0);
  final MinuteRuns minSize = new MinuteRuns(0);
  final MinuteRuns maxSize = new MinuteRuns(0);
  final MinuteRuns alarmHigh = new MinuteRuns(0);
  final MinuteRuns alarmLow = new MinuteRuns(0);
  final MinuteRuns[] moreHigh;
  final MinuteRuns[] moreLow;
  final MinuteRuns why = new MinuteRuns(Timeline.NO_HOLD);
  final MinuteRuns[] proposed;
  final MinuteRuns hookWait;
  final MinuteRuns warmPool;
  final MinuteRuns spotInterrupted;
  final MinuteRuns rebalanceLaunches;
  final MinuteChunks cpu;
  final MinuteChunks metric;
  final MinuteChunks credits;
  /** 0 where the group served its demand, yet changing in a quarter of a diurnal year's minutes: chunks, not runs. */
  final MinuteChunks unserved;

  KeptColumns(IntToDoubleFunction demand, int minutes, int policies, int alarmPairs, boolean hooks,
      boolean pool, boolean spot) {
    this.demand = demand;
    moreHigh = runs(Math.max(0, alarmPairs - 1), 0);
    moreLow = runs(Math.max(0, alarmPairs - 1), 0);
    proposed = runs(policies, 0);
    hookWait = hooks ? new MinuteRuns(0) : null;
    warmPool = pool ? new MinuteRuns(0) : null;
    spotInterrupted = spot ? new MinuteRuns(0) : null;
    rebalanceLaunches = spot ? new MinuteRuns(0) : null;
    cpu = new MinuteChunks(minutes, 0);
    metric = new MinuteChunks(minutes, Double.NaN);
    credits = new MinuteChunks(minutes, 0);
    unserved = new MinuteChunks(minutes, 0);
  }

  private static MinuteRuns[] runs(int n, int before) {
    MinuteRuns[] r = new MinuteRuns[n];
    for (int i = 0; i < n; i++) {
      r[i] = new MinuteRuns(before);
    }
    return r;
  }

  /** Minute m's demand as the run computed it, the same product bit for bit. */
  double demand(int m) {
    return demand.applyAsDouble(m);
  }

  double[] demandColumn(int minutes) {
    double[] a = new double[minutes];
    for (int m = 0; m < minutes; m++) {
      a[m] = demand(m);
    }
    return a;
  }
}
