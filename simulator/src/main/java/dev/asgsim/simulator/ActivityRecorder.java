package dev.asgsim.simulator;

import dev.asgsim.core.activity.ActivityText;
import dev.asgsim.simulator.internal.group.Ids;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records one scaling activity per instance launched or terminated, in the shape of DescribeScalingActivities (aws-behaviour
 * §10.3), with AWS's Cause and Description wording from {@link ActivityText}. An activity starts InProgress and ends
 * when its instance is InService plus warm-up (launch) or terminated; the listener sees each activity once, when it
 * ends, and those still in progress when the run ends. The sink gets them in start order, each as soon as it and every
 * activity started before it have ended, so only activities in progress (and those behind them) are held.
 */
final class ActivityRecorder {
  private final long seed;
  private final String groupName;
  private final List<String> zones;
  private final SimulationListener listener;
  private final RecordSink sink;
  /** Every activity, when the result keeps them; else null. */
  private final List<Activity> kept;
  /** Started and not yet handed on, in start order. */
  private final ArrayDeque<Recording> open = new ArrayDeque<>();
  private final Map<Integer, Recording> launching = new HashMap<>();
  private final Map<Integer, Recording> terminating = new HashMap<>();
  private int started;
  /** The decision whose activities are being recorded and its Cause, written once for all of them. */
  private ScalingDecision causeFor;
  private String causeText;

  ActivityRecorder(long seed, String groupName, List<String> zones, SimulationListener listener, boolean keep,
      RecordSink sink) {
    this.seed = seed;
    this.groupName = groupName;
    this.zones = zones;
    this.listener = listener;
    this.kept = keep ? new ArrayList<>() : null;
    this.sink = sink;
  }

  /**
   * Instance {@code seq} was launched at {@code at} to raise the capacity from {@code from} to {@code to}, for
   * {@code decision} (null: replacing a missing instance); {@code fromPool}: started from the warm pool.
   */
  void launched(int seq, long at, int from, int to, ScalingDecision decision, int warmupSeconds, boolean fromPool) {
    launched(seq, at, ActivityText.startedForCapacity(at, from, to), decision, warmupSeconds, fromPool);
  }

  private String causeOf(ScalingDecision decision) {
    if (decision != causeFor) {
      causeFor = decision;
      causeText = decision.cause();
    }
    return causeText;
  }

  /** Instance {@code seq} was launched at {@code at} by Capacity Rebalancing (aws-behaviour §7.7). */
  void launchedForRebalance(int seq, long at) {
    launched(seq, at, ActivityText.launchedForRebalanceRecommendation(at), null, 0, false);
  }

  private void launched(int seq, long at, String action, ScalingDecision decision, int warmupSeconds,
      boolean fromPool) {
    String cause = decision == null ? action : ActivityText.join(causeOf(decision), action);
    Recording a = add(Activity.Kind.LAUNCH, seq, at, cause, decision, warmupSeconds, -1);
    a.pool = fromPool ? Pool.FROM : Pool.NONE;
    launching.put(seq, a);
  }

  /**
   * Instance {@code seq} was launched into the warm pool in zone {@code az} at {@code at}, its size going from
   * {@code from} toward {@code to} (aws-behaviour §7.6): the activity ends when it reaches its pool state
   * ({@link #inService} with no warm-up).
   */
  void launchedIntoPool(int seq, int az, long at, int from, int to) {
    Recording a = add(Activity.Kind.LAUNCH, seq, at, ActivityText.startedIntoWarmPool(at, from, to), null, 0, az);
    a.pool = Pool.INTO;
    launching.put(seq, a);
  }

  /**
   * Pool instance {@code seq} was selected at {@code at} for termination out of the warm pool: the pool shrinking
   * from {@code from} to {@code to}, or ({@code from} &lt; 0) its failed health check (aws-behaviour §7.6).
   */
  void leftPool(int seq, int az, long at, int from, int to) {
    terminating(seq, az, at, from < 0 ? ActivityText.takenOutOfWarmPoolForHealthCheck(at)
        : ActivityText.takenOutOfWarmPool(at, from, to, Ids.instanceId(seed, seq)), null);
  }

  /**
   * Instance {@code seq} in zone {@code az} was selected at {@code at} by a scale-in (capacity from → to);
   * {@code toPool}: it returns to the warm pool (ReuseOnScaleIn, aws-behaviour §7.6).
   */
  void scaledIn(int seq, int az, long at, int from, int to, ScalingDecision decision, boolean toPool) {
    String instance = Ids.instanceId(seed, seq);
    String action = ActivityText.takenOutForCapacity(at, from, to, instance);
    Recording a = terminating(seq, az, at, decision == null ? action : ActivityText.join(causeOf(decision), action),
        decision);
    a.instance = instance;
    if (toPool) {
      a.pool = Pool.BACK;
    }
  }

  /** Instance {@code seq} was taken out of service for failing its ELB health check (aws-behaviour §6.3). */
  void unhealthy(int seq, int az, long at) {
    terminating(seq, az, at, ActivityText.takenOutForHealthCheck(at), null);
  }

