package dev.asgsim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.SimulationPointRunner;
import dev.asgsim.simulator.sweep.Sweep;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepListener;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.ThreadPoolExecution;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16: the same sweep file and seed give byte-identical results.csv locally and on Spark, at any partition count. */
class SparkExecutionTest {
  private static SweepDefinition def;
  private static String local;

  @BeforeAll
  static void runLocally() {
    def = Sweeps.mixed();
    local = Sweeps.resultsCsv(def, new ThreadPoolExecution(2));
  }

  @Test
  void theLocalRunHasEveryRowItShould() {
    // 1 base + 3 targets x 6 policies with MinSize 1 (the MinSize 20 points are above MaxSize 10: skipped), x 2 loads.
    assertThat(local.lines()).hasSize(1 + (1 + 3 * 6) * 2);
    assertThat(local.lines().skip(1).findFirst().orElseThrow()).startsWith("base,");
  }

  @ParameterizedTest(name = "{0} partitions, stages of {1}")
  @CsvSource({"1, 1000", "3, 7", "7, 50"})
  void sparkWritesTheSameBytesAsTheLocalPool(int partitions, int stageSize) {
    List<String> progress = new CopyOnWriteArrayList<>();
    String spark = Sweeps.resultsCsv(def,
        new SparkExecution(LocalSpark.context(), partitions, stageSize, Sweeps.simulations(def), progress::add));
    assertThat(spark).isEqualTo(local);
    long run = (1 + 3 * 6) * 2 * 3; // valid points x loads x seeds: invalid points are never sent
    assertThat(progress).hasSize((int) ((run + stageSize - 1) / stageSize));
    assertThat(progress.get(progress.size() - 1)).contains(run + " of the sweep's " + Sweeps.simulations(def) + " run");
  }

  @Test
  void findingsAreTheSameToo() {
    SweepResult onSpark = new Sweep(def, new SimulationPointRunner(def, new PolicyRegistry()))
        .run(new SparkExecution(LocalSpark.context(), 2, 40, Sweeps.simulations(def), line -> { }), SweepListener.NONE);
    SweepResult onThreads = new Sweep(def, new SimulationPointRunner(def, new PolicyRegistry()))
        .run(new ThreadPoolExecution(2), SweepListener.NONE);
    assertThat(onSpark.findings()).hasSize(18).isEqualTo(onThreads.findings());
    assertThat(onSpark.rows()).isEqualTo(onThreads.rows());
  }
}
