package dev.asgsim.core.config;

import java.io.Serializable;

/** {@code TrafficSourceIdentifier}: a target group ARN ({@code elbv2}), a Classic LB name ({@code elb}) or a Lattice group. */
public record TrafficSource(String identifier, String type) implements Serializable {}
