package dev.asgsim.cli.aws;

import dev.asgsim.aws.plan.PlanOptions;
import picocli.CommandLine.Option;

/** The plan options shared by plan and apply. */
public final class PlanFlags {
  @Option(names = "--set-desired",
      description = "Also set an existing group's DesiredCapacity to the config's (off by default: the autoscaler "
          + "owns it).")
  boolean setDesired;

  @Option(names = "--prune",
      description = "Delete live policies, scheduled actions, lifecycle hooks, a warm pool and tags that the config "
          + "does not list (without it they are kept, and plan lists them as not managed).")
  boolean prune;

  PlanOptions options() {
    return new PlanOptions(setDesired, prune);
  }
}
