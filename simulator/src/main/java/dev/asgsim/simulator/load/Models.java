package dev.asgsim.simulator.load;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** What the load shapes share: minute start times, seeded random streams, and the sum of components. */
final class Models {
  private Models() {}

  static double minuteStart(int minute) {
    return minute * 60.0;
  }

  /** A generator for one random component: same seed and stream, same numbers. */
  static RandomGenerator random(long seed, int stream) {
    return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), stream, 0x5eed});
  }

  /** The sum of {@code parts}; each random part gets its own stream. */
  static LoadModel sum(List<LoadModel> parts) {
    List<LoadModel> ps = List.copyOf(parts);
    if (ps.size() == 1) {
      return ps.get(0);
    }
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        for (int i = 0; i < ps.size(); i++) {
          ps.get(i).addTo(demand, seed, stream * 64 + i);
        }
      }

      @Override
      public String describe() {
        List<String> s = new ArrayList<>();
        for (LoadModel p : ps) {
          s.add(p.describe());
        }
        return String.join(" + ", s);
      }

      @Override
      public int naturalMinutes() {
        int n = -1;
        for (LoadModel p : ps) {
          n = Math.max(n, p.naturalMinutes());
        }
        return n;
      }

      @Override
      public Long startEpochSecond() {
        for (LoadModel p : ps) {
          if (p.startEpochSecond() != null) {
            return p.startEpochSecond();
          }
        }
        return null;
      }

      @Override
      public double initialCapacity() {
        for (LoadModel p : ps) {
          if (!Double.isNaN(p.initialCapacity())) {
            return p.initialCapacity();
          }
        }
        return Double.NaN;
      }

      @Override
      public List<String> notes() {
        List<String> n = new ArrayList<>();
        for (LoadModel p : ps) {
          n.addAll(p.notes());
        }
        return n;
      }
    };
  }
}
