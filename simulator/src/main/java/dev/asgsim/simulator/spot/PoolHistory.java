package dev.asgsim.simulator.spot;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a Spot history file says: for each pool (instance type, Availability Zone) the times its value changed,
 * ascending, and the value from each time on (aws-behaviour §7.11 [I]: a price holds until the pool's next change, as
 * DescribeSpotPriceHistory reports changes only).
 *
 * @param source  the file as the user named it, for notes and messages
 * @param kind    what the values are
 * @param pools   per pool key ({@link #key}), its changes
 * @param product the file's ProductDescription (AWS CLI JSON), or null
 */
public record PoolHistory(String source, Kind kind, Map<String, Changes> pools, String product)
    implements Serializable {

  /** What a history file holds: its CSV value column, and whether the AWS CLI's JSON is accepted. */
  public enum Kind {
    /** Spot prices, USD per instance-hour ({@code Simulation.Spot.PriceHistory}). */
    PRICE("price", "Spot price", true),
    /** Interruptions per Spot instance-hour ({@code Simulation.Spot.InterruptionHistory}). */
    HAZARD("interruptions_per_instance_hour", "interruption hazard", false);

    final String column;
    final String words;
    final boolean json;

    Kind(String column, String words, boolean json) {
      this.column = column;
      this.words = words;
      this.json = json;
    }

    /** The CSV header the file must start with. */
    public String header() {
      return "timestamp,instance_type,availability_zone," + column;
    }
  }

  /** One pool's changes: epoch seconds ascending, and the value in effect from each. */
  public record Changes(long[] times, double[] values) implements Serializable {}

  public PoolHistory {
    pools = Map.copyOf(pools);
  }

  /** The key of the pool of {@code type} in {@code az}: case-insensitive, as AWS's names are. */
  public static String key(String type, String az) {
    return type.trim().toLowerCase(Locale.ROOT) + " " + az.trim().toLowerCase(Locale.ROOT);
  }

  /** The changes of the pool of {@code type} in {@code az}, or null when the file has none. */
  public Changes changes(String type, String az) {
    return pools.get(key(type, az));
  }

  /** The earliest timestamp of any pool, epoch seconds. */
  public long earliest() {
    return pools.values().stream().mapToLong(c -> c.times()[0]).min().orElse(0);
  }

  /** The pools the file names, sorted (for messages). */
  public List<String> poolNames() {
    return pools.keySet().stream().sorted().toList();
  }
}
