package dev.asgsim.benchmarks;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.load.LoadModel;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.load.TraceLoad;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmarks run on, read from the jar so that it runs from any directory: the repository's examples (the
 * seed group {@code fastcampus-nginx.yaml} first) and one real NAB trace. Everything here runs in {@code @Setup}.
 */
public final class Fixtures {
  public static final int MINUTES_PER_DAY = 24 * 60;
  public static final int YEAR_MINUTES = 365 * MINUTES_PER_DAY;
  public static final int MONTH_MINUTES = 30 * MINUTES_PER_DAY;
  /** Every random draw of every benchmark derives from this: same jar, same work. */
  public static final long SEED = 42;

  /** See {@link #seedGroup()}. */
  public static final String SIMULATED_CREDITS = "unlimited";

  /** The seed group's MaxSize; loads are sized so that it is used. */
  public static final int SEED_MAX = 10;

  /**
   * Diurnal demand for the 10-instance seed group (percent of one t2.nano): between 50 % and 450 % with noise, so
   * that target tracking at 50 % moves between 1 and 9 instances every day.
   */
  public static final String DIURNAL_SPEC = "sine(250, 200, 24h, 14h) + noise(15)";

  /** NAB realAWSCloudwatch ec2_cpu_utilization_ac20cd: 14 days at 5 min, one instance between 2 % and 100 % CPU. */
  public static final String NAB_RESOURCE = "nab/ec2_cpu_utilization_ac20cd.csv";
  /** The NAB trace is one instance's CPU; ×5 makes it a 10-instance fleet's demand at the seed group's target. */
  public static final double NAB_SCALE = 5.0;

  private Fixtures() {}

  /** The seed example, {@code examples/fastcampus-nginx.yaml}. */
  public static ScalingConfig seed() {
    return example("fastcampus-nginx.yaml");
  }

  /** One of the repository's examples. */
  public static ScalingConfig example(String name) {
    String resource = "examples/" + name;
    try {
      return ConfigReader.parse(new String(bytes(resource), StandardCharsets.UTF_8), resource, ConfigFormat.YAML)
          .config();
    } catch (ConfigException e) {
      throw new IllegalStateException(resource + " does not read: " + e.getMessage(), e);
    }
  }

  /**
   * The seed group as the simulation benchmarks run it: {@code CreditSpecification: unlimited}. The seed's t2.nano in
   * standard mode spends its launch credits within the first hours of a sustained load, is held at its 5 % baseline
   * (aws-behaviour §8.1 [D]), and target tracking, reading 5 % CPU, then keeps the group at one instance all year: that would
   * benchmark a 1-instance group. Unlimited mode keeps the t2.nano and its credit accounting, and the group follows
   * the demand up to MaxSize.
   */
  public static ScalingConfig seedGroup() {
    return seedGroup(SEED_MAX);
  }

  /** {@link #seedGroup()} with MaxSize {@code max} (Min and Desired stay 1). */
  public static ScalingConfig seedGroup(int max) {
    ScalingConfig c = seed();
    return c.toBuilder()
        .autoScalingGroup(c.autoScalingGroup().toBuilder().maxSize(max).build())
        .simulation(c.simulation().toBuilder().creditSpecification(SIMULATED_CREDITS).build())
        .build();
  }

  /**
   * The seed group as users sweep their own (issue 15, the quiet kernel's groups): {@code t2-unlimited} is
   * {@link #seedGroup()}; {@code t2-standard} the example as written (t2.nano in standard mode, T2's default,
   * aws-behaviour §8.1), which runs out of credits within hours under these loads, is held at its 5 % baseline and sits at
   * MinSize with its low alarm in ALARM, so the engine answers almost none of its minutes); {@code t3.large-standard}
   * a standard-mode group that never runs out (target 25 % under t3.large's 30 % baseline, MaxSize 20);
   * {@code m5.large} a fixed-performance type; {@code m5.large-requests} m5.large tracking
   * ALBRequestCountPerTarget (the policy of {@code alb-request-count.yaml}) at 50 requests per target, a request
   * costing 1 % of an instance (RequestsPerMinuteAtFullCpu 100), so that the loads' percents are requests per minute
   * and the group moves as the CPU-tracking one does.
   */
  public static ScalingConfig seedGroupOf(String group) {
    ScalingConfig c = seedGroup();
    var sim = c.simulation().toBuilder();
    switch (group) {
      case "t2-unlimited" -> {
        return c;
      }
      case "t2-standard" -> sim.creditSpecification("standard");
      case "t3.large-standard" -> {
        c = withTarget(c, c.policies().get(0), 25.0);
        c = c.toBuilder().autoScalingGroup(c.autoScalingGroup().toBuilder().maxSize(2 * SEED_MAX).build()).build();
        sim.instanceType("t3.large").creditSpecification("standard");
      }
      case "m5.large" -> sim.instanceType("m5.large");
      case "m5.large-requests" -> {
        c = withTarget(c, example("alb-request-count.yaml").policies().get(0), 50.0);
        sim.instanceType("m5.large").requestsPerMinuteAtFullCpu(100.0);
      }
      default -> throw new IllegalArgumentException(
          "unknown group " + group + "; use t2-unlimited, t2-standard, t3.large-standard, m5.large"
          + " or m5.large-requests");
    }
    return c.toBuilder().simulation(sim.build()).build();
  }

