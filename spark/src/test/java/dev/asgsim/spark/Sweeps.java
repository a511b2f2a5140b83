package dev.asgsim.spark;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.SimulationPointRunner;
import dev.asgsim.simulator.sweep.Sweep;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepExecution;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.file.SweepFileException;
import dev.asgsim.simulator.sweep.file.SweepReader;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A small sweep that touches everything a cluster must ship: every kind of policy, a trace, invalid points, seeds. */
final class Sweeps {
  static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

  /** Relative to {@link #EXAMPLES}; 1 base + 3 targets x 2 MinSizes x 6 policies, the MinSize 20 ones invalid. */
  static final String MIXED = """
      Base: fastcampus-nginx.yaml
      Variations:
        ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [40, 60, 70]
        AutoScalingGroup.MinSize: [1, 20]
        Simulation.InstanceType: [c6i.large]   # an override: the base's t2.nano runs out of CPU credits
      Policies:
        - aws
        - hpa
        - static:3
        - oracle
        - dev.asgsim.simulator.policies.ThresholdPolicy
        - Name: step
          ScalingPolicies:
            - PolicyName: up
              PolicyType: StepScaling
              AdjustmentType: ChangeInCapacity
              StepAdjustments: [{MetricIntervalLowerBound: 0, ScalingAdjustment: 1}]
              Alarm: {AlarmName: up, Namespace: AWS/EC2, MetricName: CPUUtilization, Statistic: Average, Period: 60,
                      EvaluationPeriods: 2, Threshold: 60, ComparisonOperator: GreaterThanThreshold}
      Loads:
        - {Name: spike, Spec: "step(20, 90@10m, 20@40m) + noise(5)", Duration: 2h}
        - {Name: trace, Spec: "trace(loads/nab-ec2-cpu-ac20cd.csv)", Duration: 4h, Scale: 3}
      Seeds: 3
      Seed: 7
      Slo: {UnservedPercent: 5}
      """;

  private Sweeps() {}

  static SweepDefinition mixed() {
    PolicyRegistry registry = new PolicyRegistry();
    try {
      return new SweepReader(registry::check).parse(MIXED, "mixed.yaml", ConfigFormat.YAML, EXAMPLES);
    } catch (SweepFileException e) {
      throw new IllegalStateException(e);
    }
  }

  static long simulations(SweepDefinition def) {
    return (long) def.points().size() * def.loads().size() * def.seeds();
  }

  /** results.csv of {@code def} run on {@code execution}, as text. */
  static String resultsCsv(SweepDefinition def, SweepExecution execution) {
    StringWriter out = new StringWriter();
    try (ResultsCsvWriter writer = new ResultsCsvWriter(out, def)) {
      SweepResult result = new Sweep(def, new SimulationPointRunner(def, new PolicyRegistry())).run(execution, writer);
      if (!result.complete()) {
        throw new IllegalStateException("the sweep did not finish");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
