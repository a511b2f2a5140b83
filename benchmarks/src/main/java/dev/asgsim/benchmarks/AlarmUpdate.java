package dev.asgsim.benchmarks;

import dev.asgsim.core.alarm.Alarm;
import dev.asgsim.core.alarm.AlarmSpec;
import dev.asgsim.core.alarm.ComparisonOperator;
import dev.asgsim.core.alarm.MetricSeries;
import dev.asgsim.core.alarm.TreatMissingData;
import java.util.SplittableRandom;
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
 * Adding one datapoint to an M-of-N CloudWatch alarm and reading its state: {@code MetricSeries.put} for the minute
 * that just closed, then {@code Alarm.evaluate} at the start of the next minute. Target: ≤ 5 ns/op, 0 B/op.
 *
 * <p>Shapes: {@code 3of3} is target tracking's AlarmHigh, {@code 15of15} its AlarmLow (aws-behaviour §1.4 [O]), {@code 2of3}
 * the step scaling example's user alarm. Datapoints are drawn around the threshold (seeded, half of them breach) so
 * that the state keeps changing and branch prediction cannot learn the answer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AlarmUpdate {
  private static final double THRESHOLD = 50;
  private static final int VALUES = 1 << 12;

  @Param({"3of3", "15of15", "2of3"})
  public String shape;

  private MetricSeries series;
  private Alarm alarm;
  private final double[] values = new double[VALUES];
  private long minute;

  @Setup(Level.Trial)
  public void setUp() {
    String[] mn = shape.split("of");
    int m = Integer.parseInt(mn[0]);
    int n = Integer.parseInt(mn[1]);
    AlarmSpec spec = new AlarmSpec("bench-" + shape, 60, n, m, THRESHOLD, ComparisonOperator.GreaterThanThreshold,
        TreatMissingData.MISSING);
    series = new MetricSeries(60, n + Alarm.DEFAULT_EXTRA_EVALUATION_RANGE);
    alarm = new Alarm(spec, series);
    SplittableRandom random = new SplittableRandom(Fixtures.SEED);
    for (int i = 0; i < VALUES; i++) {
      values[i] = THRESHOLD + random.nextDouble(-20, 20);
    }
    for (int i = 0; i < 4 * n; i++) {
      update();
    }
  }

  Object update() {
    long t = WarmEngine.T0 + minute * 60;
    series.put(t, values[(int) (minute & (VALUES - 1))]);
    minute++;
    return alarm.evaluate(t + 60);
  }

  @Benchmark
  public void putAndEvaluate(Blackhole bh) {
    bh.consume(update());
  }
}
