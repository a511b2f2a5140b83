package dev.asgsim.simulator.spot;

import java.io.Serializable;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Spot history files a config (or every point of a sweep) names, each read once: paths relative to the config
 * file's directory ({@code Simulation.Spot.PriceHistory}, {@code InterruptionHistory}). Serializable with what it
 * has read, so a sweep reads the files on the driver and its points run anywhere (the Spark executors) without them.
 */
public final class SpotHistories implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String directory;
  private final Map<String, PoolHistory> read = new ConcurrentHashMap<>();

  /** Histories relative to {@code configDirectory}. */
  public SpotHistories(Path configDirectory) {
    this.directory = configDirectory.toString();
  }

  /**
   * The history at {@code path} (relative to the config's directory), read on first use; null when {@code path} is
   * null or blank. A bad file is a {@link SpotHistoryException} naming file:line.
   */
  public PoolHistory get(String path, PoolHistory.Kind kind) {
    if (path == null || path.isBlank()) {
      return null;
    }
    String name = path.trim();
    return read.computeIfAbsent(kind + " " + name, k -> {
      Path p;
      try {
        p = Path.of(name);
      } catch (InvalidPathException e) {
        throw new SpotHistoryException(name + ": not a file name (" + e.getReason() + ")");
      }
      return PoolHistoryReader.read(p.isAbsolute() ? p : Path.of(directory).resolve(p), name, kind);
    });
  }
}
