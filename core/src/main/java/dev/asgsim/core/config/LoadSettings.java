package dev.asgsim.core.config;

/**
 * The load a config is simulated under when none is given on the command line: a load spec (synthetic models or a
 * trace file), a scale factor, the gap policy for traces and the default duration. The simulator owns the grammar
 * of {@code Spec}; core only carries it.
 */
public record LoadSettings(String spec, Double scale, String gaps, String duration, String description) {}
