package dev.asgsim.simulator.policies;

import java.util.Arrays;

/**
 * The replica rules of the Kubernetes HPA controller, transcribed from {@code pkg/controller/podautoscaler}
 * ({@code replica_calculator.go} GetResourceReplicas, {@code horizontal.go} reconcileAutoscaler,
 * stabilizeRecommendationWithBehaviors, convertDesiredReplicasWithBehaviorRate) with float64 arithmetic kept as the
 * controller does it (so 55 % against a 50 % target is just outside the 0.1 tolerance, as in Go). Time is passed in;
 * the history buffers grow only until they hold one window, then are reused (no allocation per call after that).
 *
 * <p>What an EC2 group has instead of pods: an instance is "ready" once warm, "unready" while pending or warming;
 * there are no missing-metric pods (every running instance reports CPU).
 */
public final class HpaController {
  private final HpaSettings settings;

  // Unstabilised recommendations (timestamp, replicas), as the controller's `recommendations` slice.
  private long[] recTime = new long[8];
  private int[] recValue = new int[8];
  private int recCount;

  // Scale events (timestamp, replica change), as `scaleUpEvents` / `scaleDownEvents`.
  private final Events upEvents = new Events();
  private final Events downEvents = new Events();

  public HpaController(HpaSettings settings) {
    this.settings = settings;
  }

  public HpaSettings settings() {
    return settings;
  }

  /**
   * replica_calculator.go GetResourceReplicas: the replica count the metric asks for, before behaviour rules.
   *
   * @param current current replicas (the scale's desired count)
   * @param ready ready pods, whose CPU counts
   * @param unready pending or warming pods
   * @param readyUtilizationPercent average CPU utilisation of the ready pods, in percent of their request
   * @return the proposal; {@code current} when within tolerance or when there is no ready pod (no metrics)
   */
  public int replicasForUtilization(int current, int ready, int unready, double readyUtilizationPercent) {
    if (ready <= 0 || Double.isNaN(readyUtilizationPercent)) {
      return current; // "no metrics returned": the controller does not act
    }
    // metrics/utilization.go: utilisation is an integer percent, truncated.
    long utilization = (long) Math.floor(readyUtilizationPercent);
    double target = settings.targetUtilizationPercent();
    double usageRatio = utilization / target;
    boolean scaleUpWithUnready = unready > 0 && usageRatio > 1.0;
    if (!scaleUpWithUnready) {
      if (Math.abs(1.0 - usageRatio) <= settings.tolerance()) {
        return current;
      }
      return (int) Math.ceil(usageRatio * ready);
    }
    // Unready pods count as 0 % on scale-up, which damps it.
    long newUtilization = (long) Math.floor((double) (utilization * ready) / (ready + unready));
    double newUsageRatio = newUtilization / target;
    if (Math.abs(1.0 - newUsageRatio) <= settings.tolerance() || newUsageRatio < 1.0) {
      return current; // within tolerance, or the damping flipped the direction: no change
    }
    int newReplicas = (int) Math.ceil(newUsageRatio * (ready + unready));
    return newReplicas < current ? current : newReplicas;
  }

  /**
   * One reconcile of the HPA at {@code now}: the replica count it sets.
   *
   * @param min minReplicas
   * @param max maxReplicas
   */
  public int reconcile(long now, int current, int ready, int unready, double readyUtilizationPercent, int min, int max) {
    int desired;
    if (current == 0 && min != 0) {
      return current; // scaling is disabled for a target scaled to zero
    } else if (current > max) {
      desired = max;
    } else if (current < min) {
      desired = min;
    } else {
      int proposal = replicasForUtilization(current, ready, unready, readyUtilizationPercent);
      int stabilized = stabilize(now, current, proposal);
      desired = limitRate(now, current, stabilized, min, max);
    }
    return desired;
  }

  /**
   * storeScaleEvent: the scale target really went from {@code from} to {@code to} at {@code now}. Separate from
   * {@link #reconcile} because a proposal may not be applied (the engine holds policy scale-in while scale-out
   * instances warm); the rate limits count only what happened.
   */
  public void recordScale(long now, int from, int to) {
    if (to != from) {
      (to > from ? upEvents : downEvents).add(now, Math.abs(to - from),
          settings.scaleUp().longestPeriod(), settings.scaleDown().longestPeriod());
    }
  }

