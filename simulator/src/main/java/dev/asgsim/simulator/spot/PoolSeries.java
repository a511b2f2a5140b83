package dev.asgsim.simulator.spot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A value per Spot pool as a step function of time, for one run (aws-behaviour §7.11 [I]): the history's value from
 * each change until the pool's next, the last one holding to the end; before a pool's first change, and for a pool
 * the history lacks, the pool's fallback (the constant setting the history refines). Pools are numbered as the group
 * numbers them: {@code az × types + type}.
 */
public final class PoolSeries {
  private static final long[] NONE = new long[0];
  private final long[][] times;
  private final double[][] values;
  private final double[] fallback;
  private final String source;
  private final List<String> covered = new ArrayList<>();
  private final List<String> lacking = new ArrayList<>();
  private final List<String> unused;
  private final long shift;
  private long first = Long.MAX_VALUE;
  private long last = Long.MIN_VALUE;

  /**
   * The group's pools, read from {@code history}.
   *
   * @param azs      the group's Availability Zones, in its order
   * @param types    the group's instance types, in its order
   * @param fallback per pool, the value before its first change and when the history lacks it
   * @param shift    seconds added to every timestamp ({@code HistoryAlignment: RunStart}), else 0
   */
  public PoolSeries(PoolHistory history, List<String> azs, List<String> types, double[] fallback, long shift) {
    int pools = azs.size() * types.size();
    if (fallback.length != pools) {
      throw new IllegalArgumentException(pools + " pools, " + fallback.length + " fallbacks");
    }
    this.source = history.source();
    this.times = new long[pools][];
    this.values = new double[pools][];
    this.fallback = fallback.clone();
    this.shift = shift;
    List<String> used = new ArrayList<>();
    for (int az = 0; az < azs.size(); az++) {
      for (int type = 0; type < types.size(); type++) {
        int p = az * types.size() + type;
        PoolHistory.Changes c = history.changes(types.get(type), azs.get(az));
        String name = types.get(type) + " in " + azs.get(az);
        if (c == null) {
          times[p] = NONE;
          values[p] = new double[0];
          lacking.add(name);
          continue;
        }
        times[p] = c.times().clone();
        for (int i = 0; i < times[p].length; i++) {
          times[p][i] += shift;
        }
        values[p] = c.values();
        covered.add(name);
        used.add(PoolHistory.key(types.get(type), azs.get(az)));
        first = Math.min(first, times[p][0]);
        last = Math.max(last, times[p][times[p].length - 1]);
      }
    }
    this.unused = history.poolNames().stream().filter(k -> !used.contains(k)).toList();
    if (covered.isEmpty()) {
      throw new SpotHistoryException(source + ": names none of the group's Spot pools (instance types "
          + String.join(", ", types) + " in " + String.join(", ", azs) + "; the file has "
          + String.join(", ", history.poolNames().stream().limit(8).toList())
          + (history.poolNames().size() > 8 ? ", …" : "") + "): fetch the group's types and AZs "
          + "(asgsim history --spot-prices), or set the group's AvailabilityZones");
    }
  }

  /** The value of pool {@code p} at epoch second {@code t}. */
  public double at(int p, long t) {
    int i = Arrays.binarySearch(times[p], t);
    int k = i >= 0 ? i : -i - 2;
    return k < 0 ? fallback[p] : values[p][k];
  }

  /** The first change of pool {@code p} after {@code t}, or {@link Long#MAX_VALUE}. */
  public long nextChange(int p, long t) {
    int i = Arrays.binarySearch(times[p], t);
    int k = i >= 0 ? i + 1 : -i - 1;
    return k < times[p].length ? times[p][k] : Long.MAX_VALUE;
  }

  /** ∫ value dt of pool {@code p} over {@code [from, to)} seconds: value-seconds (price × seconds, for billing). */
  public double integral(int p, long from, long to) {
    double sum = 0;
    long at = from;
    while (at < to) {
      long next = Math.min(to, nextChange(p, at));
      sum += at(p, at) * (next - at);
      at = next;
    }
    return sum;
  }

  /**
   * One line for the run's notes and summary.json: the file, the pools it covers and its time span, the pools that
   * take {@code fallbackWords} and the file's pools the group does not have.
   */
  public String describe(String what, String fallbackWords) {
    StringBuilder b = new StringBuilder(what).append(" from ").append(source).append(": ").append(covered.size())
        .append(covered.size() == 1 ? " pool" : " pools").append(" (").append(String.join(", ", covered))
        .append(") from ").append(java.time.Instant.ofEpochSecond(first)).append(" to ")
        .append(java.time.Instant.ofEpochSecond(last))
        .append(shift == 0 ? "" : " (HistoryAlignment RunStart: moved " + shift + " s from the file's times)")
        .append(", each value holding until the pool's next change; before a pool's first change ");
    if (!lacking.isEmpty()) {
      b.append("and for ").append(String.join(", ", lacking)).append(", which the file lacks, ");
    }
    b.append(fallbackWords);
    if (!unused.isEmpty()) {
      b.append("; the file's ").append(unused.size()).append(unused.size() == 1 ? " pool" : " pools")
          .append(" outside the group ignored (").append(String.join(", ", unused.stream().limit(6).toList()))
          .append(unused.size() > 6 ? ", …" : "").append(')');
    }
    return b.append('.').toString();
  }

  /** The group's pools the file lacks. */
  public List<String> lacking() { return List.copyOf(lacking); }
}
