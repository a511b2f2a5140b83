package dev.asgsim.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A short subset of the suite, one representative case per benchmark (the ones with a target), in about a minute and
 * a half: 2 forks, short iterations, GC profiler on. Writes JMH's JSON results to the file named by the first
 * argument (default {@code benchmarks/results/quick.json}). Numbers from it are a smoke signal, not the README table.
 */
public final class QuickRun {
  private QuickRun() {}

  public static void main(String[] args) throws RunnerException {
    File out = new File(args.length > 0 ? args[0] : "benchmarks/results/quick.json");
    List<RunResult> all = new ArrayList<>();
    all.addAll(run(base(TargetTrackingDecision.class.getName() + ".decide").param("scenario", "high")));
    all.addAll(run(base(AlarmUpdate.class.getName()).param("shape", "3of3")));
    all.addAll(run(base(StepScalingDecision.class.getName() + ".propose").param("scenario", "out")));
    all.addAll(run(base(MultiPolicyDecision.class.getName() + ".decide").param("scenario", "split")));
    all.addAll(run(base(SimulateYear.class.getName()).param("record", "false")));
    all.addAll(run(base(SimulateLargeFleet.class.getName()).param("max", "1000").param("load", "diurnal")));
    File dir = out.getAbsoluteFile().getParentFile();
    if (dir != null && !dir.isDirectory() && !dir.mkdirs()) {
      throw new IllegalStateException("cannot create " + dir);
    }
    ResultFormatFactory.getInstance(ResultFormatType.JSON, out.getPath()).writeOut(all);
    ResultFormatFactory.getInstance(ResultFormatType.TEXT, System.out).writeOut(all);
    System.out.println("JSON results: " + out.getPath());
  }

  private static ChainedOptionsBuilder base(String include) {
    return new OptionsBuilder()
        .include("^" + include.replace(".", "\\.") + "(\\.|$)")
        .forks(2)
        .warmupIterations(2)
        .warmupTime(TimeValue.milliseconds(500))
        .measurementIterations(3)
        .measurementTime(TimeValue.milliseconds(500))
        .addProfiler("gc");
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(options.build()).run();
  }
}
