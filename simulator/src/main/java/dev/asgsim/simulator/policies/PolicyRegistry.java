package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.TargetTrackingConfiguration;
import dev.asgsim.core.policy.PluginPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the names of a sweep's {@code Policies} axis into bench policies. A name is {@code NAME} or
 * {@code NAME:ARGUMENT}, where NAME is a {@link PolicyProvider}'s: the built-in {@code aws} (the config's own
 * policies), {@code hpa[:TARGET]}, {@code static:N} and {@code oracle[:TARGET]} (listed in
 * {@code META-INF/services/dev.asgsim.simulator.policies.PolicyProvider}), and any provider in a user's jar on the
 * class loader. A fully qualified class name names a user's {@link PluginPolicy} with a public no-argument
 * constructor. Every policy but {@code aws} replaces the config's scaling policies; scheduled actions stay.
 */
public final class PolicyRegistry {
  public static final String AWS = "aws";

  private final ClassLoader classLoader;
  private final Map<String, PolicyProvider> providers;

  public PolicyRegistry() {
    this(Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : PolicyRegistry.class.getClassLoader());
  }

  /**
   * Loads every provider visible to {@code classLoader}; {@link IllegalArgumentException} when a provider cannot be
   * loaded or two share a name (a user's jar must not silently replace a built-in policy).
   */
  public PolicyRegistry(ClassLoader classLoader) {
    this.classLoader = classLoader;
    Map<String, PolicyProvider> found = new TreeMap<>();
    try {
      for (PolicyProvider p : ServiceLoader.load(PolicyProvider.class, classLoader)) {
        String name = p.name() == null ? "" : p.name().toLowerCase(Locale.ROOT);
        if (name.isBlank() || name.contains(":") || name.contains(".")) {
          throw new IllegalArgumentException("policy provider " + p.getClass().getName() + " has the name '"
              + p.name() + "'; a name is a non-empty word without ':' or '.'");
        }
        PolicyProvider clash = found.putIfAbsent(name, p);
        if (clash != null) {
          throw new IllegalArgumentException("two policy providers are named '" + name + "': "
              + clash.getClass().getName() + " and " + p.getClass().getName() + "; rename one");
        }
      }
    } catch (ServiceConfigurationError e) {
      throw new IllegalArgumentException("a policy provider cannot be loaded: " + e.getMessage(), e);
    }
    this.providers = Map.copyOf(found);
  }

  /** The policy named {@code name}; {@link IllegalArgumentException} saying what is wrong and what is accepted. */
  public BenchPolicy resolve(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("empty policy name; use " + accepted());
    }
    String trimmed = name.trim();
    int colon = trimmed.indexOf(':');
    String kind = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(Locale.ROOT);
    String arg = colon < 0 ? null : trimmed.substring(colon + 1).trim();
    PolicyProvider provider = providers.get(kind);
    if (provider != null) {
      return provider.policy(trimmed, arg);
    }
    if (trimmed.contains(".") && arg == null) {
      return userClass(trimmed);
    }
    throw new IllegalArgumentException("unknown policy '" + trimmed + "'; use " + accepted());
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

  /** Every accepted form, for messages and help texts. */
  public String accepted() {
    return providers.values().stream().map(PolicyProvider::usage).collect(Collectors.joining(", "))
        + ", or the class name of a " + PluginPolicy.class.getName();
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
    Constructor<?> constructor;
    try {
      constructor = type.getConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("policy class " + className + " needs a public no-argument constructor");
    }
    return PolicyProvider.replacingPolicies(className, c -> {
      try {
        return (PluginPolicy) constructor.newInstance();
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("policy class " + className + " failed in its constructor: "
            + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("policy class " + className + " cannot be instantiated: " + e, e);
      }
    });
  }

  /** A CPU percent argument above 0 ({@code hpa:60}); the providers' shared parsing. */
  static double cpuPercent(String written, String arg) {
    try {
      double v = Double.parseDouble(arg);
      if (!(v > 0) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + written + "': the target must be a CPU percent above 0, e.g. hpa:60");
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
}
