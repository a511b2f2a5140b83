package dev.asgsim.core.config;

import java.io.Serializable;

/** A CloudWatch metric dimension. */
public record MetricDimension(String name, String value) implements Serializable {}
