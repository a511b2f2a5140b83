package dev.asgsim.aws.export;

/**
 * @param desiredCapacity write the group's DesiredCapacity. Off by default: the autoscaler owns it, and an IaC tool
 *                        that sets it resets the group's size on every apply (a well-known source of drift)
 */
public record ExportOptions(boolean desiredCapacity) {
  public static final ExportOptions DEFAULTS = new ExportOptions(false);
}
