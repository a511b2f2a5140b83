package dev.asgsim.benchmarks;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.MetricKind;
import dev.asgsim.core.policy.MetricSpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The multi-policy combiner (aws-behaviour §1.7, §7.1 [D]): the seed group with two target tracking policies (CPU 50 %,
 * ALBRequestCountPerTarget 1000) and the step scaling out/in pair, four policies and six alarms on two metrics.
 *
 * <ul>
 *   <li>{@code decide}: {@code ScalingEngine.evaluate} at the current minute, datapoints unchanged: every policy
 *       proposes and the combiner arbitrates.
 *   <li>{@code publishAndDecide}: a whole simulated minute: two datapoints, six alarms re-scanned, then the same.
 * </ul>
 * Scenarios: {@code out} every policy wants more at MaxSize, {@code in} every policy wants less at MinSize,
 * {@code split} the request-count policy votes to scale in but the CPU policy does not agree, so nothing happens.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class MultiPolicyDecision {
  @Param({"out", "in", "split"})
  public String scenario;

  WarmEngine warm;
  private long now;

  @Setup(Level.Trial)
  public void setUp() {
    ScalingConfig multi = Fixtures.multiPolicy();
    int max = multi.autoScalingGroup().maxSize();
    int min = multi.autoScalingGroup().minSize();
    switch (scenario) {
      case "out" -> warm = new WarmEngine(TargetTrackingDecision.withDesired(multi, max), max, m -> cpu(m) ? 90 : 1500);
      case "in" -> warm = new WarmEngine(TargetTrackingDecision.withDesired(multi, min), min, m -> cpu(m) ? 20 : 100);
      case "split" -> warm = new WarmEngine(TargetTrackingDecision.withDesired(multi, 4), 4, m -> cpu(m) ? 48 : 200);
      default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; use out, in or split");
    }
    now = warm.now();
  }

  private static boolean cpu(MetricSpec m) {
    return m.kind() == MetricKind.CPU;
  }

  @Benchmark
  public void decide(Blackhole bh) {
    bh.consume(warm.engine.evaluate(now, warm.group).newDesired());
  }

  @Benchmark
  public void publishAndDecide(Blackhole bh) {
    bh.consume(warm.nextMinute().newDesired());
  }
}
