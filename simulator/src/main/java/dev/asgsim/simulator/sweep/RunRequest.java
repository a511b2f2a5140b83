package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.ScalingConfig;
import java.io.Serializable;

/**
 * One simulation of a sweep, as handed to whatever runs it (a thread of this JVM or a cluster's executor): plain,
 * serialisable data parsed on the driver, so that nothing is read or parsed where it runs. {@code row} is the
 * (point, load) row the run belongs to, by position; then the point's index, the config to simulate, the policy to
 * run it with ({@code aws} = the config's own scaling policies; anything else names a bench policy that replaces
 * them), the load (and its index in the sweep), the seed index and the run's seed.
 */
public record RunRequest(int row, int pointIndex, ScalingConfig config, String policy, int loadIndex, LoadCase load,
    int seedIndex, long seed) implements Serializable {}
