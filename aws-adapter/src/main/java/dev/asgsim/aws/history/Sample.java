package dev.asgsim.aws.history;

import java.time.Instant;

/** One datapoint of a trace. */
public record Sample(Instant timestamp, double value) {}
