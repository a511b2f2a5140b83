package dev.asgsim.simulator.predictive;

import dev.asgsim.core.policy.HourSums;
import dev.asgsim.core.policy.PredictiveEvaluator;
import dev.asgsim.core.policy.PredictiveEvaluator.LoadMetric;
import dev.asgsim.core.policy.ScalingEngine;
import dev.asgsim.simulator.load.LoadSeries;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * The predictive steps of a quiet stretch's minutes (aws-behaviour §5.2): the plain minute's
 * {@link ScalingEngine#observeLoad} and {@link PredictiveRecorder#minute}, with the same arguments, but for the minutes
 * inside an hour held here and handed over together ({@link ScalingEngine#continueHour},
 * {@link PredictiveRecorder#minutes}) at the next hour's start or the stretch's end. Within an hour those steps only
 * add to the hour's sums, which nothing reads before the hour closes: the evaluations read the forecast and its floor,
 * which change only when an hour starts (the policy closes the last hour into its history and may forecast again). So
 * an hour's first minute is observed at once, before its evaluation, and its later minutes are added, as they pass,
 * to a copy of the hour's sums kept here ({@link HourSums}'s terms), which the policies take back at the hand-over.
 * That needs the policies to count by one load metric (a group's one predictive policy does); policies that count by
 * two have every minute observed at once, as the plain minute does. The minute loop then carries a comparison and the sums' additions instead of
 * the two calls (issue 12: the predictive year within 10 % of the year without it). The additions overlap the loop's
 * other work; an earlier version stored each minute's CPU and added an hour's minutes in one pass at the hand-over, a
 * chain of dependent additions with nothing to overlap it (benchmarks/HISTORY.md, eleventh session).
 *
 * <p>The quiet-minute kernel's chunks ({@code QuietKernel}) add their minutes from the chunk's metrics
 * ({@link #minutes}) and observe an hour's first minute before asking the engine for its evaluation ({@link #observe});
 * {@link #minute} then skips a minute observed so whose evaluation the engine did not answer (the per-minute way runs
 * it).
 *
 * <p>A stretch reads the group's counts and desired capacity where the plain minute may see them change: at its start
 * and where it goes on past a clock or a minute that acts ({@link #counts}); the held minutes are observed with them,
 * which is what the plain minute passes (a change of desired comes after the minute's observation), and with the run's
 * load of each minute ({@code load.at(m)}, as the plain minute passes). Allocation-free; one per run.
 *
 * <p>The hour's start is called through a method handle ({@link #startHour}), not directly: C2 inlines a plain call
 * to it (it runs 8 760 times a year, "hot"), and with it the whole hourly tree (the hand-over, the engine's hour and
 * forecast, the recorder's row) into the minute loop's compile, which then reaches its node budget
 * ({@code NodeCountInliningCutoff}) and leaves the loop's per-minute calls (the not-scaled recorder, the group's mean
 * CPU, the evaluation) out of line. C2 inlines a method handle's target only when the handle is a constant, which an
 * instance field is not, so the tree is compiled apart without flags (benchmarks/HISTORY.md, 2026-11-30, eighth
 * session: on NAB the inert predictive year's thread CPU time 13–22 % above the year without it with the tree inlined
 * into the loop, 7–10 % with it apart and the hour's first evaluation answered by the engine).
 *
 * <p>It is one handle for every stretch, taking the stretch as its first argument, not a handle bound to each: the JDK
 * "customizes" a handle invoked from a non-constant reference after 127 calls (it spins a LambdaForm class for that
 * handle instance, which is then interpreted and compiled). A handle bound per stretch, so per run, made every
 * simulated year spin, interpret and compile a class of its own: about 100 ms of JIT a round of {@code CpuTime}
 * (four years) that never settled, and the inert arm's round-to-round spread (benchmarks/HISTORY.md, ninth session).
 */
public final class PredictiveStretch {
  private static final long HOUR = 3600;
  private static final MethodHandle START_HOUR;

  static {
    try {
      START_HOUR = MethodHandles.lookup().findVirtual(PredictiveStretch.class, "startHour",
          MethodType.methodType(void.class, int.class, long.class, double.class));
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ScalingEngine engine;
  private final PredictiveRecorder recorder;
  private final LoadSeries series;
  private final boolean active;
  /** {@link #START_HOUR}, read from a field so that it is no constant: see the class comment. */
  private final MethodHandle startHour;
  /**
   * A copy of the hour's sums, which the held minutes add to, when every predictive policy counts by one load metric;
   * else null, and every minute is observed at once (two policies that count by different metrics: rare, and the plain
   * minute's work).
   */
  private final HourSums sums;
  /** The policies count summed CPU, not requests. */
  private final boolean sumsCpu;
  /** The minute start of the first held minute, and how many are held (one a minute from it). */
  private long first;
  private int held;
  /** The end of the hour observed last: minutes before it are held, the first at or after it starts an hour. */
  private long hourEnd = Long.MIN_VALUE;
  private double sumLoad;
  private double sumCapacity;
  private int sumMinutes;
  private int cpuReporting;
  private int inService;
  private int targets;
  private int desired;
  /** {@link #counts}' hand-overs at a new desired, for the tests that check the path ran. */
  private int handOversAtNewDesired;

  /** @param series the run's load: minute {@code m}'s requests are {@code series.at(m)} */
  public PredictiveStretch(ScalingEngine engine, PredictiveRecorder recorder, LoadSeries series) {
    this.engine = engine;
    this.recorder = recorder;
    this.series = series;
    this.active = !engine.predictivePolicies().isEmpty();
    this.startHour = START_HOUR;
    LoadMetric metric = oneMetric(engine.predictivePolicies());
    this.sums = metric == null ? null : new HourSums(metric);
    this.sumsCpu = metric == LoadMetric.TOTAL_CPU;
  }

  /** The load metric every policy counts by, or null when there is none or more than one. */
  private static LoadMetric oneMetric(List<PredictiveEvaluator> policies) {
    LoadMetric metric = null;
    for (PredictiveEvaluator p : policies) {
      if (metric != null && p.loadMetric() != metric) {
        return null;
      }
      metric = p.loadMetric();
    }
    return metric;
  }

  /** Whether the run has predictive policies, whose history each minute feeds (else {@link #minute} does nothing). */
  public boolean active() {
    return active;
  }

  /**
   * Whether {@link #minutes} can take a stretch's minutes in chunks: there is no predictive policy, or they count by one
   * load metric (else every minute is observed at once).
   */
  public boolean holdsMinutes() {
    return !active || sums != null;
  }

  /**
   * How many minutes from {@code minuteStart} on are inside the hour observed last (those {@link #minutes} may take);
   * 0 at an hour's first minute, which {@link #observe} takes first; -1 at a stretch's first minute, whose hour is not
   * known here ({@link #minute} observes it); without predictive policies, any number.
   */
  public int minutesHeld(long minuteStart) {
    if (!active) {
      return Integer.MAX_VALUE;
    }
    if (hourEnd == Long.MIN_VALUE) {
      return -1;
    }
    return minuteStart >= hourEnd ? 0 : (int) Math.min(Integer.MAX_VALUE, (hourEnd - minuteStart + 59) / 60);
  }

  /**
   * A stretch starts: its first minute is observed at once (the minutes before it went the plain way, so the hour they
   * observed is not known here). {@link #counts} follows before its first minute.
   */
  public void begin() {
    this.hourEnd = Long.MIN_VALUE;
  }

  /**
   * The group's counts and desired capacity from the stretch's minute starting at {@code minuteStart} on (those
   * {@link ScalingEngine#observeLoad} and {@link PredictiveRecorder#minute} get in each of its minutes): at the
   * stretch's start, and again where it goes on past a clock or a minute that acts ({@code Run.quietStretch}), whose
   * counts and desired the plain minute reads anew. A minute's terms are added to the sums as it passes, with the counts
   * in force then, so new counts need no hand-over; the recorder takes the held minutes with one desired capacity
   * ({@link PredictiveRecorder#minutes}), so a new desired hands over those held with the old one first.
   */
  public void counts(int cpuReporting, int inService, int targets, int desired, long minuteStart) {
    if (desired != this.desired && held > 0) {
      handOversAtNewDesired++;
      handOver();
      first = minuteStart; // the next held minute: this one, inside the hour, or the hour's first observes it
    }
    this.cpuReporting = cpuReporting;
    this.inService = inService;
    this.targets = targets;
    this.desired = desired;
  }

  /** How many times {@link #counts} handed the held minutes over at a new desired capacity (tests). */
  public int handOversAtNewDesired() {
    return handOversAtNewDesired;
  }

  /**
   * Minute {@code m} of the run, starting at {@code minuteStart}, the stretch's minute after the last one given, with
   * the group's mean CPU and the run's load ({@code requests}, the series' {@code at(m)}): added to the hour's sums
   * when it is inside the hour observed last, else the held minutes are handed over and this one is observed now.
   */
  public void minute(int m, long minuteStart, double averageCpu, double requests) {
    if (minuteStart < hourEnd) {
      if (minuteStart < first) {
        return; // observed already: an hour's first minute that the kernel observed and the engine did not answer
      }
      // HourSums.add's terms and order, the sums in this object's fields for the minute loop's sake
      double l = HourSums.load(sumsCpu, averageCpu, cpuReporting, requests);
      double c = HourSums.capacityTimesMetric(sumsCpu, averageCpu, inService, requests, targets);
      if (!Double.isNaN(l) && !Double.isNaN(c)) {
        sumLoad += l;
        sumCapacity += c;
        sumMinutes++;
      }
      held++;
    } else if (active) {
      observe(m, minuteStart, averageCpu);
    }
  }

  /**
   * Minute {@code m}, starting at {@code minuteStart} with the group's mean CPU {@code averageCpu}, observed at once,
   * before its evaluation: a stretch's first minute or an hour's first ({@link #minutesHeld} -1 or 0), whose hour
   * closes the last one and may forecast again. The held minutes are handed over first.
   */
  public void observe(int m, long minuteStart, double averageCpu) {
    try {
      startHour.invokeExact(this, m, minuteStart, averageCpu);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e); // startHour throws no checked exception
    }
  }

  /**
   * {@link #minute} for the {@code count} minutes from run minute {@code m}, the k-th with the group's mean CPU
   * {@code averageCpu[offset + k]}, all after the last minute observed and inside its hour ({@link #minutesHeld}): the
   * same terms added in the same order. For the kernel's chunks ({@code QuietKernel}); nothing without predictive
   * policies.
   */
  public void minutes(int m, double[] averageCpu, int offset, int count) {
    if (!active) {
      return;
    }
    double load = sumLoad;
    double capacity = sumCapacity;
    int minutes = sumMinutes;
    for (int k = 0; k < count; k++) {
      double cpu = averageCpu[offset + k];
      double requests = sumsCpu ? 0 : series.at(m + k); // the CPU's terms do not read it
      double l = HourSums.load(sumsCpu, cpu, cpuReporting, requests);
      double c = HourSums.capacityTimesMetric(sumsCpu, cpu, inService, requests, targets);
      if (!Double.isNaN(l) && !Double.isNaN(c)) {
        load += l;
        capacity += c;
        minutes++;
      }
    }
    sumLoad = load;
    sumCapacity = capacity;
    sumMinutes = minutes;
    held += count;
  }

  /**
   * The held minutes, then minute {@code minuteStart} — an hour's first or the stretch's first — at once: it may close
   * the hour and forecast again, which its evaluation reads.
   */
  private void startHour(int m, long minuteStart, double averageCpu) {
    end();
    engine.observeLoad(minuteStart, averageCpu, cpuReporting, inService, series.at(m), targets);
    recorder.minute(minuteStart, desired);
    if (sums != null) {
      engine.hourSums(sums);
      sumLoad = sums.load();
      sumCapacity = sums.capacity();
      sumMinutes = sums.minutes();
      hourEnd = Math.floorDiv(minuteStart, HOUR) * HOUR + HOUR;
      first = minuteStart + 60;
    }
  }

  /** The stretch ends: the held minutes are observed, in order, before anything else reads or adds to the hour. */
  public void end() {
    if (held > 0) {
      handOver();
    }
  }

  private void handOver() {
    sums.set(sumLoad, sumCapacity, sumMinutes);
    engine.continueHour(sums);
    recorder.minutes(first, held, desired);
    held = 0; // the next held minute follows a minute observed at once, which sets first
  }
}
