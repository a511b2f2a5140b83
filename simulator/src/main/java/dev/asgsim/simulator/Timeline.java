// Over 300 lines: one public reader per column, each answering from a ring's arrays or a kept timeline's columns
// (KeptColumns) side by side, so that the two storages cannot drift apart column by column.
package dev.asgsim.simulator;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.policy.PolicyEvaluator;
import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * One row per simulated minute, in primitive columns. Counts are at the start of the minute (the state the load
 * balancer spread that minute's demand over); alarm states are those after the minute's last evaluation; {@code metric}
 * is the datapoint published for the period starting that minute (NaN where there is none).
 *
 * <p>A result's timeline ({@link SimulationResult#timeline()}) holds every minute. The timeline a {@link RecordSink}
 * is handed while the run streams holds only a window of the latest minutes (a ring of {@link #rowsKept()} rows), so
 * a run's memory does not grow with its length; read row {@code m} when the sink is given {@code m}.
 *
 * <p>The ring's columns are the plain arrays below. A whole run's are held by their shape instead ({@link
 * KeptColumns}: runs for the columns that change a few times a day, chunks for those that change every minute); the
 * arrays are then empty and every reader below asks {@link #kept}. Both give the same values minute by minute
 * (KeptColumnsTest).
 */
public final class Timeline {
  /** Alarm state codes in {@link #alarmHigh} / {@link #alarmLow}: none means the group has no such alarm. */
  public static final byte NONE = -1;
  public static final byte OK = 0;
  public static final byte ALARM = 1;
  public static final byte INSUFFICIENT_DATA = 2;

  final long startEpochSecond;
  private final int minutes;
  /** Rows held: {@link #minutes} when kept, the ring's size otherwise. */
  private final int rows;
  /** A whole run's columns; null for a ring, whose columns are the arrays below (empty when this is not). */
  final KeptColumns kept;
  final double[] demand;
  final int[] desired;
  final int[] pending;
  final int[] inService;
  final int[] warm;
  final int[] serving;
  final double[] cpu;
  final double[] metric;
  final byte[] alarmHigh;
  final byte[] alarmLow;
  /** The states of alarm pairs 2, 3, …: {@code moreHigh[k - 2][m]} is pair k's "greater than" alarm. */
  final byte[][] moreHigh;
  final byte[][] moreLow;
  final double[] unserved;
  final double[] credits;
  final int[] minSize;
  final int[] maxSize;
  /** The {@link Hold} ordinal the minute ended with, {@link #NO_HOLD} for none. */
  final byte[] why;
  /** {@code proposed[p][m]}: what policy p proposed at minute m's last evaluation, {@link #NO_PROPOSAL} for none. */
  final int[][] proposed;

  /** {@link #proposed} where the policy made no proposal. */
  public static final int NO_PROPOSAL = PolicyEvaluator.NO_PROPOSAL;
  static final byte NO_HOLD = -1;
  private static final Hold[] HOLDS = Hold.values();

  /**
   * Instances held by lifecycle hooks (Pending:Wait + Terminating:Wait, and their Warmed: states in and out of a warm
   * pool, aws-behaviour §6.5, §7.6); null (no column) when the group has no hooks.
   */
  final int[] hookWait;
  /** Instances in the warm pool (aws-behaviour §7.6); null (no column) without a warm pool. */
  final int[] warmPool;
  /** Spot instances EC2 interrupted in the minute (aws-behaviour §7.7); null (no column) without a hazard. */
  final int[] spotInterrupted;
  private final double unitsPerInstance;
  /** Replacements Capacity Rebalancing launched in the minute (aws-behaviour §7.7); null with {@link #spotInterrupted}. */
  final int[] rebalanceLaunches;

  /**
   * A ring of the latest {@code rows} minutes of a {@code minutes}-long run ({@code rows == minutes}: all of it), with
   * {@code policies} proposal columns, the states of {@code alarmPairs} alarm pairs (the first in
   * {@code alarm_high}/{@code alarm_low}), the {@code hook_wait} / {@code warm_pool} columns when the group has
   * hooks / a warm pool, and the {@code spot_interrupted} / {@code rebalance_launches} columns when Spot is interrupted.
   */
  Timeline(long startEpochSecond, int minutes, int rows, int policies, int alarmPairs, boolean hooks, boolean pool,
      boolean spot, double unitsPerInstance) {
    this(startEpochSecond, minutes, rows, policies, alarmPairs, hooks, pool, spot, unitsPerInstance, null);
  }

  /**
   * Every minute of a {@code minutes}-long run, with {@link #Timeline(long, int, int, int, int, boolean, boolean,
   * boolean, double)}'s columns; {@code demand} gives each minute's demand as the run computed it (it is not stored).
   */
  Timeline(long startEpochSecond, int minutes, int policies, int alarmPairs, boolean hooks, boolean pool,
      boolean spot, double unitsPerInstance, IntToDoubleFunction demand) {
    this(startEpochSecond, minutes, minutes, policies, alarmPairs, hooks, pool, spot, unitsPerInstance,
        new KeptColumns(demand, minutes, policies, alarmPairs, hooks, pool, spot));
  }

  /** The arrays are a ring's; with {@code kept} they are empty (which columns exist still reads from them). */
  private Timeline(long startEpochSecond, int minutes, int rows, int policies, int alarmPairs, boolean hooks,
      boolean pool, boolean spot, double unitsPerInstance, KeptColumns kept) {
    this.startEpochSecond = startEpochSecond;
    this.unitsPerInstance = unitsPerInstance;
    this.minutes = minutes;
    this.rows = rows;
    this.kept = kept;
    int n = kept == null ? rows : 0;
    demand = new double[n];
    desired = new int[n];
    pending = new int[n];
    inService = new int[n];
    warm = new int[n];
    serving = new int[n];
    cpu = new double[n];
    metric = new double[n];
    Arrays.fill(metric, Double.NaN);
    alarmHigh = new byte[n];
    alarmLow = new byte[n];
    moreHigh = new byte[Math.max(0, alarmPairs - 1)][n];
    moreLow = new byte[Math.max(0, alarmPairs - 1)][n];
    unserved = new double[n];
    credits = new double[n];
    minSize = new int[n];
    maxSize = new int[n];
    why = new byte[n];
    Arrays.fill(why, NO_HOLD);
    proposed = new int[policies][n];
    hookWait = hooks ? new int[n] : null;
    warmPool = pool ? new int[n] : null;
    spotInterrupted = spot ? new int[n] : null;
    rebalanceLaunches = spot ? new int[n] : null;
  }

  /**
   * An empty ring of {@code rows} minutes with this timeline's run and columns, for {@link #copyRow}: a sink that hands
   * rows to another thread copies them out of the run's ring, whose rows live only until the next one.
   */
  public Timeline window(int rows) {
    return new Timeline(startEpochSecond, minutes, rows, policies(), alarmPairs(), hasHookWait(), hasWarmPool(),
        hasSpot(), unitsPerInstance);
  }

  /**
   * Copies minute {@code m}'s row from {@code from}, a timeline with the same columns, into this one's slot of m. From
   * a ring (a streaming run's window: the writers copy every row) array to array; from a kept timeline through its
   * readers ({@link #copyKeptRow}).
   */
  public void copyRow(Timeline from, int m) {
    if (from.kept != null) {
      copyKeptRow(from, m);
      return;
    }
    int f = from.slot(m);
    int i = slot(m);
    demand[i] = from.demand[f];
    desired[i] = from.desired[f];
    pending[i] = from.pending[f];
    inService[i] = from.inService[f];
    warm[i] = from.warm[f];
    serving[i] = from.serving[f];
    cpu[i] = from.cpu[f];
    metric[i] = from.metric[f];
    alarmHigh[i] = from.alarmHigh[f];
    alarmLow[i] = from.alarmLow[f];
    for (int k = 0; k < moreHigh.length; k++) {
      moreHigh[k][i] = from.moreHigh[k][f];
      moreLow[k][i] = from.moreLow[k][f];
    }
    unserved[i] = from.unserved[f];
    credits[i] = from.credits[f];
    minSize[i] = from.minSize[f];
    maxSize[i] = from.maxSize[f];
    why[i] = from.why[f];
    for (int p = 0; p < proposed.length; p++) {
      proposed[p][i] = from.proposed[p][f];
    }
    if (hookWait != null) {
      hookWait[i] = from.hookWait[f];
    }
    if (warmPool != null) {
      warmPool[i] = from.warmPool[f];
    }
    if (spotInterrupted != null) {
      spotInterrupted[i] = from.spotInterrupted[f];
      rebalanceLaunches[i] = from.rebalanceLaunches[f];
    }
  }

  /** {@link #copyRow} from a whole run's timeline, through its readers. */
  private void copyKeptRow(Timeline from, int m) {
    int i = slot(m);
    demand[i] = from.demand(m);
    desired[i] = from.desired(m);
    pending[i] = from.pending(m);
    inService[i] = from.inService(m);
    warm[i] = from.warm(m);
    serving[i] = from.serving(m);
    cpu[i] = from.cpu(m);
    metric[i] = from.metric(m);
    alarmHigh[i] = from.alarmHigh(m);
    alarmLow[i] = from.alarmLow(m);
    for (int k = 0; k < moreHigh.length; k++) {
      moreHigh[k][i] = from.alarmHigh(k + 2, m);
      moreLow[k][i] = from.alarmLow(k + 2, m);
    }
    unserved[i] = from.unserved(m);
    credits[i] = from.credits(m);
    minSize[i] = from.minSize(m);
    maxSize[i] = from.maxSize(m);
    why[i] = (byte) from.kept.why.at(m);
    for (int p = 0; p < proposed.length; p++) {
      proposed[p][i] = from.proposed(p, m);
    }
    if (hookWait != null) {
      hookWait[i] = from.hookWait(m);
    }
    if (warmPool != null) {
      warmPool[i] = from.warmPool(m);
    }
    if (spotInterrupted != null) {
      spotInterrupted[i] = from.spotInterrupted(m);
      rebalanceLaunches[i] = from.rebalanceLaunches(m);
    }
  }

  /**
   * Capacity units per instance's worth of demand (the {@code demand} column's 100 %: one {@code Simulation.InstanceType}
   * at full CPU): 1 without weights; with weights or a {@code DesiredCapacityType}, the units the type launches take
   * first count per instance of that CPU (aws-behaviour §7.11, §12.2), what a chart multiplies demand by to draw it
   * beside desired.
   */
  public double unitsPerInstance() {
    return unitsPerInstance;
  }

  /** Whether the timeline has the Spot columns (the run simulates Spot interruptions, aws-behaviour §7.7). */
  public boolean hasSpot() {
    return spotInterrupted != null;
  }

  /** Spot instances EC2 interrupted during minute {@code m}; 0 without the Spot columns. */
  public int spotInterrupted(int m) {
    if (spotInterrupted == null) {
      return 0;
    }
    return kept != null ? kept.spotInterrupted.at(m) : spotInterrupted[slot(m)];
  }

  /** Replacements Capacity Rebalancing launched during minute {@code m}; 0 without the Spot columns. */
  public int rebalanceLaunches(int m) {
    if (rebalanceLaunches == null) {
      return 0;
    }
    return kept != null ? kept.rebalanceLaunches.at(m) : rebalanceLaunches[slot(m)];
  }

  /** Whether the timeline has the {@code warm_pool} column (the group has a warm pool). */
  public boolean hasWarmPool() {
    return warmPool != null;
  }

  /** Instances in the warm pool (Warmed:Pending and warmed) at the start of minute {@code m}; 0 without a pool. */
  public int warmPool(int m) {
    if (warmPool == null) {
      return 0;
    }
    return kept != null ? kept.warmPool.at(m) : warmPool[slot(m)];
  }

  /** Whether the timeline has the {@code hook_wait} column (the group has lifecycle hooks). */
  public boolean hasHookWait() {
    return hookWait != null;
  }

  /** Instances in Pending:Wait or Terminating:Wait at the start of minute {@code m}; 0 without hooks. */
  public int hookWait(int m) {
    if (hookWait == null) {
      return 0;
    }
    return kept != null ? kept.hookWait.at(m) : hookWait[slot(m)];
  }

  /** The run's length in minutes. */
  public int minutes() {
    return minutes;
  }

  /** Rows held: {@link #minutes()} for a whole timeline, fewer for the window a streaming run hands its sink. */
  public int rowsKept() {
    return rows;
  }

  /**
   * Where minute {@code m} is held. A ring whose size is a power of two (the chunks a sink hands to its writer thread)
   * masks instead of dividing: the writers read some thirty columns a row.
   */
  int slot(int m) {
    return m < rows ? m : (rows & (rows - 1)) == 0 ? m & (rows - 1) : m % rows;
  }

  public long startEpochSecond() {
    return startEpochSecond;
  }

  public long time(int minute) {
    return startEpochSecond + 60L * minute;
  }

  public double demand(int m) { return kept != null ? kept.demand(m) : demand[slot(m)]; }
  public int desired(int m) { return kept != null ? kept.desired.at(m) : desired[slot(m)]; }
  public int pending(int m) { return kept != null ? kept.pending.at(m) : pending[slot(m)]; }
  public int inService(int m) { return kept != null ? kept.inService.at(m) : inService[slot(m)]; }
  /** InService past warm-up (N_eff). */
  public int warm(int m) { return kept != null ? kept.warm.at(m) : warm[slot(m)]; }
  /** Receiving traffic from the load balancer. */
  public int serving(int m) { return kept != null ? kept.serving.at(m) : serving[slot(m)]; }
  /** Mean CPU of the serving instances; NaN when none serves. */
  public double cpu(int m) { return kept != null ? kept.cpu.at(m) : cpu[slot(m)]; }
  /** The group metric datapoint for the period starting this minute; NaN where none was published. */
  public double metric(int m) { return kept != null ? kept.metric.at(m) : metric[slot(m)]; }
  public byte alarmHigh(int m) { return kept != null ? (byte) kept.alarmHigh.at(m) : alarmHigh[slot(m)]; }
  public byte alarmLow(int m) { return kept != null ? (byte) kept.alarmLow.at(m) : alarmLow[slot(m)]; }

  /** Alarm pairs with states here: the k-th "greater than" alarm with the k-th "less than" one; at least 1. */
  public int alarmPairs() {
    return moreHigh.length + 1;
  }

  /** The state of pair {@code k}'s (1-based) "greater than" alarm after minute m; {@link #NONE} without one. */
  public byte alarmHigh(int k, int m) {
    if (k == 1) {
      return alarmHigh(m);
    }
    return kept != null ? (byte) kept.moreHigh[k - 2].at(m) : moreHigh[k - 2][slot(m)];
  }

  /** The state of pair {@code k}'s (1-based) "less than" alarm after minute m; {@link #NONE} without one. */
  public byte alarmLow(int k, int m) {
    if (k == 1) {
      return alarmLow(m);
    }
    return kept != null ? (byte) kept.moreLow[k - 2].at(m) : moreLow[k - 2][slot(m)];
  }
  /** Demand not served this minute, in percent of one instance. */
  public double unserved(int m) { return kept != null ? kept.unserved.at(m) : unserved[slot(m)]; }
  /** Mean CPU credit balance of InService burstable instances; NaN for fixed-performance types. */
  public double credits(int m) { return kept != null ? kept.credits.at(m) : credits[slot(m)]; }
  /** MinSize after the minute's evaluations (scheduled actions change it); for charts, not in timeline.csv. */
  public int minSize(int m) { return kept != null ? kept.minSize.at(m) : minSize[slot(m)]; }
  /** MaxSize after the minute's evaluations; for charts, not in timeline.csv. */
  public int maxSize(int m) { return kept != null ? kept.maxSize.at(m) : maxSize[slot(m)]; }

  /** Why desired did not change in minute m (the engine's {@link Hold}), or null when it changed or nothing held it. */
  public Hold why(int m) {
    int w = kept != null ? kept.why.at(m) : why[slot(m)];
    return w == NO_HOLD ? null : HOLDS[w];
  }

  /** How many policies {@link #proposed(int, int)} covers (the engine's policies, in order). */
  public int policies() {
    return proposed.length;
  }

  /** What policy p proposed at minute m's last evaluation (before clamping), or {@link #NO_PROPOSAL}. */
  public int proposed(int p, int m) {
    return kept != null ? kept.proposed[p].at(m) : proposed[p][slot(m)];
  }

  public double[] demandColumn() { return kept != null ? kept.demandColumn(minutes) : whole(demand).clone(); }
  public int[] desiredColumn() { return kept != null ? kept.desired.toArray(minutes) : whole(desired).clone(); }
  public int[] inServiceColumn() { return kept != null ? kept.inService.toArray(minutes) : whole(inService).clone(); }
  public int[] servingColumn() { return kept != null ? kept.serving.toArray(minutes) : whole(serving).clone(); }
  public double[] cpuColumn() { return kept != null ? kept.cpu.toArray(minutes) : whole(cpu).clone(); }
  public double[] metricColumn() { return kept != null ? kept.metric.toArray(minutes) : whole(metric).clone(); }

  private <T> T whole(T column) {
    if (rowsKept() < minutes) {
      throw new IllegalStateException("a streaming run's window of " + rowsKept() + " minutes has no whole columns");
    }
    return column;
  }

  /** The AWS name of an alarm state code, or empty for {@link #NONE}. */
  public static String stateName(byte code) {
    return switch (code) {
      case OK -> "OK";
      case ALARM -> "ALARM";
      case INSUFFICIENT_DATA -> "INSUFFICIENT_DATA";
      default -> "";
    };
  }
}
