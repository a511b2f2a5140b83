package dev.asgsim.benchmarks;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * An A/B of two or more benchmark jars in one JVM, for a busy machine where {@link CpuTime}'s runs one after the other
 * differ by more than a change does (benchmarks/HISTORY.md: ±0.5 ms on a 26 ms year at a load of 10). Each jar is
 * loaded by a class loader of its own (so each arm's classes are its own, profiled and compiled apart), the same
 * {@link CpuTime} job is built in each, and the rounds alternate between the arms (A B, B A, …) on this thread, timed
 * by its CPU time: the machine's load changes the arms' rounds alike, and the ratio of each round to the first arm's
 * round beside it is the figure (its median and quartiles).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.asgsim.benchmarks.JarAb A.jar B.jar [C.jar ...] -- year diurnal false
 * </pre>
 * The job is any {@link CpuTime} mode (its arguments after {@code --}); {@code -Dwarmup=N} (default 25) rounds of each
 * arm first, {@code -Drounds=N} (default 30) measured. Not a substitute for JMH: the arms share the JDK's own classes
 * (their profiles mix, as {@link PredictiveAb}'s arms share everything), the JIT's threads and the heap. Within one JVM
 * the quartiles of the ratio are tight (±0.5 % on the diurnal year at a load of 13), but each arm's code is compiled
 * once, and the compiler's choices differ from JVM to JVM: an A/A (the same jar twice) came out 1.006 in one JVM, and
 * one change 0.999 in one and 1.020 in another. So take the ratio's median over several JVMs, with an A/A among the arms,
 * before calling a difference of a few percent. Only the jobs timed in milliseconds on this thread
 * (year, year-group, fleet, predictive): each call goes through reflection, tens of nanoseconds that a micro mode's
 * nanoseconds would feel, and a sweep works on other threads.
 */
public final class JarAb {
  private JarAb() {}

  public static void main(String[] args) throws Exception {
    int split = Arrays.asList(args).indexOf("--");
    if (split < 1 || split == args.length - 1) {
      System.err.println("usage: JarAb A.jar B.jar ... -- MODE ARGS (a CpuTime mode)");
      System.exit(2);
    }
    String[] jars = Arrays.copyOfRange(args, 0, split);
    String[] mode = Arrays.copyOfRange(args, split + 1, args.length);
    int warmup = Integer.getInteger("warmup", 25);
    int rounds = Integer.getInteger("rounds", 30);
    Arm[] arms = new Arm[jars.length];
    for (int j = 0; j < jars.length; j++) {
      if (!new File(jars[j]).isFile()) {
        System.err.println("JarAb: " + jars[j] + " is not a file; name benchmark jars (benchmarks/target/benchmarks.jar)");
        System.exit(2);
      }
      try {
        arms[j] = new Arm(jars[j], mode);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        System.exit(2);
      } catch (ReflectiveOperationException e) {
        System.err.println("JarAb: " + jars[j] + " has no CpuTime job for " + String.join(" ", mode) + " (" + e + ");"
            + " name jars built from this module");
        System.exit(2);
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < warmup; i++) {
      for (Arm arm : arms) {
        arm.round();
      }
    }
    double[][] times = new double[arms.length][rounds];
    for (int i = 0; i < rounds; i++) {
      for (int k = 0; k < arms.length; k++) {
        int j = (k + i) % arms.length; // each arm first in turn
        long start = mx.getCurrentThreadCpuTime();
        arms[j].round();
        times[j][i] = (mx.getCurrentThreadCpuTime() - start) / (double) arms[j].reps / arms[j].unit;
      }
    }
    for (int j = 0; j < arms.length; j++) {
      double[] t = times[j].clone();
      double[] ratio = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        ratio[i] = times[j][i] / times[0][i];
      }
      Arrays.sort(t);
      Arrays.sort(ratio);
      System.out.printf(Locale.ROOT, "%s: %s median %.2f %s (quartiles %.2f–%.2f); to %s: %.4f (quartiles %.4f–%.4f)%n",
          new File(jars[j]).getName(), String.join(" ", mode), t[rounds / 2], arms[j].unitName, t[rounds / 4],
          t[3 * rounds / 4], new File(jars[0]).getName(), ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
    }
  }

  /** One jar's {@link CpuTime} job, built and run through its own class loader. */
  private static final class Arm {
    private final Object op;
    private final Method run;
    final long reps;
    final double unit;
    final String unitName;

    Arm(String jar, String[] mode) throws Exception {
      URLClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> cpuTime = loader.loadClass(CpuTime.class.getName());
      Method job = cpuTime.getDeclaredMethod("job", String[].class);
      job.setAccessible(true);
      Object built = job.invoke(null, (Object) mode);
      Class<?> jobClass = built.getClass();
      op = accessor(jobClass, "op").invoke(built);
      run = Class.forName(CpuTime.class.getName() + "$Op", false, loader).getDeclaredMethod("run");
      run.setAccessible(true);
      reps = (long) accessor(jobClass, "reps").invoke(built);
      unit = (double) accessor(jobClass, "unit").invoke(built);
      unitName = (String) accessor(jobClass, "unitName").invoke(built);
      if (!unitName.equals("ms") || (boolean) accessor(jobClass, "process").invoke(built)) {
        throw new IllegalArgumentException("JarAb times jobs of milliseconds on this thread, not " + Arrays.toString(mode));
      }
    }

    private static Method accessor(Class<?> c, String name) throws NoSuchMethodException {
      Method m = c.getDeclaredMethod(name);
      m.setAccessible(true);
      return m;
    }

    /** The job's calls of one round ({@link CpuTime}'s rounds: its {@code reps}). */
    void round() throws Exception {
      for (long i = 0; i < reps; i++) {
        run.invoke(op);
      }
    }
  }
}
