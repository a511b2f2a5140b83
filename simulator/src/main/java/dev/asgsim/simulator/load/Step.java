package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;
import java.util.Arrays;

/** {@code step(V0, V1@T1, …)}: {@code values[0]} from the start, {@code values[i]} from {@code atSeconds[i]} on. */
final class Step implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("step", "step(V0, V1@T1, V2@T2, ...)",
      "V0 from the start, Vi from Ti on", Step::read);

  private final double[] values;
  private final long[] atSeconds;

  private Step(double[] values, long[] atSeconds) {
    this.values = values;
    this.atSeconds = atSeconds;
  }

  private static Step read(SpecCursor in) {
    double[] v = new double[4];
    long[] t = new long[4];
    int n = 1;
    v[0] = in.level("V0");
    while (in.optionalComma()) {
      if (n == v.length) {
        v = Arrays.copyOf(v, n * 2);
        t = Arrays.copyOf(t, n * 2);
      }
      v[n] = in.level("V" + n);
      in.skipSpaces();
      in.expect('@');
      int at = in.here();
      t[n] = in.duration("T" + n);
      if (t[n] <= t[n - 1]) {
        throw in.error(at, "step times must increase");
      }
      n++;
    }
    return new Step(Arrays.copyOf(v, n), Arrays.copyOf(t, n));
  }

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    int k = 0;
    for (int i = 0; i < demand.length; i++) {
      double t = Models.minuteStart(i);
      while (k + 1 < values.length && atSeconds[k + 1] <= t) {
        k++;
      }
      demand[i] += values[k];
    }
  }

  @Override
  public String describe() {
    StringBuilder sb = new StringBuilder("step(").append(Numbers.shortest(values[0]));
    for (int i = 1; i < values.length; i++) {
      sb.append(", ").append(Numbers.shortest(values[i])).append('@').append(Durations.text(atSeconds[i]));
    }
    return sb.append(')').toString();
  }
}
