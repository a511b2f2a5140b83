package dev.asgsim.aws.plan;

/**
 * @param setDesired also converge an existing group's DesiredCapacity (off by default: the autoscaler owns it)
 * @param prune delete live policies, scheduled actions, tags and target groups that the file does not list
 */
public record PlanOptions(boolean setDesired, boolean prune) {
  public static final PlanOptions DEFAULTS = new PlanOptions(false, false);
}
