package dev.asgsim.simulator;

import java.util.Arrays;

/** Per-instance slots indexed by the instance's sequence number in the run. */
final class Sequences {
  private Sequences() {}

  /** {@code a} grown to {@code size}, the new slots -1 (none). */
  static int[] grow(int[] a, int size) {
    int old = a.length;
    int[] b = Arrays.copyOf(a, size);
    Arrays.fill(b, old, size, -1);
    return b;
  }
}
