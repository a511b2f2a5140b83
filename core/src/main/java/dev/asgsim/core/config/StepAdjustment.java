package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code StepAdjustment}: bounds relative to the alarm threshold ({@code null} = infinite) and the adjustment
 * (aws-behaviour §4.3 [D]).
 */
public record StepAdjustment(Double metricIntervalLowerBound, Double metricIntervalUpperBound, Integer scalingAdjustment)
    implements Serializable {}
