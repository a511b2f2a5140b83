package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** The synthetic load models of the load spec grammar. Times are seconds from the start of the run. */
public final class Models {
  private Models() {}

  static double minuteStart(int minute) {
    return minute * 60.0;
  }

  /** A generator for one random component: same seed and stream, same numbers. */
  static RandomGenerator random(long seed, int stream) {
    return new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), stream, 0x5eed});
  }

  public static LoadModel constant(double value) {
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        for (int i = 0; i < demand.length; i++) {
          demand[i] += value;
        }
      }

      @Override
      public String describe() {
        return "const(" + Numbers.shortest(value) + ")";
      }
    };
  }

  /** {@code values[0]} from the start, {@code values[i]} from {@code atSeconds[i]} on ({@code atSeconds[0]} = 0). */
  public static LoadModel step(double[] values, long[] atSeconds) {
    double[] v = values.clone();
    long[] at = atSeconds.clone();
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        int k = 0;
        for (int i = 0; i < demand.length; i++) {
          double t = minuteStart(i);
          while (k + 1 < v.length && at[k + 1] <= t) {
            k++;
          }
          demand[i] += v[k];
        }
      }

      @Override
      public String describe() {
        StringBuilder sb = new StringBuilder("step(").append(Numbers.shortest(v[0]));
        for (int i = 1; i < v.length; i++) {
          sb.append(", ").append(Numbers.shortest(v[i])).append('@').append(Durations.text(at[i]));
        }
        return sb.append(')').toString();
      }
    };
  }

  public static LoadModel ramp(double from, double to, long startSeconds, long endSeconds) {
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        for (int i = 0; i < demand.length; i++) {
          double t = minuteStart(i);
          double v;
          if (t <= startSeconds) {
            v = from;
          } else if (t >= endSeconds) {
            v = to;
          } else {
            v = from + (to - from) * (t - startSeconds) / (endSeconds - startSeconds);
          }
          demand[i] += v;
        }
      }

      @Override
      public String describe() {
        return "ramp(" + Numbers.shortest(from) + ", " + Numbers.shortest(to) + ", " + Durations.text(startSeconds)
            + ", " + Durations.text(endSeconds) + ")";
      }
    };
  }

  /** {@code mean + amplitude * cos(2π (t - peakAt) / period)}: the curve peaks at {@code peakAt} (mod period). */
  public static LoadModel sine(double mean, double amplitude, long periodSeconds, long peakAtSeconds) {
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        double w = 2 * Math.PI / periodSeconds;
        for (int i = 0; i < demand.length; i++) {
          demand[i] += mean + amplitude * Math.cos(w * (minuteStart(i) - peakAtSeconds));
        }
      }

      @Override
      public String describe() {
        return "sine(" + Numbers.shortest(mean) + ", " + Numbers.shortest(amplitude) + ", "
            + Durations.text(periodSeconds) + ", " + Durations.text(peakAtSeconds) + ")";
      }
    };
  }

  /** Adds {@code height} during {@code [firstAt + k * every, + width)} for k = 0, 1, … */
  public static LoadModel spikes(double height, long widthSeconds, long everySeconds, long firstAtSeconds) {
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        for (int i = 0; i < demand.length; i++) {
          double t = minuteStart(i) - firstAtSeconds;
          if (t >= 0 && (t % everySeconds) < widthSeconds) {
            demand[i] += height;
          }
        }
      }

      @Override
      public String describe() {
        return "spikes(" + Numbers.shortest(height) + ", " + Durations.text(widthSeconds) + ", "
            + Durations.text(everySeconds) + ", " + Durations.text(firstAtSeconds) + ")";
      }
    };
  }

  /** Independent Gaussian noise with standard deviation {@code sd} each minute. */
  public static LoadModel noise(double sd) {
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        RandomGenerator rng = random(seed, stream);
        for (int i = 0; i < demand.length; i++) {
          demand[i] += sd * rng.nextGaussian();
        }
      }

      @Override
      public String describe() {
        return "noise(" + Numbers.shortest(sd) + ")";
      }
    };
  }

  /** A random walk from 0 (or {@code min} if above 0) with Gaussian steps, clamped to {@code [min, max]}. */
  public static LoadModel walk(double sd, double min, double max) {
    return new LoadModel() {
      @Override
      public void addTo(double[] demand, long seed, int stream) {
        RandomGenerator rng = random(seed, stream);
        double x = Math.min(max, Math.max(min, 0));
        for (int i = 0; i < demand.length; i++) {
          demand[i] += x;
          x = Math.min(max, Math.max(min, x + sd * rng.nextGaussian()));
        }
      }

      @Override
      public String describe() {
        if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
          return "walk(" + Numbers.shortest(sd) + ")";
        }
        return "walk(" + Numbers.shortest(sd) + ", " + Numbers.shortest(min) + ", " + Numbers.shortest(max) + ")";
      }
    };
  }

  /** The sum of {@code parts}; each random part gets its own stream. */
  public static LoadModel sum(List<LoadModel> parts) {
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
