package dev.asgsim.simulator.report.chart;

import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * What the charts draw of one run, per column (see {@link Columns}): capacity in instances, demand in instances' worth
 * (demand ÷ 100 % of one instance), the part of demand served, the capacity lost to CPU-credit throttling, the metric,
 * CPU and credits, MinSize/MaxSize and the scaling decisions. The PNG chart and the interactive report read the same
 * series, so both show the same numbers.
 *
 * <p>Throttled capacity is derived from the timeline, not guessed: the load balancer spreads demand evenly (aws-behaviour §8.1),
 * so in a minute with unserved demand every serving instance runs at its cap, and what the serving instances could
 * not deliver is {@code serving − served ÷ 100}. Fixed-performance instances cap at 100 %, so for them this is zero
 * and all unserved demand is "too few instances".
 */
public final class RunSeries {
  private static final double EPSILON = 1e-6;
  public final Columns cols;
  public final Columns.Band demand;
  public final Columns.Band served;
  public final Columns.Band desired;
  public final Columns.Band inService;
  public final Columns.Band serving;
  /** What the serving instances could deliver: serving minus the capacity lost to throttling. */
  public final Columns.Band effective;
  public final Columns.Band cpu;
  /** The metric datapoint in force (each held until the next one). */
  public final Columns.Band metric;
  public final Columns.Band credits;
  public final int[] minSize;
  public final int[] maxSize;
  public final int[] scaleOuts;
  public final int[] scaleIns;
  public final int[] scheduled;
  /** {@code why[hold.ordinal()][c]}: minutes of column c in which that {@link Hold} kept desired where it was. */
  public final int[][] why;
  public final boolean burstable;
  public final boolean throttled;
  public final boolean unserved;
  /** Instances held by lifecycle hooks (aws-behaviour §6.5); null without hooks. */
  public final Columns.Band hookWait;
  /** Instances in the warm pool (aws-behaviour §7.6); null without a pool. */
  public final Columns.Band warmPool;

  public RunSeries(SimulationResult r, int maxColumns) {
    Timeline t = r.timeline().orElseThrow(() -> new IllegalArgumentException("the run recorded no timeline"));
    cols = Columns.of(t.minutes(), t.startEpochSecond(), maxColumns);
    demand = cols.band(m -> t.demand(m) / 100.0);
    served = cols.band(m -> servedInstances(t, m));
    desired = cols.band(t::desired);
    inService = cols.band(t::inService);
    serving = cols.band(t::serving);
    effective = cols.band(m -> t.serving(m) - lost(t, m));
    cpu = cols.band(t::cpu);
    double[] held = heldMetric(t);
    metric = cols.band(m -> held[m]);
    credits = cols.band(t::credits);
    hookWait = t.hasHookWait() ? cols.band(t::hookWait) : null;
    warmPool = t.hasWarmPool() ? cols.band(t::warmPool) : null;
    boolean anyCredits = false;
    boolean anyLost = false;
    boolean anyUnserved = false;
    for (int m = 0; m < t.minutes(); m++) {
      anyCredits |= !Double.isNaN(t.credits(m));
      anyLost |= lost(t, m) > EPSILON;
      anyUnserved |= t.unserved(m) > EPSILON;
    }
    burstable = anyCredits;
    throttled = anyLost;
    unserved = anyUnserved;
    minSize = new int[cols.count()];
    maxSize = new int[cols.count()];
    scaleOuts = new int[cols.count()];
    scaleIns = new int[cols.count()];
    scheduled = new int[cols.count()];
    bounds(r, t);
    why = new int[Hold.values().length][cols.count()];
    for (int m = 0; m < t.minutes(); m++) {
      Hold h = t.why(m);
      if (h != null) {
        why[h.ordinal()][cols.columnOf(m)]++;
      }
    }
  }

  /** The reasons that held desired at least one minute, in {@link Hold} order. */
  public List<Hold> holdsPresent() {
    List<Hold> present = new ArrayList<>();
    for (Hold h : Hold.values()) {
      for (int v : why[h.ordinal()]) {
        if (v > 0) {
          present.add(h);
          break;
        }
      }
    }
    return present;
  }

  private static double servedInstances(Timeline t, int m) {
    return (t.demand(m) - t.unserved(m)) / 100.0;
  }

  /**
   * Capacity the serving instances could not deliver this minute because CPU credits capped them (instances): only in
   * minutes with unserved demand while the serving instances ran below 100 % CPU (without throttling, unserved demand
   * means every serving instance is at 100 %). The tolerance keeps floating-point dust from counting.
   */
  static double lost(Timeline t, int m) {
    if (t.unserved(m) <= EPSILON || !(t.cpu(m) < 100 - EPSILON)) {
      return 0;
    }
    return Math.max(0, t.serving(m) - servedInstances(t, m));
  }

  private static double[] heldMetric(Timeline t) {
    double[] held = new double[t.minutes()];
    double last = Double.NaN;
    for (int m = 0; m < held.length; m++) {
      if (!Double.isNaN(t.metric(m))) {
        last = t.metric(m);
      }
      held[m] = last;
    }
    return held;
  }

  /** MinSize/MaxSize in force at each column's end (scheduled actions change them), and decisions per column. */
  private void bounds(SimulationResult r, Timeline t) {
    List<ScalingDecision> ds = r.decisions();
    int next = 0;
    for (int c = 0; c < cols.count(); c++) {
      long end = cols.startMillis(c + 1);
      while (next < ds.size() && ds.get(next).epochSecond() * 1000L < end) {
        ScalingDecision d = ds.get(next++);
        int at = cols.columnOf((int) Math.max(0, (d.epochSecond() * 1000L - cols.startMillis(0)) / 60_000L));
        if (d.source() == DecisionSource.SCHEDULED) {
          scheduled[at]++;
        } else if (d.newDesired() > d.oldDesired()) {
          scaleOuts[at]++;
        } else if (d.newDesired() < d.oldDesired()) {
          scaleIns[at]++;
        }
      }
      minSize[c] = t.minSize(cols.first(c + 1) - 1);
      maxSize[c] = t.maxSize(cols.first(c + 1) - 1);
    }
  }
}
