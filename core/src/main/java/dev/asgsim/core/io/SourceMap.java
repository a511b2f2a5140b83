package dev.asgsim.core.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Document path to position, so that validator findings can name a line. Paths look like
 * {@code ScalingPolicies[0].TargetTrackingConfiguration.TargetValue}; a key's position is where the key is written.
 * A path that is absent from the file (a missing member) resolves to its nearest present ancestor.
 */
public final class SourceMap {
  public static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, Location> positions;

  public SourceMap(Map<String, Location> positions) {
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /** The position of {@code path} itself, if the file spells it. */
  public Optional<Location> exact(String path) {
    return Optional.ofNullable(positions.get(path));
  }

  /** The position of {@code path}, or of its nearest ancestor that the file spells. */
  public Optional<Location> find(String path) {
    String p = path;
    while (p != null) {
      Location l = positions.get(p);
      if (l != null) {
        return Optional.of(l);
      }
      p = parent(p);
    }
    return Optional.empty();
  }

  /** Every path in document order. */
  public Map<String, Location> positions() {
    return positions;
  }

  /** {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}, {@code null} for a top-level key. */
  public static String parent(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    int dot = path.lastIndexOf('.');
    int bracket = path.lastIndexOf('[');
    int cut = Math.max(dot, bracket);
    return cut <= 0 ? (path.isEmpty() ? null : "") : path.substring(0, cut);
  }
}
