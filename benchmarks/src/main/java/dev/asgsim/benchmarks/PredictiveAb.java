package dev.asgsim.benchmarks;

import dev.asgsim.core.config.PredictiveScalingConfiguration;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The A/B of {@link SimulatePredictiveYear} for a shared machine: a simulated year without and with the predictive
 * policy, interleaved run by run (A B, B A, …), timed by the thread's CPU time as well as the wall clock, so that other
 * processes' load changes both arms alike and mostly leaves CPU time alone. JMH's wall-clock runs are the reference on
 * an idle machine; this is what can be measured when it is not.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.PredictiveAb diurnal|nab PAIRS [scaling|inert]</pre>
 *
 * {@code scaling} (default) adds {@link Fixtures#seedGroupPredictive()}'s ForecastAndScale policy: the year costs the
 * predictive path plus what the different capacity costs to simulate. {@code inert} gives that policy a TargetValue so
 * high that its forecast capacity is always 1: the group behaves as without it, so the difference is the predictive
 * path alone (history, forecasts every 6 h, the floor, the hourly evaluation).
 */
public final class PredictiveAb {
  private PredictiveAb() {}

  public static void main(String[] args) {
    String load = args.length > 0 ? args[0] : "diurnal";
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    boolean inert = args.length > 2 && args[2].equals("inert");
    LoadSeries year = SimulateYear.year(load, 1.0);
    Simulation without = simulation(Fixtures.seedGroup(), year);
    Simulation with = simulation(inert ? inert() : Fixtures.seedGroupPredictive(), year);
    for (int i = 0; i < 5; i++) {
      without.run();
      with.run();
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[][] cpu = new long[2][pairs];
    long[][] wall = new long[2][pairs];
    for (int i = 0; i < pairs; i++) {
      for (int k = 0; k < 2; k++) {
        int arm = (i + k) % 2; // A B, then B A: neither arm always runs first
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        (arm == 0 ? without : with).run();
        cpu[arm][i] = mx.getCurrentThreadCpuTime() - c0;
        wall[arm][i] = System.nanoTime() - w0;
      }
    }
    System.out.printf(Locale.ROOT, "%s, %s, %d interleaved pairs: without predictive %.1f ms CPU (%.1f ms wall), with "
        + "%.1f ms CPU (%.1f ms wall); with/without %.3f CPU, %.3f wall (medians)%n", load,
        inert ? "inert predictive policy" : "ForecastAndScale policy", pairs, median(cpu[0]), median(wall[0]),
        median(cpu[1]), median(wall[1]), median(cpu[1]) / median(cpu[0]), median(wall[1]) / median(wall[0]));
  }

  private static Simulation simulation(ScalingConfig config, LoadSeries year) {
    return Simulation.builder(config).load(year).seed(Fixtures.SEED).recordTimeline(false).recordActivities(false)
        .build();
  }

  /** {@link Fixtures#seedGroupPredictive()} with TargetValue 1e12: its forecast capacity is always 1. */
  static ScalingConfig inert() {
    ScalingConfig c = Fixtures.seedGroupPredictive();
    ScalingPolicy p = c.policies().get(1);
    PredictiveScalingConfiguration pc = p.predictiveScalingConfiguration();
    PredictiveScalingConfiguration.MetricSpecification s = pc.metricSpecifications().get(0);
    PredictiveScalingConfiguration.MetricSpecification high = new PredictiveScalingConfiguration.MetricSpecification(
        1e12, s.predefinedMetricPairSpecification(), null, null, null, null, null);
    return c.toBuilder().scalingPolicies(List.of(c.policies().get(0), p.toBuilder().predictiveScalingConfiguration(
        new PredictiveScalingConfiguration(List.of(high), pc.mode(), pc.schedulingBufferTime(),
            pc.maxCapacityBreachBehavior(), pc.maxCapacityBuffer())).build())).build();
  }

  private static double median(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}
