package dev.asgsim.simulator.internal.group;

import dev.asgsim.simulator.event.InstanceEvent;

/** Sees every instance event of a {@link Group} as the simulation crosses its time. */
@FunctionalInterface
public interface GroupListener {
  GroupListener NONE = (t, e, first, count, az, reason) -> { };

  /**
   * @param firstSeq sequence number of the cohort's first instance (ids are {@code firstSeq .. firstSeq+count-1})
   * @param az       index into {@link GroupParams#availabilityZones()}
   */
  void onInstanceEvent(long epochSecond, InstanceEvent event, int firstSeq, int count, int az, LaunchReason reason);
}
