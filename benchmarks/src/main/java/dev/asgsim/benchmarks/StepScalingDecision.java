package dev.asgsim.benchmarks;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.PolicyEvaluator;
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
 * One decision of the step scaling example ({@code examples/step-scaling.yaml}: a PercentChangeInCapacity scale-out
 * policy on a 2-of-3 alarm at 60 %, a ChangeInCapacity scale-in policy on a 10-of-10 alarm at 40 %) on a warm engine.
 *
 * <ul>
 *   <li>{@code propose}: the alarmed policy's proposal at the next minute (an alarm invokes its policy once a
 *       minute, aws-behaviour §1.6 [D], so the clock moves each call): aggregate the window, pick the step, apply it.
 *   <li>{@code publishAndDecide}: a whole simulated minute of the engine: one datapoint, both alarms re-scanned, both
 *       policies, the combination and the clamp.
 * </ul>
 * Scenarios: {@code out} CPU 85 % at MaxSize (+50 % clamped away), {@code in} CPU 20 % at MinSize (−2 clamped away).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class StepScalingDecision {
  @Param({"out", "in"})
  public String scenario;

  WarmEngine warm;
  private PolicyEvaluator policy;
  private long now;

  @Setup(Level.Trial)
  public void setUp() {
    ScalingConfig step = Fixtures.example("step-scaling.yaml");
    int max = step.autoScalingGroup().maxSize();
    int min = step.autoScalingGroup().minSize();
    switch (scenario) {
      case "out" -> {
        warm = new WarmEngine(TargetTrackingDecision.withDesired(step, max), max, 85);
        policy = warm.engine.policy(0);
      }
      case "in" -> {
        warm = new WarmEngine(TargetTrackingDecision.withDesired(step, min), min, 20);
        policy = warm.engine.policy(1);
      }
      default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; use out or in");
    }
    now = warm.now();
  }

  @Benchmark
  public void propose(Blackhole bh) {
    now += 60;
    bh.consume(policy.propose(now, warm.group, warm.engine));
  }

  @Benchmark
  public void publishAndDecide(Blackhole bh) {
    bh.consume(warm.nextMinute().newDesired());
  }
}
