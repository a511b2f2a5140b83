package dev.asgsim.simulator.group;

import static dev.asgsim.simulator.group.Cohorts.NEVER;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The instances of one Auto Scaling group and their lifecycle clocks (aws-behaviour §6, §7): launch, Pending → InService,
 * load balancer registration and health checks, warm-up, health check grace, unhealthy replacement in 10 % batches,
 * scale-in victim choice (AZ balance, termination policies, protection), deregistration delay, MaxInstanceLifetime.
 * Every clock is fixed when a cohort is created, so state at time {@code t} is a function of {@code t} and work is
 * done only when {@code t} crosses the next clock ({@link #nextEventAt()}).
 *
 * <p>Not thread-safe; one simulation owns it.
 */
public final class Group {
  private static final LaunchReason[] REASONS = LaunchReason.values();
  final Cohorts c = new Cohorts();
  private final GroupParams p;
  private final SplittableRandom rng;
  private final int[] azCount;
  private final boolean[] azCandidate;
  private int nextSeq;
  private long last = Long.MIN_VALUE;
  private long nextEventAt = Long.MIN_VALUE;
  private int owedHealth;
  private int owedLifetime;
  private long lifetimeBusyUntil = Long.MIN_VALUE;
  private double billedSeconds;
  private double surplusCredits;
  private int launchedTotal;
  private int terminatedTotal;

  // Counts at the last advance().
  private int pending;
  private int inService;
  private int warm;
  private int serving;
  private int terminating;
  private int nonTerminating;
  private int warmingScaleOut;
  private int replacementsInFlight;
  private int servingWarm;
  private final int[] policyCodes;

  // Results of the last serve().
  private double served;
  private double meanCpu;
  private double metricCpu;
  private double meanCredits;
  private boolean throttled;

  public Group(GroupParams params, long seed) {
    if (params.availabilityZones().isEmpty()) {
      throw new IllegalArgumentException("a group needs at least one Availability Zone");
    }
    this.p = params;
    this.rng = new SplittableRandom(seed ^ 0x6a09e667f3bcc908L);
    this.azCount = new int[params.availabilityZones().size()];
    this.azCandidate = new boolean[azCount.length];
    this.policyCodes = new int[params.terminationPolicies().size()];
    for (int k = 0; k < policyCodes.length; k++) {
      policyCodes[k] = switch (params.terminationPolicies().get(k).trim().toLowerCase(Locale.ROOT)) {
        case "oldestinstance" -> 1;
        case "newestinstance" -> 2;
        case "closesttonextinstancehour" -> 3;
        case "default" -> 4;
        default -> 0; // launch template age, allocation strategy: one template, one type; nothing to tell apart
      };
    }
  }

  public GroupParams params() {
    return p;
  }

  /** Puts {@code n} running, healthy, warm instances in the group at {@code t} (the group as it stands). */
  public void start(long t, int n, GroupListener listener) {
    int[] perAz = spread(n);
    for (int a = 0; a < perAz.length; a++) {
      if (perAz[a] == 0) {
        continue;
      }
      int i = c.add();
      init(i, a, perAz[a], LaunchReason.INITIAL, false);
      c.launchAt[i] = t;
      c.inServiceAt[i] = t;
      c.lbHealthyAt[i] = t;
      c.lbUnhealthyAt[i] = NEVER;
      c.warmAt[i] = t;
      c.unhealthyAt[i] = NEVER;
      c.credits[i] = p.credits().initialCredits();
    }
    launchedTotal += n;
    last = t;
    recount(t);
  }

  /**
   * Launches {@code n} instances at {@code at} into the AZs with the fewest instances (aws-behaviour §7.2 [D]).
   *
   * @param warmupSeconds warm-up counted from InService (aws-behaviour §2.2 [D] for DefaultInstanceWarmup; Q6 for
   *                      EstimatedInstanceWarmup, read the same way)
   * @param scaleOut      launched by a scale-out: blocks policy scale-in until warm (aws-behaviour §2.2 rule 4 [D])
   * @return the sequence number of the first instance; instances of one call are numbered consecutively
   */
  public int launch(long at, int n, LaunchReason reason, int warmupSeconds, boolean scaleOut) {
    int first = nextSeq;
    int[] perAz = spread(n);
    for (int a = 0; a < perAz.length; a++) {
      if (perAz[a] == 0) {
        continue;
      }
      int i = c.add();
      init(i, a, perAz[a], reason, scaleOut);
      long delay = p.launchDelaySeconds();
      if (p.launchDelayJitterSeconds() > 0) {
        delay += rng.nextInt(-p.launchDelayJitterSeconds(), p.launchDelayJitterSeconds() + 1);
      }
      long inSvc = at + Math.max(0, delay);
      c.launchAt[i] = at;
      c.inServiceAt[i] = inSvc;
      c.warmAt[i] = inSvc + Math.max(0, warmupSeconds);
      c.credits[i] = p.credits().launchCredits();
      healthClocks(i, inSvc);
    }
    launchedTotal += n;
    recount(last);
    return first;
  }

  private void init(int i, int az, int n, LaunchReason reason, boolean scaleOut) {
    c.count[i] = n;
    c.az[i] = az;
    c.firstSeq[i] = nextSeq;
    nextSeq += n;
    c.reason[i] = (byte) reason.ordinal();
    c.scaleOut[i] = scaleOut;
    c.drainAt[i] = NEVER;
    c.terminatedAt[i] = NEVER;
    c.cpu[i] = 0;
  }

  /**
   * Load balancer health (aws-behaviour §6.1 [D]): targets are checked every interval from registration (= InService); the
   * application answers {@code AppStartSeconds} after InService. A new target needs one pass, unless
   * {@code UnhealthyThresholdCount} failures come first: then it is unhealthy and needs {@code HealthyThresholdCount}
   * passes. Auto Scaling marks it Unhealthy at its first health sweep after the grace period while the target is
   * still unhealthy (aws-behaviour §6.2, §6.3 [D]; sweep interval Q9 [I]).
   */
  private void healthClocks(int i, long inSvc) {
    if (!p.loadBalanced()) {
      c.lbHealthyAt[i] = inSvc + p.appStartSeconds();
      c.lbUnhealthyAt[i] = NEVER;
      c.unhealthyAt[i] = NEVER;
      return;
    }
    long iv = p.healthCheckIntervalSeconds();
    long firstPass = Math.max(1, (p.appStartSeconds() + iv - 1) / iv);
    long failures = firstPass - 1;
    if (failures < p.unhealthyThresholdCount()) {
      c.lbHealthyAt[i] = inSvc + firstPass * iv;
      c.lbUnhealthyAt[i] = NEVER;
    } else {
      c.lbUnhealthyAt[i] = inSvc + p.unhealthyThresholdCount() * iv;
      c.lbHealthyAt[i] = inSvc + (firstPass + p.healthyThresholdCount() - 1) * iv;
    }
    c.unhealthyAt[i] = NEVER;
    if (p.elbHealthChecks() && c.lbUnhealthyAt[i] != NEVER) {
      long mark = nextSweep(Math.max(c.lbUnhealthyAt[i], inSvc + p.gracePeriodSeconds()));
      if (mark < c.lbHealthyAt[i]) {
        c.unhealthyAt[i] = mark;
      }
    }
  }

  private long nextSweep(long t) {
    long s = p.groupHealthCheckIntervalSeconds();
    return Math.floorDiv(t + s - 1, s) * s;
  }

  private int[] spread(int n) {
    int[] perAz = new int[azCount.length];
    for (int k = 0; k < n; k++) {
      int best = 0;
      for (int a = 1; a < azCount.length; a++) {
        if (azCount[a] + perAz[a] < azCount[best] + perAz[best]) {
          best = a;
        }
      }
      perAz[best]++;
    }
    for (int a = 0; a < azCount.length; a++) {
      azCount[a] += perAz[a];
    }
    return perAz;
  }

  /** Terminates {@code k} instances for a scale-in at {@code at}; returns how many could be selected. */
  public int scaleIn(long at, int k, VictimSink sink) {
    int done = 0;
    while (done < k) {
      int v = pickVictim(at);
      if (v < 0) {
        break;
      }
      int next = v + 1;
      if (c.count[v] > 1 && next < c.size && c.drainAt[next] == at && c.az[next] == c.az[v]
          && c.launchAt[next] == c.launchAt[v] && c.firstSeq[next] == c.firstSeq[v] + c.count[v]) {
        // The cohort's previous victim of this scale-in sits right after it: grow that slot instead of splitting.
        c.count[v]--;
        c.count[next]++;
        c.firstSeq[next]--;
        azCount[c.az[v]]--;
        nonTerminating--;
        sink.selected(at, c.firstSeq[next], c.az[next], LaunchReason.DESIRED_CHANGE);
      } else {
        int slot = detachOne(v);
        startTermination(slot, at);
        sink.selected(at, c.firstSeq[slot], c.az[slot], LaunchReason.DESIRED_CHANGE);
      }
      done++;
    }
    recount(last);
    return done;
  }

  /** Receives each instance selected for termination. */
  @FunctionalInterface
  public interface VictimSink {
    /** @param why DESIRED_CHANGE for scale-in, HEALTH_REPLACEMENT or MAX_LIFETIME for replacements */
    void selected(long epochSecond, int instanceSeq, int az, LaunchReason why);
  }

  /** AZ balance first, then the termination policies in order, then random (aws-behaviour §7.4 [D]). */
  private int pickVictim(long at) {
    java.util.Arrays.fill(azCandidate, false);
    for (int i = 0; i < c.size; i++) {
      if (!c.terminating(i) && !isProtected(i, at)) {
        azCandidate[c.az[i]] = true;
      }
    }
    int bestAz = -1;
    for (int a = 0; a < azCount.length; a++) {
      if (azCandidate[a] && (bestAz < 0 || azCount[a] > azCount[bestAz])) {
        bestAz = a;
      }
    }
    if (bestAz < 0) {
      return -1;
    }
    // One pass finds the best key tuple among the AZ's candidates, a second weighs the ties by instance count.
    int best = -1;
    int total = 0;
    for (int i = 0; i < c.size; i++) {
      if (c.az[i] != bestAz || c.terminating(i) || isProtected(i, at)) {
        continue;
      }
      int cmp = best < 0 ? -1 : compareForTermination(i, best, at);
      if (cmp < 0) {
        best = i;
        total = c.count[i];
      } else if (cmp == 0) {
        total += c.count[i];
      }
    }
    int r = rng.nextInt(total);
    for (int i = 0; i < c.size; i++) {
      if (c.az[i] == bestAz && !c.terminating(i) && !isProtected(i, at) && compareForTermination(i, best, at) == 0) {
        r -= c.count[i];
        if (r < 0) {
          return i;
        }
      }
    }
    throw new IllegalStateException("no victim");
  }

  /** Negative when cohort {@code a} goes before {@code b} under the termination policies in order. */
  private int compareForTermination(int a, int b, long at) {
    for (int code : policyCodes) {
      int cmp = switch (code) {
        case 1 -> Long.compare(c.launchAt[a], c.launchAt[b]);
        case 2 -> Long.compare(c.launchAt[b], c.launchAt[a]);
        case 3, 4 -> Long.compare(toNextHour(a, at), toNextHour(b, at));
        default -> 0;
      };
      if (cmp != 0) {
        return cmp;
      }
      if (code == 4) {
        return 0;
      }
    }
    return 0;
  }

  private long toNextHour(int i, long at) {
    return 3600 - Math.floorMod(at - c.launchAt[i], 3600);
  }

  private boolean isProtected(int i, long at) {
    // Protection starts at InService (aws-behaviour §7.4 [D]).
    return p.newInstancesProtected() && c.inServiceAt[i] <= at;
  }

  /** Splits one instance off cohort {@code i} (the last id) and returns its slot. */
  private int detachOne(int i) {
    if (c.count[i] == 1) {
      return i;
    }
    int j = c.splitAfter(i);
    c.count[i] -= 1;
    c.count[j] = 1;
    c.firstSeq[j] = c.firstSeq[i] + c.count[i];
    return j;
  }

  private void startTermination(int i, long at) {
    c.drainAt[i] = at;
    boolean registered = p.loadBalanced() && c.inServiceAt[i] <= at;
    c.terminatedAt[i] = at + (registered ? p.deregistrationDelaySeconds() : 0);
    azCount[c.az[i]] -= c.count[i];
    nonTerminating -= c.count[i];
    if (at < nextEventAt) {
      nextEventAt = at;
    }
  }

  /** The earliest clock after the last advance: nothing changes before it. */
  public long nextEventAt() {
    return nextEventAt;
  }

  /**
   * Moves the group's clocks to {@code t}: emits every instance event in {@code (last, t]}, marks unhealthy
   * instances (within the 10 % batch), retires instances past MaxInstanceLifetime one at a time, removes terminated
   * cohorts (billing them) and recounts.
   *
   * @param desired the current desired capacity, for the replacement batch size
   */
  public void advance(long t, int desired, GroupListener listener, VictimSink terminations) {
    if (t < nextEventAt) {
      last = t;
      return;
    }
    long from = last;
    int batch = Math.max(1, (int) Math.floor(desired * GroupParams.DEFAULT_REPLACEMENT_BATCH_FRACTION));
    int split = -1; // a slot split off in this pass: its earlier events were already emitted with its parent's
    for (int i = 0; i < c.size; i++) {
      LaunchReason reason = REASONS[c.reason[i]];
      GroupListener events = i == split ? GroupListener.NONE : listener;
      emitAll(events, from, t, i, reason);
      if (!c.terminating(i) && c.unhealthyAt[i] <= t) {
        int room = batch - replacementsInFlight - owedHealth;
        if (room <= 0) {
          c.unhealthyAt[i] = nextSweep(t + 1);
        } else {
          int n = Math.min(room, c.count[i]);
          int j = i;
          if (n < c.count[i]) {
            j = c.splitAfter(i);
            split = j;
            c.count[i] -= n;
            c.count[j] = n;
            c.firstSeq[j] = c.firstSeq[i] + c.count[i];
            c.unhealthyAt[i] = nextSweep(t + 1);
          }
          long at = c.unhealthyAt[j];
          listener.onInstanceEvent(at, InstanceEvent.MARKED_UNHEALTHY, c.firstSeq[j], n, c.az[j], reason);
          startTermination(j, at);
          owedHealth += n;
          for (int k = 0; k < n; k++) {
            terminations.selected(at, c.firstSeq[j] + k, c.az[j], LaunchReason.HEALTH_REPLACEMENT);
          }
        }
      }
      if (p.maxInstanceLifetime() > 0 && !c.terminating(i) && owedLifetime == 0 && lifetimeBusyUntil <= t
          && c.launchAt[i] + p.maxInstanceLifetime() <= t) {
        // One at a time, with a pause for the replacement (aws-behaviour §7.5 [D]).
        int j = detachOne(i);
        if (j != i) {
          split = j;
        }
        long at = Math.max(c.launchAt[j] + p.maxInstanceLifetime(), from + 1);
        startTermination(j, Math.min(at, t));
        owedLifetime++;
        terminations.selected(c.drainAt[j], c.firstSeq[j], c.az[j], LaunchReason.MAX_LIFETIME);
      }
      if (c.drainAt[i] != NEVER) {
        emit(listener, from, t, c.drainAt[i], InstanceEvent.TERMINATING, i, reason);
      }
      if (c.terminatedAt[i] <= t) {
        listener.onInstanceEvent(c.terminatedAt[i], InstanceEvent.TERMINATED, c.firstSeq[i], c.count[i], c.az[i],
            reason);
        bill(i, c.terminatedAt[i]);
        terminatedTotal += c.count[i];
        c.remove(i);
        i--;
      }
    }
    last = t;
    recount(t);
  }

  private void emitAll(GroupListener l, long from, long t, int i, LaunchReason reason) {
    emit(l, from, t, c.launchAt[i], InstanceEvent.LAUNCHED, i, reason);
    emit(l, from, t, c.inServiceAt[i], InstanceEvent.IN_SERVICE, i, reason);
    if (c.lbUnhealthyAt[i] < c.drainAt[i]) {
      emit(l, from, t, c.lbUnhealthyAt[i], InstanceEvent.LB_UNHEALTHY, i, reason);
    }
    if (c.lbHealthyAt[i] < c.drainAt[i] && c.lbHealthyAt[i] < c.unhealthyAt[i] && p.loadBalanced()) {
      emit(l, from, t, c.lbHealthyAt[i], InstanceEvent.LB_HEALTHY, i, reason);
    }
    if (c.warmAt[i] < c.drainAt[i] && c.warmAt[i] > c.inServiceAt[i]) {
      emit(l, from, t, c.warmAt[i], InstanceEvent.WARMED_UP, i, reason);
    }
  }

  private void emit(GroupListener l, long from, long to, long at, InstanceEvent e, int i, LaunchReason r) {
    if (at > from && at <= to && at != NEVER) {
      l.onInstanceEvent(at, e, c.firstSeq[i], c.count[i], c.az[i], r);
    }
  }

  private void bill(int i, long end) {
    // Per-second billing from launch to termination with a 60 s minimum per launch.
    billedSeconds += (double) c.count[i] * Math.max(60, end - c.launchAt[i]);
    if (c.credits[i] < 0) {
      surplusCredits += -c.credits[i] * c.count[i];
    }
  }

  private void recount(long t) {
    pending = 0;
    inService = 0;
    warm = 0;
    serving = 0;
    terminating = 0;
    nonTerminating = 0;
    warmingScaleOut = 0;
    replacementsInFlight = 0;
    servingWarm = 0;
    long next = NEVER;
    for (int i = 0; i < c.size; i++) {
      int n = c.count[i];
      boolean drained = c.drainAt[i] <= t;
      if (!c.terminating(i)) {
        nonTerminating += n;
        if (c.scaleOut[i] && c.warmAt[i] > t) {
          warmingScaleOut += n;
        }
        if (c.reason[i] == (byte) LaunchReason.HEALTH_REPLACEMENT.ordinal()
            && (c.warmAt[i] > t || c.lbHealthyAt[i] > t)) {
          replacementsInFlight += n;
        }
      }
      if (drained) {
        terminating += n;
      } else if (c.inServiceAt[i] <= t) {
        inService += n;
        if (c.warmAt[i] <= t) {
          warm += n;
        }
        if (isServing(i, t)) {
          serving += n;
          if (c.warmAt[i] <= t) {
            servingWarm += n;
          }
        }
      } else {
        pending += n;
      }
      next = Math.min(next, after(t, c.launchAt[i]));
      next = Math.min(next, after(t, c.inServiceAt[i]));
      next = Math.min(next, after(t, c.lbHealthyAt[i]));
      next = Math.min(next, after(t, c.lbUnhealthyAt[i]));
      next = Math.min(next, after(t, c.warmAt[i]));
      next = Math.min(next, c.terminating(i) ? after(t, c.drainAt[i]) : c.unhealthyAt[i] <= t ? t + 1
          : after(t, c.unhealthyAt[i]));
      next = Math.min(next, after(t, c.terminatedAt[i]));
      if (p.maxInstanceLifetime() > 0 && !c.terminating(i)) {
        next = Math.min(next, Math.max(t + 1, c.launchAt[i] + p.maxInstanceLifetime()));
      }
    }
    if (owedLifetime > 0 || owedHealth > 0) {
      next = Math.min(next, t + 1);
    }
    nextEventAt = next;
  }

  private static long after(long t, long at) {
    return at > t ? at : NEVER;
  }

  private boolean isServing(int i, long t) {
    // lbHealthyAt is the first time the target is healthy for good (after any unhealthy spell), see healthClocks.
    return c.inServiceAt[i] <= t && c.lbHealthyAt[i] <= t && c.drainAt[i] > t && c.unhealthyAt[i] > t;
  }

  /**
   * How the next launches should be accounted: replacements owed for unhealthy or expired instances first. Returns
   * the reason and consumes one owed replacement.
   */
  public LaunchReason takeLaunchReason() {
    if (owedHealth > 0) {
      owedHealth--;
      return LaunchReason.HEALTH_REPLACEMENT;
    }
    if (owedLifetime > 0) {
      owedLifetime--;
      lifetimeBusyUntil = last + p.launchDelaySeconds() + p.defaultWarmupSeconds() + 60;
      return LaunchReason.MAX_LIFETIME;
    }
    return LaunchReason.DESIRED_CHANGE;
  }

  /** Forgets owed replacements that a lower desired capacity made unnecessary. */
  public void forgiveReplacements(int desired) {
    int room = Math.max(0, desired - nonTerminating);
    owedHealth = Math.min(owedHealth, room);
    owedLifetime = Math.min(owedLifetime, room - owedHealth);
  }

  /**
   * Spreads {@code demand} (percent of one instance's CPU) over the serving instances for one minute: CPU per
   * instance is capped at 100 %, and at the baseline for a burstable instance in standard mode out of credits (aws-behaviour
   * §8.1 [D]); credits are earned and spent per minute. Returns the demand served.
   */
  public double serve(double demand) {
    CreditParams cr = p.credits();
    long t = last;
    double share = serving == 0 ? 0 : demand / serving;
    double want = Math.min(100.0, share);
    if (!cr.burstable()) {
      // Every serving instance runs at the same CPU: no per-cohort state to update.
      served = want * serving;
      meanCpu = serving == 0 ? Double.NaN : want;
      metricCpu = warm == 0 ? Double.NaN : want * servingWarm / warm;
      meanCredits = Double.NaN;
      return served;
    }
    throttled = false;
    double servedSum = 0;
    double metricSum = 0;
    double creditSum = 0;
    int creditCount = 0;
    for (int i = 0; i < c.size; i++) {
      if (c.inServiceAt[i] > t || c.drainAt[i] <= t) {
        c.cpu[i] = 0;
        continue;
      }
      boolean srv = isServing(i, t);
      double u = srv ? want : 0;
      if (cr.burstable()) {
        double bal = c.credits[i];
        if (!cr.unlimited()) {
          double byCredits = (bal + cr.earnPerMinute()) / cr.vCpus() * 100.0;
          double cap = Math.max(cr.baselinePercent(), Math.min(100.0, byCredits));
          if (u > cap) {
            throttled = true;
            u = cap;
          }
        }
        double next = bal + cr.earnPerMinute() - u / 100.0 * cr.vCpus();
        // Earnings stop at the cap; launch credits above it are kept until spent.
        double cap = Math.max(cr.maxCredits(), bal);
        next = Math.min(next, cap);
        if (!cr.unlimited()) {
          next = Math.max(0, next);
        }
        c.credits[i] = next;
        creditSum += next * c.count[i];
        creditCount += c.count[i];
      }
      c.cpu[i] = u;
      if (srv) {
        servedSum += u * c.count[i];
      }
      if (c.warmAt[i] <= t) {
        metricSum += u * c.count[i];
      }
    }
    served = servedSum;
    meanCpu = serving == 0 ? Double.NaN : servedSum / serving;
    metricCpu = warm == 0 ? Double.NaN : metricSum / warm;
    meanCredits = creditCount == 0 ? Double.NaN : creditSum / creditCount;
    return servedSum;
  }

  /** Checks that every instance is in exactly one state and no count is negative; throws if not. */
  public void checkInvariants() {
    recount(last);
    int total = 0;
    for (int i = 0; i < c.size; i++) {
      if (c.count[i] <= 0) {
        throw new IllegalStateException("cohort " + i + " has " + c.count[i] + " instances");
      }
      total += c.count[i];
    }
    if (pending < 0 || inService < 0 || terminating < 0 || warm < 0 || serving < 0 || nonTerminating < 0) {
      throw new IllegalStateException("negative count");
    }
    if (pending + inService + terminating != total) {
      throw new IllegalStateException("states do not add up: pending " + pending + " + in service " + inService
          + " + terminating " + terminating + " != " + total + " instances");
    }
    if (warm > inService || serving > inService || nonTerminating > total) {
      throw new IllegalStateException("warm/serving above in service");
    }
  }

  /** Bills the instances still running at the end of the run as if terminated at {@code end}. */
  public void finish(long end) {
    for (int i = 0; i < c.size; i++) {
      bill(i, end);
    }
  }

  public int pending() { return pending; }
  public int inService() { return inService; }
  /** InService and past warm-up: N_eff, the instances whose metrics are aggregated (aws-behaviour §2.2). */
  public int warm() { return warm; }
  /** Receiving traffic from the load balancer. */
  public int serving() { return serving; }
  public int terminating() { return terminating; }
  /** Pending or InService and not selected for termination: what counts toward desired. */
  public int nonTerminating() { return nonTerminating; }
  /** Instances launched by a scale-out still warming up (aws-behaviour §2.2 rule 3, 4). */
  public int warmingScaleOut() { return warmingScaleOut; }
  public double served() { return served; }
  /** Mean CPU of the serving instances during the last served minute, NaN when none serves. */
  public double meanCpu() { return meanCpu; }
  /** The group metric: mean CPU over InService, warm instances (aws-behaviour §2.2 [I]); NaN when none is warm. */
  public double metricCpu() { return metricCpu; }
  public double meanCredits() { return meanCredits; }
  /** Whether a serving instance was held below its demand by exhausted CPU credits in the last served minute. */
  public boolean throttled() { return throttled; }
  public double billedSeconds() { return billedSeconds; }
  public double surplusCredits() { return surplusCredits; }
  public int launchedTotal() { return launchedTotal; }
  public int terminatedTotal() { return terminatedTotal; }
  public int cohortCount() { return c.size; }
  public List<String> availabilityZones() { return p.availabilityZones(); }
}
