package dev.asgsim.cli;

import java.util.Locale;

/**
 * Refuses, before it starts, a run whose load would not fit in this JVM's heap: it would otherwise end in an
 * OutOfMemoryError after minutes of work. {@code simulate} streams its timeline and activities to disk, so what
 * grows with the run's length is the rendered load (8 bytes a minute) and a copy of it while it is scaled. Measured:
 * a 365-day run of the seed group with all outputs completes with {@code -Xmx48m} (the cli's
 * {@code SimulateSmallHeapTest} runs it in 64 MB), a 3650-day run with {@code -Xmx112m}; {@link #BYTES_PER_MINUTE}
 * and {@link #BASE_BYTES} cover both.
 */
final class RunMemory {
  static final long BYTES_PER_MINUTE = 16;
  /** Room for the JVM, the config and the chart, whatever the run's length. */
  static final long BASE_BYTES = 24L * 1024 * 1024;

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
