package dev.asgsim.benchmarks;

import dev.asgsim.core.forecast.SeasonalMeanForecaster;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The built-in predictive forecaster (aws-behaviour §5.2): one 48-hour hourly forecast from 14 days (336 hours) of history,
 * the mean of the same hour of week, or from 3 days, the mean of the same hour of day. Target: microseconds, not
 * milliseconds, and 0 B/op ({@code -prof gc}): it runs every 6 simulated hours per predictive policy.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class Forecast {
  /** Hours of history: 336 (14 days, hour-of-week means) or 72 (3 days, hour-of-day means). */
  @Param({"336", "72"})
  public int hours;

  private final SeasonalMeanForecaster forecaster = new SeasonalMeanForecaster();
  private double[] history;
  private final double[] out = new double[48];

  @Setup
  public void setUp() {
    history = new double[hours];
    for (int i = 0; i < hours; i++) {
      // a daily and weekly cycle, as NASA-HTTP 1995 has
      history[i] = 1000 + 600 * Math.sin(2 * Math.PI * i / 24) + ((i / 24) % 7 >= 5 ? -300 : 0);
    }
  }

  @Benchmark
  public double[] seasonalMean48h() {
    forecaster.forecastLoad(history, hours, 0, out);
    return out;
  }
}
