package dev.asgsim.spark;

import dev.asgsim.simulator.sweep.PointRunner;
import dev.asgsim.simulator.sweep.RunOutcome;
import dev.asgsim.simulator.sweep.RunRequest;
import dev.asgsim.simulator.sweep.SweepExecution;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Runs a sweep's simulations on Spark: the runner (rendered loads, resolved policies) is broadcast once; requests are
 * taken from the sweep in stages of {@code stageSize}, each stage one Spark job of {@code partitions} tasks whose
 * outcomes are collected to the driver. Stages keep the driver's memory flat however large the sweep, and give one
 * progress line each. A cancel stops between stages.
 */
public final class SparkExecution implements SweepExecution {
  /**
   * Tasks per executor core in a stage by default: Spark's tuning guide advises 2-3, so that a core that drew the
   * slow simulations (long warm-ups, big fleets) does not hold the whole stage up while the others idle.
   */
  public static final int DEFAULT_PARTITIONS_PER_CORE = 3;
  /** Simulations per task by default: about a second of work or more, so Spark's per-task cost is noise. */
  public static final int DEFAULT_SIMULATIONS_PER_PARTITION = 128;

  private final JavaSparkContext spark;
  private final int partitions;
  private final int stageSize;
  private final long total;
  private final Consumer<String> progress;

  /**
   * @param partitions Spark tasks per stage (at least the executors' cores in all, to keep them all busy)
   * @param stageSize  simulations per stage (Spark job)
   * @param total      simulations in the whole sweep, for the progress lines (invalid points are never run, so the
   *                   count run may end below it)
   * @param progress   where the per-stage progress lines go (the driver's stderr)
   */
  public SparkExecution(JavaSparkContext spark, int partitions, int stageSize, long total, Consumer<String> progress) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
    }
    if (stageSize < 1) {
      throw new IllegalArgumentException("the stage size must be at least 1, not " + stageSize);
    }
    this.spark = spark;
    this.partitions = partitions;
    this.stageSize = stageSize;
    this.total = total;
    this.progress = progress;
  }

  /** {@value #DEFAULT_PARTITIONS_PER_CORE} tasks per core of the cluster ({@code spark.default.parallelism}). */
  public static int defaultPartitions(JavaSparkContext spark) {
    return DEFAULT_PARTITIONS_PER_CORE * spark.defaultParallelism();
  }

  /** {@value #DEFAULT_SIMULATIONS_PER_PARTITION} simulations per task. */
  public static int defaultStageSize(int partitions) {
    return (int) Math.min(Integer.MAX_VALUE, (long) partitions * DEFAULT_SIMULATIONS_PER_PARTITION);
  }

  @Override
  public void run(Iterator<RunRequest> requests, PointRunner runner, Consumer<RunOutcome> done,
      BooleanSupplier cancelled) {
    if (!(runner instanceof Serializable)) {
      throw new IllegalArgumentException(runner.getClass().getName() + " is not Serializable, so it cannot be sent "
          + "to Spark's executors");
    }
    Broadcast<PointRunner> shared = spark.broadcast(runner);
    long start = System.nanoTime();
    long finished = 0;
    int stage = 0;
    try {
      while (requests.hasNext()) {
        List<RunRequest> batch = new ArrayList<>(stageSize);
        while (batch.size() < stageSize && requests.hasNext()) {
          batch.add(requests.next());
        }
        stage++;
        long stageStart = System.nanoTime();
        spark.setJobDescription("asgsim sweep: stage " + stage + ", " + batch.size() + " simulations");
        List<RunOutcome> outcomes = spark.parallelize(batch, Math.min(partitions, batch.size()))
            .map(request -> RunOutcome.run(shared.value(), request))
            .collect();
        outcomes.forEach(done);
        finished += batch.size();
        progress.accept(line(stage, batch.size(), finished, (System.nanoTime() - stageStart) / 1e9,
            (System.nanoTime() - start) / 1e9));
      }
    } finally {
      shared.destroy();
    }
  }

  private String line(int stage, int size, long finished, double stageSeconds, double seconds) {
    return String.format(Locale.ROOT,
        "asgsim-spark: stage %d: %d simulations in %.1f s (%.0f/s); %d of the sweep's %d run in %.0f s", stage, size,
        stageSeconds, size / Math.max(stageSeconds, 1e-9), finished, total, seconds);
  }
}