  /** {@code c} with {@code policy} alone, its target tracking TargetValue set to {@code target}. */
  private static ScalingConfig withTarget(ScalingConfig c, ScalingPolicy policy, double target) {
    var tt = policy.targetTrackingConfiguration();
    return c.toBuilder().scalingPolicies(List.of(policy.toBuilder().targetTrackingConfiguration(
        new TargetTrackingConfiguration(tt.predefinedMetricSpecification(), tt.customizedMetricSpecification(),
            target, tt.disableScaleIn())).build())).build();
  }

  /**
   * {@link #seedGroup()} with the ForecastAndScale policy of {@code examples/predictive-daily.yaml} (ASGCPUUtilization
   * pair, target 50, SchedulingBufferTime 600) beside its target tracking policy: the predictive path of the minute
   * loop (hourly history, a forecast every 6 hours, the capacity floor; aws-behaviour §5.2).
   */
  public static ScalingConfig seedGroupPredictive() {
    ScalingConfig c = seedGroup();
    List<ScalingPolicy> all = new ArrayList<>(c.policies());
    all.addAll(example("predictive-daily.yaml").policies().stream()
        .filter(p -> "PredictiveScaling".equals(p.policyType())).toList());
    return c.toBuilder().scalingPolicies(all).build();
  }

  /**
   * The seed group running every kind of policy at once: its CPU target tracking policy, a second target tracking
   * policy on ALBRequestCountPerTarget (from {@code alb-request-count.yaml}) and the step scaling out/in pair of
   * {@code step-scaling.yaml}: what the engine's combiner (aws-behaviour §1.7, §7.1) has to arbitrate.
   */
  public static ScalingConfig multiPolicy() {
    ScalingConfig seed = seed();
    List<ScalingPolicy> all = new ArrayList<>(seed.policies());
    all.addAll(example("alb-request-count.yaml").policies());
    all.addAll(example("step-scaling.yaml").policies());
    return seed.toBuilder().scalingPolicies(all).build();
  }

  /** {@link #DIURNAL_SPEC} for {@code minutes}, multiplied by {@code scale}. */
  public static LoadSeries diurnal(int minutes, double scale) {
    return LoadSpec.parse(DIURNAL_SPEC).render(minutes, SEED).scaled(scale);
  }

  /** The NAB trace replayed from its start and looped to {@code minutes}, multiplied by {@code scale}. */
  public static LoadSeries nabLooped(int minutes, double scale) {
    LoadModel trace = LoadSpec.parse(nabFile().getFileName().toString(), nabFile().getParent(), TraceLoad.Gaps.HOLD);
    double[] once = trace.render(trace.naturalMinutes(), SEED).toArray();
    double[] demand = new double[minutes];
    for (int i = 0; i < minutes; i++) {
      demand[i] = once[i % once.length] * scale;
    }
    return new LoadSeries(demand, trace.describe() + " looped × " + scale, trace.notes());
  }

  /** The length of the NAB trace in minutes: the period of {@link #nabLooped}. */
  public static int nabMinutes() {
    return LoadSpec.parse(nabFile().getFileName().toString(), nabFile().getParent(), TraceLoad.Gaps.HOLD)
        .naturalMinutes();
  }

  private static Path nab;

  /** The trace extracted to a temporary file once per JVM (the trace reader reads files). */
  static synchronized Path nabFile() {
    if (nab == null) {
      try {
        Path dir = Files.createTempDirectory("asgsim-bench");
        Path file = dir.resolve(Path.of(NAB_RESOURCE).getFileName().toString());
        // Deleted at exit in the reverse order of registration: the directory first registered, so last deleted,
        // once empty (registered the other way round, every JVM left an empty directory behind).
        dir.toFile().deleteOnExit();
        Files.write(file, bytes(NAB_RESOURCE));
        file.toFile().deleteOnExit();
        nab = file;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot extract " + NAB_RESOURCE, e);
      }
    }
    return nab;
  }

  /** Deletes a benchmark's temporary output directory and the files in it. */
  static void deleteDirectory(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath; rebuild benchmarks.jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
