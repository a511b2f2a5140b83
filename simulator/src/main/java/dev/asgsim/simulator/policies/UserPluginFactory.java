package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.PluginPolicy;
import java.lang.reflect.InvocationTargetException;

/**
 * Makes a user's {@link PluginPolicy} through its public no-argument constructor. Ships as the class name only: on
 * a cluster's executor the class is found again through the thread's context class loader (the jars given to
 * {@code spark-submit --jars}), since a class loader cannot be serialised.
 */
final class UserPluginFactory implements BenchPolicy.PluginFactory {
  private static final long serialVersionUID = 1L;
  private final String className;
  private transient Class<?> type;

  UserPluginFactory(Class<?> type) {
    this.className = type.getName();
    this.type = type;
  }

  @Override
  public PluginPolicy apply(ScalingConfig config) {
    try {
      return (PluginPolicy) type().getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("policy class " + className + " failed in its constructor: "
          + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("policy class " + className + " cannot be instantiated: " + e, e);
    }
  }

  private Class<?> type() throws ClassNotFoundException {
    Class<?> t = type;
    if (t == null) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      t = Class.forName(className, false, loader != null ? loader : UserPluginFactory.class.getClassLoader());
      type = t;
    }
    return t;
  }
}