  /**
   * stabilizeRecommendationWithBehaviors: the scale-up window takes the minimum recommendation in it, the scale-down
   * window the maximum; the current count is then pulled into [upLimit, downLimit]. Records the unstabilised
   * proposal, reusing a slot older than both windows when there is one.
   */
  int stabilize(long now, int current, int proposal) {
    if (recCount == 0) {
      // maybeInitScaleDownStabilizationWindow: a new HPA starts with the current count in its window, so it does
      // not scale down on its first look.
      recTime[0] = now;
      recValue[0] = current;
      recCount = 1;
    }
    long upCutoff = now - settings.scaleUp().stabilizationWindowSeconds();
    long downCutoff = now - settings.scaleDown().stabilizationWindowSeconds();
    int upRecommendation = proposal;
    int downRecommendation = proposal;
    int oldSlot = -1;
    for (int i = 0; i < recCount; i++) {
      long t = recTime[i];
      if (t > upCutoff) {
        upRecommendation = Math.min(recValue[i], upRecommendation);
      }
      if (t > downCutoff) {
        downRecommendation = Math.max(recValue[i], downRecommendation);
      }
      if (t < upCutoff && t < downCutoff) {
        oldSlot = i;
      }
    }
    int recommendation = current;
    if (recommendation < upRecommendation) {
      recommendation = upRecommendation;
    }
    if (recommendation > downRecommendation) {
      recommendation = downRecommendation;
    }
    if (oldSlot >= 0) {
      recTime[oldSlot] = now;
      recValue[oldSlot] = proposal;
    } else {
      if (recCount == recTime.length) {
        recTime = Arrays.copyOf(recTime, recCount * 2);
        recValue = Arrays.copyOf(recValue, recCount * 2);
      }
      recTime[recCount] = now;
      recValue[recCount] = proposal;
      recCount++;
    }
    return recommendation;
  }

  /** convertDesiredReplicasWithBehaviorRate: the rate policies and [min, max]. */
  int limitRate(long now, int current, int desired, int min, int max) {
    if (desired > current) {
      int limit = scaleUpLimit(now, current);
      if (limit < current) {
        limit = current; // no further scale-up until old events expire
      }
      int maximumAllowed = Math.min(max, limit);
      return Math.min(desired, maximumAllowed);
    }
    if (desired < current) {
      int limit = scaleDownLimit(now, current);
      if (limit > current) {
        limit = current;
      }
      int minimumAllowed = Math.max(min, limit);
      return Math.max(desired, minimumAllowed);
    }
    return desired;
  }

  private int scaleUpLimit(long now, int current) {
    HpaSettings.Rules rules = settings.scaleUp();
    if (rules.selectPolicy() == HpaSettings.Select.DISABLED) {
      return current;
    }
    boolean min = rules.selectPolicy() == HpaSettings.Select.MIN;
    int result = min ? Integer.MAX_VALUE : Integer.MIN_VALUE;
    for (HpaSettings.RatePolicy p : rules.policies()) {
      int periodStart = replicasAt(now - p.periodSeconds(), current);
      int proposed = p.type() == HpaSettings.RateType.PODS
          ? periodStart + p.value()
          : (int) Math.ceil(periodStart * (1 + p.value() / 100.0));
      result = min ? Math.min(result, proposed) : Math.max(result, proposed);
    }
    return result;
  }

  private int scaleDownLimit(long now, int current) {
    HpaSettings.Rules rules = settings.scaleDown();
    if (rules.selectPolicy() == HpaSettings.Select.DISABLED) {
      return current;
    }
    boolean min = rules.selectPolicy() == HpaSettings.Select.MIN;
    int result = min ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    for (HpaSettings.RatePolicy p : rules.policies()) {
      int periodStart = replicasAt(now - p.periodSeconds(), current);
      int proposed = p.type() == HpaSettings.RateType.PODS
          ? periodStart - p.value()
          : (int) (periodStart * (1 - p.value() / 100.0));
      result = min ? Math.max(result, proposed) : Math.min(result, proposed);
    }
    return result;
  }

  /** The replica count at {@code since}: today's count with the changes made after it undone. */
  private int replicasAt(long since, int current) {
    return current - upEvents.sumSince(since) + downEvents.sumSince(since);
  }

  /** Timestamped replica changes; slots older than the longest period are reused. */
  private static final class Events {
    private long[] time = new long[8];
    private int[] change = new int[8];
    private int count;

    /** getReplicasChangePerPeriod: the changes strictly after {@code cutoff}. */
    int sumSince(long cutoff) {
      int sum = 0;
      for (int i = 0; i < count; i++) {
        if (time[i] > cutoff) {
          sum += change[i];
        }
      }
      return sum;
    }

    void add(long now, int replicas, int upPeriod, int downPeriod) {
      long outdated = now - Math.max(upPeriod, downPeriod);
      for (int i = 0; i < count; i++) {
        if (time[i] <= outdated) {
          time[i] = now;
          change[i] = replicas;
          return;
        }
      }
      if (count == time.length) {
        time = Arrays.copyOf(time, count * 2);
        change = Arrays.copyOf(change, count * 2);
      }
      time[count] = now;
      change[count] = replicas;
      count++;
    }
  }
}
