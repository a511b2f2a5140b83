package dev.asgsim.simulator;

import dev.asgsim.core.alarm.AlarmState;
import dev.asgsim.simulator.event.InstanceEvent;

/**
 * Observes a simulation as it runs, on the simulation's thread. Every method has an empty default; implement what you
 * need. Events arrive in simulated-time order per minute (instance events of one minute before that minute's
 * evaluations).
 */
public interface SimulationListener {
  SimulationListener NONE = new SimulationListener() { };

  /** An alarm changed state at an evaluation. */
  default void onAlarmStateChange(long epochSecond, String alarmName, AlarmState from, AlarmState to) { }

  /** The policy engine changed desired capacity. */
  default void onScalingDecision(ScalingDecision decision) { }

  /**
   * A cohort of {@code count} instances (ids from {@code firstInstanceId} on, consecutive in the run's numbering)
   * changed state.
   */
  default void onInstanceEvent(long epochSecond, InstanceEvent event, String firstInstanceId, int count, String az) { }

  /**
   * A scaling activity ended (its instance InService plus warm-up, or terminated), or the run ended with it in
   * progress: each recorded activity is heard once, in its final form. Only when activities are recorded.
   */
  default void onActivity(Activity activity) { }

  /** Minute {@code minute} of {@code minutes} is done; for progress bars. */
  default void onMinute(int minute, int minutes) { }
}
