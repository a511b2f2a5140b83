package dev.asgsim.spark;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.PointRunner;
import dev.asgsim.simulator.sweep.RunOutcome;
import dev.asgsim.simulator.sweep.RunRequest;
import dev.asgsim.simulator.sweep.Scores;
import dev.asgsim.simulator.sweep.SimulationPointRunner;
import dev.asgsim.simulator.sweep.Sweep;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepExecution;
import dev.asgsim.simulator.sweep.SweepListener;
import dev.asgsim.simulator.sweep.ThreadPoolExecution;
import dev.asgsim.simulator.sweep.file.SweepReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Not a test (Surefire skips it): the timed comparison of spark/README.md. Points per second of one sweep on the
 * local thread pool (1 and 2 threads) and on Spark {@code local[1]} and {@code local[2]}, after a warm-up run, in
 * pairs run back to back; the driver's own share; Spark's start-up; and its cost per stage, from a sweep of tiny
 * simulations in many stages. Run it as spark/README.md says, on a quiet machine if there is one.
 */
public final class SweepThroughput {
  /** 201 points (TargetValue x EstimatedInstanceWarmup + the base), 14 days of the NAB trace each, one seed. */
  private static final String GRID = """
      Base: fastcampus-nginx.yaml
      Variations:
        ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: {From: 20, To: 92, Step: 3}
        ScalingPolicies[0].EstimatedInstanceWarmup: [0, 60, 120, 180, 240, 300, 360, 420]
        Simulation.CreditSpecification: [unlimited]
      Loads: [{Name: nab, Spec: "trace(loads/nab-ec2-cpu-ac20cd.csv)", Scale: 3}]
      Seed: 1
      """;
  /** 200 one-hour simulations: nearly all of its time on Spark is Spark's own. */
  private static final String TINY = """
      Base: fastcampus-nginx.yaml
      Variations:
        ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: {From: 21, To: 60, Step: 1}
      Loads: [{Name: hour, Spec: "step(20, 90@10m)", Duration: 1h}]
      Seeds: 5
      """;

  private SweepThroughput() {}

  public static void main(String[] args) throws Exception {
    int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    SweepDefinition grid = read(GRID);
    SweepDefinition tiny = read(TINY);
    System.out.printf(Locale.ROOT, "grid: %d points, %d simulations; tiny: %d simulations; %d repeats%n",
        grid.points().size(), Sweeps.simulations(grid), Sweeps.simulations(tiny), repeats);
    Timing driver = time(grid, repeats, d -> new DriverAlone());
    System.out.println(driver.describe("driver alone (no simulation)", grid));
    for (int cores : new int[] {1, 2}) {
      long start = System.nanoTime();
      JavaSparkContext spark = new JavaSparkContext(new SparkConf().setMaster("local[" + cores + "]")
          .setAppName("asgsim throughput").set("spark.driver.host", "127.0.0.1")
          .set("spark.driver.bindAddress", "127.0.0.1").set("spark.ui.enabled", "false"));
      System.out.printf(Locale.ROOT, "Spark local[%d] started in %.2f s%n", cores, (System.nanoTime() - start) / 1e9);
      try {
        int partitions = SparkExecution.defaultPartitions(spark);
        // Pairs run back to back, so that a load that comes and goes on a shared machine hits both alike.
        Timing[] pair = paired(grid, repeats, d -> new ThreadPoolExecution(cores), d -> new SparkExecution(spark,
            partitions, SparkExecution.defaultStageSize(partitions), Sweeps.simulations(d), line -> { }));
        System.out.println(pair[0].describe("thread pool, " + cores + " thread(s)", grid));
        System.out.println(pair[1].describe("Spark local[" + cores + "], " + partitions + " partitions", grid));
        System.out.println(ratio("  Spark time / pool time", pair));
        if (cores == 2) {
          int stages = (int) ((Sweeps.simulations(tiny) + 9) / 10);
          Timing[] small = paired(tiny, repeats, d -> new ThreadPoolExecution(2),
              d -> new SparkExecution(spark, 2, 10, Sweeps.simulations(d), line -> { }));
          System.out.println(small[0].describe("thread pool, 2 threads, tiny", tiny));
          System.out.println(small[1].describe("Spark local[2], tiny, " + stages + " stages of 10", tiny));
          List<Double> perStage = new ArrayList<>();
          for (int i = 0; i < repeats; i++) {
            perStage.add((small[1].seconds.get(i) - small[0].seconds.get(i)) / stages * 1000);
          }
          System.out.println(spread("  Spark's cost per stage, ms", perStage));
        }
      } finally {
        spark.stop();
      }
    }
  }

  /** Seconds per run, in run order. */
  private record Timing(List<Double> seconds) {
    String describe(String what, SweepDefinition def) {
      List<Double> pointsPerSecond = seconds.stream().map(s -> def.points().size() / s).toList();
      return String.format(Locale.ROOT, "%-40s %s", what, spread("points/s", pointsPerSecond));
    }
  }

  private static String ratio(String what, Timing[] pair) {
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < pair[0].seconds.size(); i++) {
      ratios.add(pair[1].seconds.get(i) / pair[0].seconds.get(i));
    }
    return spread(what, ratios);
  }

  private static String spread(String what, List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return String.format(Locale.ROOT, "%s median %.2f (min %.2f, max %.2f)", what, sorted.get(sorted.size() / 2),
        sorted.get(0), sorted.get(sorted.size() - 1));
  }

  private static Timing time(SweepDefinition def, int repeats, Function<SweepDefinition, SweepExecution> execution) {
    return paired(def, repeats, execution, execution)[0];
  }

  /** A warm-up run of each, then {@code repeats} pairs (a, b) back to back. */
  private static Timing[] paired(SweepDefinition def, int repeats, Function<SweepDefinition, SweepExecution> a,
      Function<SweepDefinition, SweepExecution> b) {
    SimulationPointRunner runner = new SimulationPointRunner(def, new PolicyRegistry());
    once(def, runner, a);
    once(def, runner, b);
    List<Double> first = new ArrayList<>();
    List<Double> second = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      first.add(once(def, runner, a));
      second.add(once(def, runner, b));
    }
    return new Timing[] {new Timing(first), new Timing(second)};
  }

  private static double once(SweepDefinition def, SimulationPointRunner runner,
      Function<SweepDefinition, SweepExecution> execution) {
    long start = System.nanoTime();
    new Sweep(def, runner).run(execution.apply(def), SweepListener.NONE);
    return (System.nanoTime() - start) / 1e9;
  }

  /**
   * Answers every request at once with the scores of the first one, simulating nothing else: what the driver's own
   * share costs (making requests, varying configs, assembling rows), the ceiling of a cluster's points per second.
   */
  private static final class DriverAlone implements SweepExecution {
    @Override
    public void run(Iterator<RunRequest> requests, PointRunner runner, Consumer<RunOutcome> done,
        BooleanSupplier cancelled) {
      Scores scores = null;
      while (requests.hasNext()) {
        RunRequest request = requests.next();
        if (scores == null) {
          scores = RunOutcome.run(runner, request).scores();
        }
        done.accept(new RunOutcome(request.row(), request.seedIndex(), scores, null));
      }
    }
  }

  private static SweepDefinition read(String text) throws Exception {
    PolicyRegistry registry = new PolicyRegistry();
    return new SweepReader(registry::check).parse(text, "throughput.yaml", ConfigFormat.YAML, Sweeps.EXAMPLES);
  }
}
