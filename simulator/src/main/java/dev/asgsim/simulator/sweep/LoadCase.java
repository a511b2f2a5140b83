package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;

/**
 * One load a sweep runs every point under: a load spec in the simulator's grammar (synthetic models or a trace
 * file, paths relative to the sweep file), an optional duration ({@code 90m}, {@code 30d}; default a trace's
 * length, else 1 day), an optional factor on every demand value ({@code Scale}, e.g. to turn one instance's CPU
 * trace into a fleet's load) and a short name for tables. Written in a sweep file either as a bare spec or as
 * {@code {Name, Spec, Duration, Scale}}.
 */
public record LoadCase(String name, String spec, String duration, Double scale) {
  public LoadCase {
    Objects.requireNonNull(spec, "Spec");
    if (spec.isBlank()) {
      throw new IllegalArgumentException("a load needs a Spec, e.g. step(20, 90@10m, 20@40m)");
    }
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("a load's Name must not be empty; leave Name out to use the spec as the name");
    }
    if (name == null) {
      name = spec;
    }
    if (scale != null && !(scale >= 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException("Scale must be a number >= 0, not " + scale);
    }
  }

  public LoadCase(String name, String spec, String duration) {
    this(name, spec, duration, null);
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static LoadCase of(String spec) {
    return new LoadCase(null, spec, null, null);
  }
}
