package dev.asgsim.aws.apply;

import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.plan.Change;
import java.util.List;

/**
 * What an apply did: the changes done, the one that failed (with the AWS error) and those not attempted. A rerun
 * plans from the live state again, so it continues where this one stopped.
 *
 * @param alarms the target tracking alarms AWS created, read back after each PutScalingPolicy
 */
public record ApplyResult(
    List<Change> done, Change failed, AwsCallException error, List<Change> notDone, List<TargetTrackingAlarms> alarms) {

  public ApplyResult {
    done = List.copyOf(done);
    notDone = List.copyOf(notDone);
    alarms = List.copyOf(alarms);
  }

  public boolean succeeded() {
    return failed == null;
  }
}
