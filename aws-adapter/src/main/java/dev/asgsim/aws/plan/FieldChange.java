package dev.asgsim.aws.plan;

/** One member that differs: its path in the file ({@code TargetTrackingConfiguration.TargetValue}), live and wanted values. */
public record FieldChange(String field, Object oldValue, Object newValue) {}
