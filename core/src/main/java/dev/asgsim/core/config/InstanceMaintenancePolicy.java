package dev.asgsim.core.config;

import java.io.Serializable;

/** {@code InstanceMaintenancePolicy}: healthy-percentage bounds for replacements (aws-behaviour §6.3). */
public record InstanceMaintenancePolicy(Integer minHealthyPercentage, Integer maxHealthyPercentage)
    implements Serializable {}
