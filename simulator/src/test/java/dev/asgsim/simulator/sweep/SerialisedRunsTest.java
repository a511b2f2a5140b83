package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.policies.PolicyRegistry;
import dev.asgsim.simulator.sweep.file.SweepReader;
import dev.asgsim.simulator.sweep.report.ResultsCsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a cluster does to a sweep, without a cluster: the runner, every request and every outcome cross a Java
 * serialisation boundary (as Spark ships them to and from executors), and the rows are the same bytes.
 */
class SerialisedRunsTest {
  private static final String SWEEP = """
      Base: fastcampus-nginx.yaml
      Variations:
        ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [40, 70]
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
        - {Name: trace, Spec: "trace(loads/nab-ec2-cpu-ac20cd.csv)", Duration: 6h}
      Seeds: 2
      Seed: 5
      """;

  /** Runs requests in order on this thread, each through a serialised copy of the runner, request and outcome. */
  private static final class SerialisingExecution implements SweepExecution {
    @Override
    public void run(Iterator<RunRequest> requests, PointRunner runner, Consumer<RunOutcome> done,
        BooleanSupplier cancelled) {
      PointRunner shipped = roundTrip(runner);
      while (requests.hasNext()) {
        done.accept(roundTrip(RunOutcome.run(shipped, roundTrip(requests.next()))));
      }
    }
  }

  @SuppressWarnings("unchecked")
  static <T> T roundTrip(T value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return (T) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String csv(SweepDefinition def, SweepExecution execution) throws Exception {
    StringWriter out = new StringWriter();
    try (ResultsCsvWriter writer = new ResultsCsvWriter(out, def)) {
      SweepResult result = new Sweep(def, new SimulationPointRunner(def, new PolicyRegistry())).run(execution, writer);
      assertThat(result.findings()).isEmpty();
      assertThat(result.complete()).isTrue();
    }
    return out.toString();
  }

  @Test
  void aShippedRunnerRequestsAndOutcomesGiveTheSameBytes() throws Exception {
    PolicyRegistry registry = new PolicyRegistry();
    SweepDefinition def = new SweepReader(registry::check).parse(SWEEP, "sweep.yaml", ConfigFormat.YAML,
        Fixtures.EXAMPLES.toAbsolutePath());
    String local = csv(def, new ThreadPoolExecution(2));
    // 1 base + 2 targets x 6 policies (the base equals TargetValue 50 with aws, so none is dropped), 2 loads each.
    assertThat(local.lines()).hasSize(1 + 13 * 2);
    assertThat(csv(def, new SerialisingExecution())).isEqualTo(local);
  }
}
