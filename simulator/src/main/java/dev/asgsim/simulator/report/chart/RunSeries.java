package dev.asgsim.simulator.report.chart;

import dev.asgsim.core.policy.DecisionSource;
import dev.asgsim.core.policy.Hold;
import dev.asgsim.simulator.ScalingDecision;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import java.util.ArrayList;
import java.util.List;

/**
 * What the charts draw of one run, per column (see {@link Columns}): capacity in instances (capacity units in a weighted
 * group), demand in instances' worth (demand ÷ 100 % of one instance, times {@link Timeline#unitsPerInstance} to count
 * it in the same units as desired), the part of demand served, the capacity lost to CPU-credit throttling, the metric,
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
  /** Spot interruptions and Capacity Rebalancing launches per minute (aws-behaviour §7.7); null without a hazard. */
  public final Columns.Band spotInterrupted;
  public final Columns.Band rebalanceLaunches;

  /** The series of a result's whole timeline. */
  public RunSeries(SimulationResult r, int maxColumns) {
    this(of(r, maxColumns), r.decisions());
  }

  private static Builder of(SimulationResult r, int maxColumns) {
    Timeline t = r.timeline().orElseThrow(() -> new IllegalArgumentException("the run recorded no timeline"));
    Builder b = new Builder(t.minutes(), t.startEpochSecond(), maxColumns);
    for (int m = 0; m < t.minutes(); m++) {
      b.row(t, m);
    }
    return b;
  }

  private RunSeries(Builder b, List<ScalingDecision> decisions) {
    cols = b.cols;
    demand = b.demand.band();
    served = b.served.band();
    desired = b.desired.band();
    inService = b.inService.band();
    serving = b.serving.band();
    effective = b.effective.band();
    cpu = b.cpu.band();
    metric = b.metric.band();
    credits = b.credits.band();
    hookWait = b.hasHookWait ? b.hookWait.band() : null;
    warmPool = b.hasWarmPool ? b.warmPool.band() : null;
    spotInterrupted = b.hasSpot ? b.spotInterrupted.band() : null;
    rebalanceLaunches = b.hasSpot ? b.rebalanceLaunches.band() : null;
    burstable = b.anyCredits;
    throttled = b.anyLost;
    unserved = b.anyUnserved;
    minSize = b.minSize.clone();
    maxSize = b.maxSize.clone();
    scaleOuts = new int[cols.count()];
    scaleIns = new int[cols.count()];
    scheduled = new int[cols.count()];
    why = new int[b.why.length][];
    for (int h = 0; h < why.length; h++) {
      why[h] = b.why[h].clone();
    }
    count(decisions);
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

  /**
   * Accumulates the series from timeline rows fed in minute order (a streaming run's {@code RecordSink}): memory per
   * column, not per minute.
   */
  public static final class Builder {
    private final Columns cols;
    private final Columns.BandSums demand;
    private final Columns.BandSums served;
    private final Columns.BandSums desired;
    private final Columns.BandSums inService;
    private final Columns.BandSums serving;
    private final Columns.BandSums effective;
    private final Columns.BandSums cpu;
    private final Columns.BandSums metric;
    private final Columns.BandSums credits;
    private final Columns.BandSums hookWait;
    private final Columns.BandSums warmPool;
    private final Columns.BandSums spotInterrupted;
    private final Columns.BandSums rebalanceLaunches;
    private boolean hasSpot;
    /** Whether the rows carry the hook_wait / warm_pool columns (the group has hooks / a warm pool). */
    private boolean hasHookWait;
    private boolean hasWarmPool;
    private final int[] minSize;
    private final int[] maxSize;
    /** Minutes per column that each {@link Hold} kept desired where it was. */
    private final int[][] why;
    /** The metric datapoint in force: each held until the next one. */
    private double heldMetric = Double.NaN;
    private boolean anyCredits;
    private boolean anyLost;
    private boolean anyUnserved;
    /** The column of the last row and its minutes {@code [columnStart, columnEnd)}. */
    private int column;
    private int columnStart;
    private int columnEnd;

    public Builder(int minutes, long startEpochSecond, int maxColumns) {
      cols = Columns.of(minutes, startEpochSecond, maxColumns);
      demand = cols.sums();
      served = cols.sums();
      desired = cols.sums();
      inService = cols.sums();
      serving = cols.sums();
      effective = cols.sums();
      cpu = cols.sums();
      metric = cols.sums();
      credits = cols.sums();
      hookWait = cols.sums();
      warmPool = cols.sums();
      spotInterrupted = cols.sums();
      rebalanceLaunches = cols.sums();
      minSize = new int[cols.count()];
      maxSize = new int[cols.count()];
      why = new int[Hold.values().length][cols.count()];
    }

    /** Minute {@code m}'s row of {@code t}; rows must come in order. */
    public void row(Timeline t, int m) {
      if (m < columnStart || m >= columnEnd) { // a new column: its bounds once, not a long division per row
        column = cols.columnOf(m);
        columnStart = cols.first(column);
        columnEnd = cols.first(column + 1);
      }
      int c = column;
      demand.add(c, t.demand(m) / 100.0 * t.unitsPerInstance());
      served.add(c, served(t, m));
      desired.add(c, t.desired(m));
      inService.add(c, t.inService(m));
      serving.add(c, t.serving(m));
      double lost = lost(t, m);
      effective.add(c, t.serving(m) - lost);
      cpu.add(c, t.cpu(m));
      if (!Double.isNaN(t.metric(m))) {
        heldMetric = t.metric(m);
      }
      metric.add(c, heldMetric);
      credits.add(c, t.credits(m));
      hasHookWait = t.hasHookWait();
      hasWarmPool = t.hasWarmPool();
      if (hasHookWait) {
        hookWait.add(c, t.hookWait(m));
      }
      if (hasWarmPool) {
        warmPool.add(c, t.warmPool(m));
      }
      hasSpot = t.hasSpot();
      if (hasSpot) {
        spotInterrupted.add(c, t.spotInterrupted(m));
        rebalanceLaunches.add(c, t.rebalanceLaunches(m));
      }
      anyCredits |= !Double.isNaN(t.credits(m));
      anyLost |= lost > EPSILON;
      anyUnserved |= t.unserved(m) > EPSILON;
      // MinSize/MaxSize in force at each column's end (scheduled actions change them): the column's last row wins.
      minSize[c] = t.minSize(m);
      maxSize[c] = t.maxSize(m);
      Hold h = t.why(m);
      if (h != null) {
        why[h.ordinal()][c]++;
      }
    }

    /** The series, with the run's decisions counted per column. */
    public RunSeries build(List<ScalingDecision> decisions) {
      return new RunSeries(this, decisions);
    }
  }

  /** The demand served in minute {@code m}, in the capacity panel's units (instances without weights). */
  private static double served(Timeline t, int m) {
    return (t.demand(m) - t.unserved(m)) / 100.0 * t.unitsPerInstance();
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
    return Math.max(0, t.serving(m) - served(t, m));
  }

  /** Decisions per column: scale-outs, scale-ins and scheduled actions. */
  private void count(List<ScalingDecision> ds) {
    for (ScalingDecision d : ds) {
      long at = d.epochSecond() * 1000L;
      if (at >= cols.startMillis(cols.count())) {
        continue; // after the run's last column (the old loop never reached it)
      }
      int c = cols.columnOf((int) Math.max(0, (at - cols.startMillis(0)) / 60_000L));
      if (d.source() == DecisionSource.SCHEDULED) {
        scheduled[c]++;
      } else if (d.newDesired() > d.oldDesired()) {
        scaleOuts[c]++;
      } else if (d.newDesired() < d.oldDesired()) {
        scaleIns[c]++;
      }
    }
  }
}
