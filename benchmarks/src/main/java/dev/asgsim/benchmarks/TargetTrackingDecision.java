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
 * One decision of the seed group's target tracking policy (TargetValue 50 on ASGAverageCPUUtilization) on a warm
 * engine. Target: {@code decide} ≤ 10 ns/op and 0 B/op ({@code -prof gc}).
 *
 * <ul>
 *   <li>{@code decide}: {@code ScalingEngine.evaluate} at the current minute, datapoints unchanged: scheduled
 *       actions, both managed alarms (state already computed), the policy's proposal, the combination and the clamp.
 *   <li>{@code propose}: the policy's proposal alone.
 *   <li>{@code publishAndDecide}: a whole simulated minute of the engine: one new datapoint, both alarms re-scanned
 *       (3 of 3 and 15 of 15), then {@code decide}. Not a target; it bounds what the engine costs a simulation.
 * </ul>
 * Scenarios: {@code high} AlarmHigh in ALARM at MaxSize (the proposal is clamped away), {@code low} AlarmLow in
 * ALARM at MinSize, {@code ok} both alarms OK (metric between 45 and 50).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TargetTrackingDecision {
  @Param({"high", "low", "ok"})
  public String scenario;

  WarmEngine warm;
  private PolicyEvaluator policy;
  private long now;

  @Setup(Level.Trial)
  public void setUp() {
    ScalingConfig seed = Fixtures.seed();
    int max = seed.autoScalingGroup().maxSize();
    int min = seed.autoScalingGroup().minSize();
    switch (scenario) {
      case "high" -> warm = new WarmEngine(withDesired(seed, max), max, 90);
      case "low" -> warm = new WarmEngine(withDesired(seed, min), min, 20);
      case "ok" -> warm = new WarmEngine(withDesired(seed, 4), 4, 48);
      default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; use high, low or ok");
    }
    policy = warm.engine.policy(0);
    now = warm.now();
  }

  static ScalingConfig withDesired(ScalingConfig c, int desired) {
    return c.toBuilder().autoScalingGroup(c.autoScalingGroup().toBuilder().desiredCapacity(desired).build()).build();
  }

  @Benchmark
  public void decide(Blackhole bh) {
    bh.consume(warm.engine.evaluate(now, warm.group).newDesired());
  }

  @Benchmark
  public void propose(Blackhole bh) {
    bh.consume(policy.propose(now, warm.group, warm.engine));
  }

  @Benchmark
  public void publishAndDecide(Blackhole bh) {
    bh.consume(warm.nextMinute().newDesired());
  }
}
