package dev.asgsim.cli.aws;

import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.apply.TargetTrackingAlarms;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.io.ConfigMapper;
import java.io.PrintWriter;
import java.util.Map;

/** What apply prints after running a plan: each change done or not, and the target tracking alarms AWS created. */
final class ApplyReport {
  private ApplyReport() {}

  static void print(ApplyResult result, PrintWriter out, PrintWriter err) {
    out.println();
    for (Change c : result.done()) {
      out.println("done:     " + c.headline());
    }
    if (!result.succeeded()) {
      out.println("FAILED:   " + result.failed().headline());
      for (Change c : result.notDone()) {
        out.println("not done: " + c.headline());
      }
      err.println("asgsim: " + result.error().getMessage());
      err.println("asgsim: " + result.done().size() + " change(s) done, 1 failed, " + result.notDone().size()
          + " not attempted. Fix the cause and rerun apply: it plans from the live state and continues.");
    } else {
      out.println("Apply complete: " + result.done().size() + " change(s).");
    }
    for (TargetTrackingAlarms a : result.alarms()) {
      out.println();
      if (a.profile() == null) {
        out.println("Policy \"" + a.policyName() + "\": AWS reported no target tracking alarm pair"
            + (a.descriptions().isEmpty() ? "" : " (found " + a.descriptions() + ")")
            + "; the simulator keeps its defaults (" + TargetTrackingAlarmProfile.DEFAULT_HIGH_DATAPOINTS + " of "
            + TargetTrackingAlarmProfile.DEFAULT_HIGH_DATAPOINTS + " above target, "
            + TargetTrackingAlarmProfile.DEFAULT_LOW_DATAPOINTS + " of " + TargetTrackingAlarmProfile.DEFAULT_LOW_DATAPOINTS
            + " below " + TargetTrackingAlarmProfile.DEFAULT_LOW_THRESHOLD_FACTOR + " x target, "
            + TargetTrackingAlarmProfile.DEFAULT_PERIOD_SECONDS + " s).");
        continue;
      }
      out.println("Policy \"" + a.policyName() + "\": AWS created these alarms:");
      a.descriptions().forEach(d -> out.println("  " + d));
      out.println("Paste this into the config so the simulator uses them:");
      out.print(alarmBlock(a.profile()));
    }
    out.flush();
    err.flush();
  }

  static String alarmBlock(TargetTrackingAlarmProfile p) {
    try {
      return ConfigMapper.yaml().writeValueAsString(Map.of("Simulation", Map.of("TargetTrackingAlarms", p)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
