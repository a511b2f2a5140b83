package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.policy.PluginPolicy;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;

/**
 * Turns the names of a sweep's {@code Policies} axis into bench policies:
 * <ul>
 *   <li>{@code aws} — the config's own scaling policies (target tracking, step, simple);
 *   <li>{@code hpa} or {@code hpa:TARGET} — the Kubernetes-HPA-style policy at TARGET % CPU (default: the config's
 *       CPU target tracking target, else {@value HpaSettings#DEFAULT_TARGET_UTILIZATION_PERCENT});
 *   <li>{@code static:N} — a fixed fleet of N (Min = Max = Desired = N);
 *   <li>{@code oracle} or {@code oracle:TARGET} — capacity = ceil(demand / TARGET %), no launch or start-up delay;
 *   <li>a fully qualified class name — a user's {@link PluginPolicy} with a public no-argument constructor.
 * </ul>
 * Every policy but {@code aws} replaces the config's scaling policies; scheduled actions stay.
 */
public final class PolicyRegistry {
  public static final String AWS = "aws";
  /** Oracle default utilisation target when the config has no CPU target to borrow: plan for full instances. */
  public static final double DEFAULT_ORACLE_TARGET_PERCENT = 100;

  private final ClassLoader classLoader;

  public PolicyRegistry() {
    this(Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : PolicyRegistry.class.getClassLoader());
  }

  public PolicyRegistry(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /** The policy named {@code name}; {@link IllegalArgumentException} saying what is wrong and what is accepted. */
  public BenchPolicy resolve(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("empty policy name; use " + accepted());
    }
    String trimmed = name.trim();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    String kind = lower.contains(":") ? lower.substring(0, lower.indexOf(':')) : lower;
    String arg = lower.contains(":") ? trimmed.substring(trimmed.indexOf(':') + 1).trim() : null;
    switch (kind) {
      case AWS:
        noArgument(trimmed, arg);
        return new BenchPolicy(AWS, c -> c, null);
      case "hpa": {
        Double target = arg == null ? null : number(trimmed, arg);
        return new BenchPolicy(trimmed, PolicyRegistry::withoutPolicies,
            c -> new HpaPolicy(HpaSettings.defaults(target != null ? target : cpuTarget(c,
                HpaSettings.DEFAULT_TARGET_UTILIZATION_PERCENT))));
      }
      case "static": {
        if (arg == null) {
          throw new IllegalArgumentException("'" + trimmed + "': say how many instances, e.g. static:4");
        }
        int n;
        try {
          n = Integer.parseInt(arg);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + trimmed + "': N must be a whole number, e.g. static:4");
        }
        if (n < 0) {
          throw new IllegalArgumentException("'" + trimmed + "': N must be >= 0");
        }
        return new BenchPolicy(trimmed, c -> fixed(c, n), c -> new StaticPolicy(n));
      }
      case "oracle": {
        Double target = arg == null ? null : number(trimmed, arg);
        if (target != null && !(target > 0 && target <= 100)) {
          throw new IllegalArgumentException("'" + trimmed + "': the target is a CPU percent in (0, 100]");
        }
        return new BenchPolicy(trimmed, PolicyRegistry::instantCapacity,
            c -> new OraclePolicy((target != null ? target
                : Math.min(100, cpuTarget(c, DEFAULT_ORACLE_TARGET_PERCENT))) / 100));
      }
      default:
        if (trimmed.contains(".") && arg == null) {
          return userClass(trimmed);
        }
        throw new IllegalArgumentException("unknown policy '" + trimmed + "'; use " + accepted());
    }
  }

  /** A named set of AWS policies (target tracking, step, simple) that replaces the config's own. */
  public static BenchPolicy awsPolicies(String name, List<ScalingPolicy> policies) {
    List<ScalingPolicy> copy = List.copyOf(policies);
    return new BenchPolicy(name, c -> c.toBuilder().scalingPolicies(copy).build(), null);
  }

  /** For {@code SweepReader}: throws when a name cannot be resolved. */
  public void check(String name) {
    resolve(name);
  }

  private static String accepted() {
    return "aws, hpa, hpa:TARGET, static:N, oracle, oracle:TARGET, or the class name of a "
        + PluginPolicy.class.getName();
  }

  private BenchPolicy userClass(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, classLoader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalArgumentException("policy class " + className + " is not on the class path"
          + " (check the spelling, or add its jar to the class path)");
    }
    if (!PluginPolicy.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException("policy class " + className + " does not implement "
          + PluginPolicy.class.getName());
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException("policy class " + className + " is abstract");
    }
    try {
      type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("policy class " + className + " needs a public no-argument constructor");
    }
    return new BenchPolicy(className, PolicyRegistry::withoutPolicies, new UserPluginFactory(type));
  }

  private static void noArgument(String name, String arg) {
    if (arg != null) {
      throw new IllegalArgumentException("'" + name + "': aws takes no argument");
    }
  }

  private static double number(String name, String arg) {
    try {
      double v = Double.parseDouble(arg);
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "': the target must be a CPU percent above 0, e.g. hpa:60");
    }
  }

  /** The config's first enabled CPU target tracking target, or {@code fallback}. */
  static double cpuTarget(ScalingConfig config, double fallback) {
    for (ScalingPolicy p : config.policies()) {
      TargetTrackingConfiguration tt = p.targetTrackingConfiguration();
      if (p.effectiveEnabled() && tt != null && tt.targetValue() != null && tt.predefinedMetricSpecification() != null
          && "ASGAverageCPUUtilization".equals(tt.predefinedMetricSpecification().predefinedMetricType())) {
        return tt.targetValue();
      }
    }
    return fallback;
  }

  static ScalingConfig withoutPolicies(ScalingConfig config) {
    return config.toBuilder().scalingPolicies(List.of()).build();
  }

  private static ScalingConfig fixed(ScalingConfig config, int n) {
    AutoScalingGroup g = config.autoScalingGroup();
    return withoutPolicies(config).toBuilder()
        .autoScalingGroup(g.toBuilder().minSize(n).maxSize(n).desiredCapacity(n).build())
        .build();
  }

  /** The oracle's capacity appears the moment it is asked for: no launch delay, no application start-up. */
  private static ScalingConfig instantCapacity(ScalingConfig config) {
    SimulationSettings sim = config.simulation() != null ? config.simulation() : SimulationSettings.builder().build();
    return withoutPolicies(config).toBuilder()
        .simulation(sim.toBuilder().launchDelaySeconds(0).appStartSeconds(0).build())
        .build();
  }
}
