package dev.asgsim.core.config;

/** A CloudWatch metric dimension. */
public record MetricDimension(String name, String value) {}