  /** Spot instance {@code seq} was interrupted by EC2 and found by the health check (aws-behaviour §7.7). */
  void interrupted(int seq, int az, long at) {
    terminating(seq, az, at, ActivityText.takenOutForStoppedInstance(at), null);
  }

  /** Spot instance {@code seq}'s Capacity Rebalancing replacement passed its health check (aws-behaviour §7.7). */
  void rebalanced(int seq, int az, long at) {
    terminating(seq, az, at, ActivityText.takenOutForRebalanceRecommendation(at), null);
  }

  /** Instance {@code seq} reached MaxInstanceLifetime (aws-behaviour §7.5). */
  void expired(int seq, int az, long at) {
    terminating(seq, az, at, ActivityText.takenOutForMaxLifetime(at), null);
  }

  /**
   * A launch hook ended instance {@code seq}'s wait with ABANDON at {@code at} (aws-behaviour §6.5): its launch activity
   * ends Cancelled, and its termination is recorded.
   */
  void abandoned(int seq, int az, long at) {
    Recording a = launching.remove(seq);
    if (a != null) {
      a.end = at;
      a.az = az;
      a.cancelled = true;
      ended(a);
    }
    terminating(seq, az, at, ActivityText.takenOutForLifecycleAbandon(at), null);
  }

  private Recording terminating(int seq, int az, long at, String cause, ScalingDecision decision) {
    Recording a = add(Activity.Kind.TERMINATE, seq, at, cause, decision, 0, az);
    terminating.put(seq, a);
    return a;
  }

  /** Instance {@code seq} went InService in zone {@code az} at {@code t}: its launch ends after its warm-up. */
  void inService(int seq, int az, long t) {
    Recording a = launching.remove(seq);
    if (a != null) {
      a.end = t + a.warmupSeconds;
      a.az = az;
      ended(a);
    }
  }

  /** Instance {@code seq} terminated at {@code t}. */
  void terminated(int seq, long t) {
    Recording a = terminating.remove(seq);
    if (a != null) {
      a.end = t;
      ended(a);
    }
  }

  private void ended(Recording a) {
    if (listener != SimulationListener.NONE) {
      listener.onActivity(a.activity());
    }
    while (!open.isEmpty() && open.peekFirst().ended()) {
      handOn(open.pollFirst().activity());
    }
  }

  private void handOn(Activity a) {
    sink.activity(a);
    if (kept != null) {
      kept.add(a);
    }
  }

  /**
   * The run ended: the rest go out in start order, the listener hears of those still in progress. Returns every
   * activity in start order when the result keeps them, else an empty list.
   */
  List<Activity> finish() {
    for (Recording a : open) {
      if (!a.ended() && listener != SimulationListener.NONE) {
        listener.onActivity(a.activity());
      }
      handOn(a.activity());
    }
    open.clear();
    return kept == null ? List.of() : kept;
  }

  private Recording add(Activity.Kind kind, int seq, long start, String cause, ScalingDecision decision, int warmup,
      int az) {
    Recording a = new Recording();
    a.kind = kind;
    a.seq = seq;
    a.start = start;
    a.cause = cause;
    a.decision = decision;
    a.warmupSeconds = warmup;
    a.az = az;
    a.id = Ids.activityId(seed, started++);
    open.addLast(a);
    return a;
  }

  /** An activity's way with the warm pool: none, a warm start, a launch into it, a scale-in back to it. */
  private enum Pool { NONE, FROM, INTO, BACK }

  /** An activity while the run goes on: its end and zone are filled in when its instance gets there. */
  private final class Recording {
    Activity.Kind kind;
    int seq;
    long start;
    long end = Long.MIN_VALUE;
    int warmupSeconds;
    int az;
    String cause;
    String id;
    /** The instance's id when the Cause named it already, else null (made when the activity is). */
    String instance;
    ScalingDecision decision;
    /** Ended by a launch hook's ABANDON: StatusCode Cancelled. */
    boolean cancelled;
    /** Its way from, into or back to the warm pool (aws-behaviour §7.6). */
    Pool pool = Pool.NONE;
    Activity built;

    boolean ended() {
      return end != Long.MIN_VALUE;
    }

    Activity activity() {
      if (built != null) {
        return built;
      }
      if (instance == null) {
        instance = Ids.instanceId(seed, seq);
      }
      String description = switch (pool) {
        case FROM -> ActivityText.launchFromWarmPoolDescription(instance);
        case INTO -> ActivityText.launchIntoWarmPoolDescription(instance);
        case BACK -> ActivityText.returnToWarmPoolDescription(instance);
        case NONE -> kind == Activity.Kind.TERMINATE ? ActivityText.terminateDescription(instance)
            : ActivityText.launchDescription(instance);
      };
      boolean done = ended();
      Activity a = new Activity(id, groupName, description, cause, Instant.ofEpochSecond(start),
          done ? Instant.ofEpochSecond(end) : null, !done ? "InProgress" : cancelled ? "Cancelled" : "Successful", done ? 100 : 50,
          ActivityText.details(az < 0 ? null : zones.get(az)), instance, kind, decision);
      if (done) {
        built = a; // final: later calls return the same record
      }
      return a;
    }
  }
}
