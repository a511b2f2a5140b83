package dev.asgsim.core.validate;

import dev.asgsim.core.io.Location;

/**
 * One thing the validator has to say about a configuration.
 *
 * @param severity ERROR, WARNING or ADVICE
 * @param ruleId   stable kebab-case id such as {@code size-order} or {@code tt-resource-label}
 * @param path     document path such as {@code ScalingPolicies[0].TargetTrackingConfiguration.TargetValue}
 * @param location where the path (or its nearest written ancestor) is in the file; {@code null} without a file
 * @param message  what is wrong, citing its aws-behaviour section
 * @param fix      how to fix it
 */
public record Finding(Severity severity, String ruleId, String path, Location location, String message, String fix) {

  /** The line, or 0 when unknown. */
  public int line() {
    return location == null ? 0 : location.line();
  }

  /** {@code file:line: SEVERITY rule-id: message (path)} and the fix on the next line. */
  public String format() {
    String where = location == null ? path : location.toString();
    return where + ": " + severity + " " + ruleId + ": " + message + " [at " + path + "]\n    fix: " + fix;
  }
}
