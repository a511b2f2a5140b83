package dev.asgsim.benchmarks;

import dev.asgsim.simulator.sweep.PointRunner;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A/B figures on a busy machine, where JMH's wall-clock scores are noise: calls one JMH benchmark method in a loop on
 * this thread and reports the median thread CPU time of a few rounds after warm-up rounds. It shares the benchmarks'
 * state classes, so it measures the same work; it is no substitute for JMH on a quiet machine (no forks, no
 * dead-code guard beyond the Blackhole), only a way to compare two jars one after the other while other work runs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime decide ok
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime minute ok
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime alarm 3of3
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime year nab false
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime year-group diurnal t3.large-standard
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime fleet diurnal 1000
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime predictive diurnal inert
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.CpuTime sweep grid
 * </pre>
 * {@code minute} is {@code TargetTrackingDecision.publishAndDecide} (a datapoint, then the decision).
 * {@code year-group LOAD GROUP} is {@code year LOAD false} of another group: {@code t2-unlimited} (the same as
 * {@code year}), {@code t2-standard}, {@code t3.large-standard}, {@code m5.large} or {@code m5.large-requests}
 * ({@link Fixtures#seedGroupOf}).
 * {@code sweep} runs {@link Sweep#grid} on all cores and reports the process's CPU time per point (every thread's,
 * the JIT's and the GC's included: the sweep's work is on its pool's threads, not this one), and how much of it the
 * simulations themselves took (each point's {@code PointRunner.run}, on its pool thread: set-up, minutes, scores); the
 * rest is the sweep's driver thread (config variation, validation, rows), the JIT's compiler threads and the GC.
 * {@code -Drounds=N} (default 5) sets the measured rounds, {@code -Dwarmup=N} the warm-up rounds before them (default
 * 3), {@code -Dmicro=N} the calls per round of the micro-benchmarks (default 5 000 000), {@code -Dyears=N} the years
 * per round (default 4). The line ends with the JIT's compilation time during the measured rounds: on a busy machine
 * the compiler threads get little CPU and a simulated year's code can still be compiling after 3 warm-up rounds
 * (benchmarks/HISTORY.md, ninth session); more than a few ms there means the rounds measured code still changing, and
 * more warm-up rounds are needed. {@link JarAb} runs one of the millisecond jobs of two jars in one JVM, round by round
 * in turn.
 */
public final class CpuTime {
  private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
  /** JMH's own type, built outside a JMH run the only way it allows. */
  private static final Blackhole BH = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  private CpuTime() {}

  private interface Op {
    void run();
  }

  /**
   * @param part the CPU nanoseconds of one part of the work since it was last read (and reset), or null: reported
   *             beside the whole
   */
  private record Job(Op op, long reps, double unit, String unitName, boolean process, LongSupplier part,
      String partName) {
    Job(Op op, long reps, double unit, String unitName) {
      this(op, reps, unit, unitName, false, null, null);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: CpuTime decide|propose|minute ok|high|low | alarm SHAPE | year LOAD RECORD"
          + " | year-group LOAD GROUP | fleet LOAD MAX | predictive LOAD false|true|inert | sweep grid");
      System.exit(2);
    }
    Job job = job(args);
    int rounds = Integer.getInteger("rounds", 5);
    int warmup = Integer.getInteger("warmup", 3);
    for (int i = 0; i < warmup; i++) {
      cpuNanosPerCall(job);
    }
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long jitStart = jit.getTotalCompilationTime();
    double[] r = new double[rounds];
    double[] part = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      if (job.part != null) {
        job.part.getAsLong(); // the warm-up's, or the previous round's
      }
      r[i] = cpuNanosPerCall(job) / job.unit;
      part[i] = job.part == null ? 0 : job.part.getAsLong() / (double) job.reps / job.unit;
    }
    long jitMillis = jit.getTotalCompilationTime() - jitStart;
    Arrays.sort(r);
    Arrays.sort(part);
    System.out.printf(Locale.ROOT, "%s median %.2f %s (min %.2f max %.2f, %d rounds; JIT %d ms meanwhile)%n",
        String.join(" ", args), r[rounds / 2], job.unitName, r[0], r[rounds - 1], rounds, jitMillis);
    if (job.part != null) {
      System.out.printf(Locale.ROOT, "  of which %s median %.2f (min %.2f max %.2f)%n", job.partName,
          part[rounds / 2], part[0], part[rounds - 1]);
    }
  }

  private static Job job(String[] a) throws Exception {
    long micro = Long.getLong("micro", 5_000_000);
    switch (a[0]) {
      case "decide", "propose", "minute" -> {
        TargetTrackingDecision b = new TargetTrackingDecision();
        b.scenario = a[1];
        b.setUp();
        Op op = switch (a[0]) {
          case "decide" -> () -> b.decide(BH);
          case "propose" -> () -> b.propose(BH);
          default -> () -> b.publishAndDecide(BH);
        };
        return new Job(op, micro, 1, "ns");
      }
      case "alarm" -> {
        AlarmUpdate b = new AlarmUpdate();
        b.shape = a[1];
        b.setUp();
        return new Job(() -> b.putAndEvaluate(BH), micro, 1, "ns");
      }
      case "year", "year-group" -> {
        SimulateYear b = new SimulateYear();
        b.load = a[1];
        if (a[0].equals("year")) {
          b.record = a.length > 2 && Boolean.parseBoolean(a[2]);
        } else {
          b.group = a[2];
        }
        b.setUp();
        return new Job(() -> b.year(BH), Long.getLong("years", 4), 1e6, "ms");
      }
      case "fleet" -> {
        SimulateLargeFleet b = new SimulateLargeFleet();
        b.load = a[1];
        b.max = Integer.parseInt(a[2]);
        b.setUp();
        return new Job(() -> b.year(BH), Long.getLong("years", 4), 1e6, "ms");
      }
      case "predictive" -> {
        // one arm per JVM, as JMH's forks run them: PredictiveAb's shared JVM lets one arm's profile shape the other's code
        SimulatePredictiveYear b = new SimulatePredictiveYear();
        b.load = a[1];
        b.predictive = a[2];
        b.setUp();
        return new Job(() -> b.year(BH), Long.getLong("years", 4), 1e6, "ms");
      }
      case "sweep" -> {
        Sweep b = new Sweep();
        b.setUp();
        LongAdder simulations = new LongAdder();
        PointRunner points = b.runner;
        b.runner = request -> {
          long start = MX.getCurrentThreadCpuTime();
          try {
            return points.run(request);
          } finally {
            simulations.add(MX.getCurrentThreadCpuTime() - start);
          }
        };
        return new Job(() -> b.grid(BH), 1, Sweep.POINTS * 1e6, "ms CPU per point", true, simulations::sumThenReset,
            "the simulations on the pool threads");
      }
      default -> throw new IllegalArgumentException(
          "unknown kind " + a[0] + ": decide, propose, minute, alarm, year, year-group, fleet, predictive, sweep");
    }
  }

  private static double cpuNanosPerCall(Job job) {
    long start = cpuNanos(job.process);
    for (long i = 0; i < job.reps; i++) {
      job.op.run();
    }
    return (cpuNanos(job.process) - start) / (double) job.reps;
  }

  private static long cpuNanos(boolean process) {
    return process ? ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() : MX.getCurrentThreadCpuTime();
  }
}
