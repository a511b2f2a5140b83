package dev.asgsim.cli;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.TracePrefetch;
import dev.asgsim.simulator.report.Chart;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work done ahead on the idle core while picocli builds the command tree (issue 15: on a two-core machine, a year's
 * {@code simulate} spends its first fifth of a second there on one core): {@code --load}'s traces start reading
 * ({@link TracePrefetch}, taken by the command when it names the same load), and a small config is read and validated,
 * which loads and initialises what reading the real config needs (Jackson, the YAML parser, the binder, the instance
 * type table, the validator's rules), then the chart warms up ({@link Chart#warmUpInBackground}). Nothing the config's
 * warm-up does is kept or read by the command; a failure there is left to the command to meet and report.
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

  /** The traces of a --load read ahead from the raw arguments, until the command takes them. */
  private static final AtomicReference<Early> EARLY = new AtomicReference<>();

  private record Early(String spec, TracePrefetch traces) {}

  private WarmUp() {}

  /** Starts warming up for {@code args}' command: only a simulation, where the second core is otherwise idle then. */
  static void startFor(String[] args) {
    if (args.length > 0 && "simulate".equals(args[0])) {
      String spec = loadOption(args);
      if (spec != null) {
        EARLY.set(new Early(spec, TracePrefetch.start(spec)));
      }
      Thread t = new Thread(WarmUp::run, "asgsim-warm-up");
      t.setDaemon(true);
      t.start();
    }
  }

  /**
   * The traces {@link #startFor} began to read for {@code spec}, once; null when it read none or read another spec
   * (arguments picocli reads otherwise than {@link #loadOption}): the command then reads its own.
   */
  static TracePrefetch traces(String spec) {
    Early e = EARLY.getAndSet(null);
    return e != null && e.spec().equals(spec) ? e.traces() : null;
  }

  /** {@code --load}'s value in raw arguments (picocli's spellings {@code --load X} and {@code --load=X}), or null. */
  static String loadOption(String[] args) {
    String spec = null;
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--")) {
        break; // the rest are parameters
      } else if (args[i].equals("--load") && i + 1 < args.length) {
        spec = args[++i];
      } else if (args[i].startsWith("--load=")) {
        spec = args[i].substring("--load=".length());
      }
    }
    return spec;
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
    ConfigGate.findings(doc, null);
  }
}
