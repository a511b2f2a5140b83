package dev.asgsim.cli;

import java.util.Locale;

/**
 * Refuses, before it starts, a run whose kept timeline would not fit in this JVM's heap: it would otherwise end in an
 * OutOfMemoryError after minutes of work. The estimate is measured, not derived: a 365-day run of the seed group with
 * all outputs completes with {@code -Xmx192m} and fails with {@code -Xmx128m}, about 300 bytes per simulated minute;
 * {@link #BYTES_PER_MINUTE} leaves a margin above that.
 */
final class RunMemory {
  static final long BYTES_PER_MINUTE = 400;
  /** Room for the JVM, the config and the chart, whatever the run's length. */
  static final long BASE_BYTES = 64L * 1024 * 1024;

  private RunMemory() {}

  static void check(int minutes, String what) {
    check(minutes, what, Runtime.getRuntime().maxMemory());
  }

  static void check(int minutes, String what, long have) {
    long need = BASE_BYTES + minutes * BYTES_PER_MINUTE;
    if (have != Long.MAX_VALUE && need > have) {
      throw new UserError(String.format(Locale.ROOT, "%s: a run of %d simulated minutes needs about %d MB of memory, "
          + "and this Java may use %d MB; simulate a shorter period, or give Java more memory "
          + "(ASGSIM_JAVA_OPTS=-Xmx%dm ./asgsim ...)", what, minutes, mb(need), mb(have), mb(need) * 5 / 4));
    }
  }

  private static long mb(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }
}
