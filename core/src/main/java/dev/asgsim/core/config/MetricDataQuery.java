package dev.asgsim.core.config;

import java.io.Serializable;

/**
 * {@code TargetTrackingMetricDataQuery} (and predictive {@code MetricDataQuery}): an {@code Expression} or a
 * {@code MetricStat}, with {@code ReturnData} true only on the final expression (aws-behaviour §1.3, §9.6).
 */
public record MetricDataQuery(
    String id, String expression, MetricStat metricStat, String label, Integer period, Boolean returnData)
        implements Serializable {}
