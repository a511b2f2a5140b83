package dev.asgsim.cli;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.report.Chart;
import java.time.Instant;

/**
 * Work done ahead on the idle core while picocli builds the command tree (issue 15: on a two-core machine, a year's
 * {@code simulate} spends its first fifth of a second there on one core): a small config read and validated, which
 * loads and initialises what reading the real config needs (Jackson, the YAML parser, the binder, the instance type
 * table, the validator's rules), then the chart's warm-up ({@link Chart#warmUpInBackground}). Nothing it does is kept
 * or read by the command; a failure here is left to the command to meet and report.
 */
final class WarmUp {
  /** A config of the common shape: a group, a target tracking policy, the simulation's settings. */
  static final String CONFIG = """
      AutoScalingGroup:
        AutoScalingGroupName: warm-up
        LaunchTemplate:
          LaunchTemplateName: warm-up
          Version: $Latest
        MinSize: 1
        MaxSize: 4
        DesiredCapacity: 1
        AvailabilityZones: [us-east-1a, us-east-1b]
        HealthCheckType: ELB
        HealthCheckGracePeriod: 300
      ScalingPolicies:
        - PolicyName: cpu50
          PolicyType: TargetTrackingScaling
          EstimatedInstanceWarmup: 300
          TargetTrackingConfiguration:
            PredefinedMetricSpecification:
              PredefinedMetricType: ASGAverageCPUUtilization
            TargetValue: 50.0
      Simulation:
        InstanceType: t3.micro
        DetailedMonitoring: true
      Load:
        Spec: step(20, 90@10m)
        Duration: 1h
      """;

  private WarmUp() {}

  /** Starts warming up for {@code args}' command: only a simulation, where the second core is otherwise idle then. */
  static void startFor(String[] args) {
    if (args.length > 0 && "simulate".equals(args[0])) {
      Thread t = new Thread(WarmUp::run, "asgsim-warm-up");
      t.setDaemon(true);
      t.start();
    }
  }

  static void run() {
    try {
      readAConfig();
    } catch (Exception | LinkageError ignored) {
      // only a head start: the command reads its own config and reports what goes wrong
    }
    Chart.warmUpInBackground();
  }

  static void readAConfig() throws Exception {
    var doc = ConfigReader.parse(CONFIG, "warm-up.yaml", ConfigFormat.YAML);
    ConfigGate.findings(doc, Instant.ofEpochSecond(Simulation.DEFAULT_START.getEpochSecond()));
  }
}
