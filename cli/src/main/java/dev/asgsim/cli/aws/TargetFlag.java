package dev.asgsim.cli.aws;

import picocli.CommandLine.Option;

/** The override for the target check of plan, apply and drift. */
public final class TargetFlag {
  @Option(names = "--allow-target-mismatch",
      description = "Go on even when the config's Region:, Availability Zones or ARNs name another Region or "
          + "account than the one targeted (refused by default).")
  boolean allowMismatch;
}
