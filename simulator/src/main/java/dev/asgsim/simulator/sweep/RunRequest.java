package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.ScalingConfig;

/**
 * One simulation of a sweep: the point's config, the policy to run it with ({@code aws} = the config's own scaling
 * policies; anything else names a bench policy that replaces them), the load (and its index in the sweep), the seed
 * index and the run's seed.
 */
public record RunRequest(Point point, ScalingConfig config, String policy, int loadIndex, LoadCase load,
    int seedIndex, long seed) {}
