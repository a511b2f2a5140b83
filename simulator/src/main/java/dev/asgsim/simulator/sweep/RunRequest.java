package dev.asgsim.simulator.sweep;

import dev.asgsim.core.config.ScalingConfig;

/**
 * One simulation of a sweep: the point's config, the policy to run it with ({@code aws} = the config's own scaling
 * policies; anything else names a bench policy that replaces them), the load, and the run's seed.
 */
public record RunRequest(Point point, ScalingConfig config, String policy, LoadCase load, long seed) {}
