package dev.asgsim.simulator;

import dev.asgsim.core.policy.Hold;
import dev.asgsim.core.policy.PolicyEvaluator;
import java.util.Arrays;

/**
 * One row per simulated minute, in primitive columns. Counts are at the start of the minute (the state the load
 * balancer spread that minute's demand over); alarm states are those after the minute's last evaluation; {@code metric}
 * is the datapoint published for the period starting that minute (NaN where there is none).
 */
public final class Timeline {
  /** Alarm state codes in {@link #alarmHigh} / {@link #alarmLow}: none means the group has no such alarm. */
  public static final byte NONE = -1;
  public static final byte OK = 0;
  public static final byte ALARM = 1;
  public static final byte INSUFFICIENT_DATA = 2;

  final long startEpochSecond;
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
  private static final byte NO_HOLD = -1;

  /**
   * Instances held by lifecycle hooks (Pending:Wait + Terminating:Wait, aws-behaviour §6.5); null (no column) when the
   * group has no hooks.
   */
  final int[] hookWait;
  /** Instances in the warm pool (aws-behaviour §7.6); null (no column) without a warm pool. */
  final int[] warmPool;

  Timeline(long startEpochSecond, int minutes, int policies) {
    this(startEpochSecond, minutes, policies, false, false);
  }

  Timeline(long startEpochSecond, int minutes, int policies, boolean hooks, boolean pool) {
    this.startEpochSecond = startEpochSecond;
    demand = new double[minutes];
    desired = new int[minutes];
    pending = new int[minutes];
    inService = new int[minutes];
    warm = new int[minutes];
    serving = new int[minutes];
    cpu = new double[minutes];
    metric = new double[minutes];
    Arrays.fill(metric, Double.NaN);
    alarmHigh = new byte[minutes];
    alarmLow = new byte[minutes];
    unserved = new double[minutes];
    credits = new double[minutes];
    minSize = new int[minutes];
    maxSize = new int[minutes];
    why = new byte[minutes];
    Arrays.fill(why, NO_HOLD);
    proposed = new int[policies][minutes];
    hookWait = hooks ? new int[minutes] : null;
    warmPool = pool ? new int[minutes] : null;
  }

  /** Whether the timeline has the {@code warm_pool} column (the group has a warm pool). */
  public boolean hasWarmPool() {
    return warmPool != null;
  }

  /** Instances in the warm pool (Warmed:Pending and warmed) at the start of minute {@code m}; 0 without a pool. */
  public int warmPool(int m) {
    return warmPool == null ? 0 : warmPool[m];
  }

  /** Whether the timeline has the {@code hook_wait} column (the group has lifecycle hooks). */
  public boolean hasHookWait() {
    return hookWait != null;
  }

  /** Instances in Pending:Wait or Terminating:Wait at the start of minute {@code m}; 0 without hooks. */
  public int hookWait(int m) {
    return hookWait == null ? 0 : hookWait[m];
  }

  public int minutes() {
    return demand.length;
  }

  public long startEpochSecond() {
    return startEpochSecond;
  }

  public long time(int minute) {
    return startEpochSecond + 60L * minute;
  }

  public double demand(int m) { return demand[m]; }
  public int desired(int m) { return desired[m]; }
  public int pending(int m) { return pending[m]; }
  public int inService(int m) { return inService[m]; }
  /** InService past warm-up (N_eff). */
  public int warm(int m) { return warm[m]; }
  /** Receiving traffic from the load balancer. */
  public int serving(int m) { return serving[m]; }
  /** Mean CPU of the serving instances; NaN when none serves. */
  public double cpu(int m) { return cpu[m]; }
  /** The group metric datapoint for the period starting this minute; NaN where none was published. */
  public double metric(int m) { return metric[m]; }
  public byte alarmHigh(int m) { return alarmHigh[m]; }
  public byte alarmLow(int m) { return alarmLow[m]; }
  /** Demand not served this minute, in percent of one instance. */
  public double unserved(int m) { return unserved[m]; }
  /** Mean CPU credit balance of InService burstable instances; NaN for fixed-performance types. */
  public double credits(int m) { return credits[m]; }
  /** MinSize after the minute's evaluations (scheduled actions change it); for charts, not in timeline.csv. */
  public int minSize(int m) { return minSize[m]; }
  /** MaxSize after the minute's evaluations; for charts, not in timeline.csv. */
  public int maxSize(int m) { return maxSize[m]; }

  /** Why desired did not change in minute m (the engine's {@link Hold}), or null when it changed or nothing held it. */
  public Hold why(int m) {
    return why[m] == NO_HOLD ? null : HOLDS[why[m]];
  }

  /** How many policies {@link #proposed(int, int)} covers (the engine's policies, in order). */
  public int policies() {
    return proposed.length;
  }

  /** What policy p proposed at minute m's last evaluation (before clamping), or {@link #NO_PROPOSAL}. */
  public int proposed(int p, int m) {
    return proposed[p][m];
  }

  private static final Hold[] HOLDS = Hold.values();

  public double[] demandColumn() { return demand.clone(); }
  public int[] desiredColumn() { return desired.clone(); }
  public int[] inServiceColumn() { return inService.clone(); }
  public int[] servingColumn() { return serving.clone(); }
  public double[] cpuColumn() { return cpu.clone(); }
  public double[] metricColumn() { return metric.clone(); }

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
