package dev.asgsim.simulator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The load spec grammar: components joined with {@code +}, durations like {@code 90s}, {@code 10m}, {@code 2h},
 * {@code 7d}.
 *
 * <pre>
 *   const(V)                               V all the time
 *   step(V0, V1@T1, V2@T2, …)              V0 from the start, Vi from Ti on
 *   ramp(FROM, TO, START, END)             FROM until START, linear to TO at END, then TO
 *   sine(MEAN, AMPLITUDE, PERIOD[, PEAK_AT])  peaks at PEAK_AT (default PERIOD/4), e.g. sine(50, 30, 24h, 14h)
 *   spikes(HEIGHT, WIDTH, EVERY[, FIRST_AT])  adds HEIGHT for WIDTH every EVERY, first at FIRST_AT (default EVERY)
 *   noise(SD)                              Gaussian noise, seeded
 *   walk(SD[, MIN, MAX])                   random walk from 0 with Gaussian steps, clamped to [MIN, MAX]
 *   trace(FILE.csv)                        replay a CSV trace; a bare FILE.csv means the same
 * </pre>
 *
 * Values are demand in percent of one instance's CPU. A bad spec is a {@link LoadSpecException} whose message shows
 * the spec with a caret under the offending character.
 */
public final class LoadSpec {
  /** The help text of the grammar, for the CLI ({@code %n} line breaks, picocli style). */
  public static final String GRAMMAR =
      "Load spec: components joined with ' + '; values in %% of one instance's CPU; durations 90s, 10m, 2h, 7d.%n" +
      "  const(V)                                  V all the time%n" +
      "  step(V0, V1@T1, V2@T2, ...)               V0 from the start, Vi from Ti on%n" +
      "  ramp(FROM, TO, START, END)                linear from FROM at START to TO at END%n" +
      "  sine(MEAN, AMPLITUDE, PERIOD[, PEAK_AT])  e.g. diurnal sine(50, 30, 24h, 14h)%n" +
      "  spikes(HEIGHT, WIDTH, EVERY[, FIRST_AT])  adds HEIGHT for WIDTH every EVERY (first at EVERY)%n" +
      "  noise(SD)                                 Gaussian noise, seeded%n" +
      "  walk(SD[, MIN, MAX])                      random walk, clamped to [MIN, MAX]%n" +
      "  trace(FILE.csv) or FILE.csv               replay a CSV: timestamp,value | minute,value | second,value";

  private final String text;
  private final Path baseDir;
  private final TraceLoad.Gaps gaps;
  /** When listing a spec's files ({@link #traceFiles}): where trace paths go instead of being read. */
  private List<String> traceFiles;
  private int pos;

  private LoadSpec(String text, Path baseDir, TraceLoad.Gaps gaps) {
    this.text = text;
    this.baseDir = baseDir;
    this.gaps = gaps;
  }

  /** Parses {@code spec}; trace paths are resolved against {@code baseDir}. */
  public static LoadModel parse(String spec, Path baseDir, TraceLoad.Gaps gaps) {
    if (spec == null || spec.isBlank()) {
      throw new LoadSpecException("the load spec is empty; for example: step(20, 90@10m, 20@40m)");
    }
    return new LoadSpec(spec, baseDir, gaps).spec();
  }

  /**
   * The trace files {@code spec} names, as written (relative to the file the spec is in), without reading them: for
   * copying a sweep's inputs from a remote file system before it is read. A malformed spec is a
   * {@link LoadSpecException}, as in {@link #parse}.
   */
  public static List<String> traceFiles(String spec) {
    LoadSpec p = new LoadSpec(spec, Path.of("."), TraceLoad.Gaps.HOLD);
    p.traceFiles = new ArrayList<>();
    p.spec();
    return List.copyOf(p.traceFiles);
  }

  public static LoadModel parse(String spec) {
    return parse(spec, Path.of("."), TraceLoad.Gaps.HOLD);
  }

  private LoadModel spec() {
    List<LoadModel> parts = new ArrayList<>();
    skipSpaces();
    parts.add(component());
    skipSpaces();
    while (pos < text.length()) {
      expect('+');
      skipSpaces();
      parts.add(component());
      skipSpaces();
    }
    return Models.sum(parts);
  }

  private LoadModel component() {
    int start = pos;
    while (pos < text.length() && (Character.isLetter(text.charAt(pos)))) {
      pos++;
    }
    String name = text.substring(start, pos).toLowerCase(Locale.ROOT);
    if (pos >= text.length() || text.charAt(pos) != '(' || name.isEmpty()) {
      pos = start;
      String path = barePath();
      if (path != null) {
        return trace(path, start);
      }
      throw error(start, "expected a component: const, step, ramp, sine, spikes, noise, walk, trace or a FILE.csv");
    }
    int nameAt = start;
    pos++;
    LoadModel m = switch (name) {
      case "const" -> Models.constant(number());
      case "step" -> step();
      case "ramp" -> {
        double from = number();
        comma();
        double to = number();
        comma();
        long s = duration();
        comma();
        int at = here();
        long e = duration();
        if (e <= s) {
          throw error(at, "the ramp must end after it starts");
        }
        yield Models.ramp(from, to, s, e);
      }
      case "sine" -> {
        double mean = number();
        comma();
        double amp = number();
        comma();
        int at = here();
        long period = duration();
        if (period <= 0) {
          throw error(at, "the period must be positive");
        }
        long peak = period / 4;
        if (optionalComma()) {
          peak = duration();
        }
        yield Models.sine(mean, amp, period, peak);
      }
      case "spikes" -> {
        double h = number();
        comma();
        long w = duration();
        comma();
        int at = here();
        long every = duration();
        if (every <= 0) {
          throw error(at, "EVERY must be positive");
        }
        long first = every;
        if (optionalComma()) {
          first = duration();
        }
        yield Models.spikes(h, w, every, first);
      }
      case "noise" -> {
        int at = here();
        double sd = number();
        if (sd < 0) {
          throw error(at, "the standard deviation cannot be negative");
        }
        yield Models.noise(sd);
      }
      case "walk" -> {
        int at = here();
        double sd = number();
        if (sd < 0) {
          throw error(at, "the standard deviation cannot be negative");
        }
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        if (optionalComma()) {
          min = number();
          comma();
          int maxAt = here();
          max = number();
          if (max < min) {
            throw error(maxAt, "MAX must not be below MIN");
          }
        }
        yield Models.walk(sd, min, max);
      }
      case "trace" -> {
        skipSpaces();
        int at = here();
        int close = text.indexOf(')', pos);
        if (close < 0) {
          throw error(text.length(), "expected ')'");
        }
        String path = text.substring(pos, close).trim();
        if (path.isEmpty()) {
          throw error(at, "expected a file name, e.g. trace(week.csv)");
        }
        pos = close;
        yield trace(path, at);
      }
      default -> throw error(nameAt, "unknown component '" + name
          + "'; expected const, step, ramp, sine, spikes, noise, walk or trace");
    };
    skipSpaces();
    expect(')');
    return m;
  }

  private String barePath() {
    int end = text.indexOf(" + ", pos);
    String candidate = (end < 0 ? text.substring(pos) : text.substring(pos, end)).trim();
    if (candidate.toLowerCase(Locale.ROOT).endsWith(".csv") && candidate.indexOf('(') < 0) {
      pos = end < 0 ? text.length() : end;
      return candidate;
    }
    return null;
  }

  private LoadModel trace(String path, int at) {
    if (traceFiles != null) {
      traceFiles.add(path);
      return Models.constant(0);
    }
    Path p = baseDir.equals(Path.of(".")) ? Path.of(path) : baseDir.resolve(path);
    try {
      return new TraceLoad(TraceReader.read(p), gaps, path);
    } catch (LoadSpecException e) {
      throw e;
    }
  }

  private LoadModel step() {
    List<Double> values = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    values.add(number());
    times.add(0L);
    while (optionalComma()) {
      values.add(number());
      skipSpaces();
      expect('@');
      skipSpaces();
      int at = here();
      long t = duration();
      if (t <= times.get(times.size() - 1)) {
        throw error(at, "step times must increase");
      }
      times.add(t);
    }
    double[] v = new double[values.size()];
    long[] t = new long[times.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
      t[i] = times.get(i);
    }
    return Models.step(v, t);
  }

  private double number() {
    skipSpaces();
    int start = pos;
    if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
      pos++;
    }
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
      pos++;
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
        pos++;
      }
      if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
      } else {
        pos = save;
      }
    }
    String s = text.substring(start, pos);
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw error(start, "expected a finite number");
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(start, "expected a number");
    }
  }

  private long duration() {
    skipSpaces();
    int start = pos;
    double v = number();
    if (pos >= text.length()) {
      throw error(pos, "expected a unit after " + text.substring(start, pos) + ": s, m, h or d");
    }
    char unit = Character.toLowerCase(text.charAt(pos));
    long scale = switch (unit) {
      case 's' -> 1;
      case 'm' -> 60;
      case 'h' -> 3600;
      case 'd' -> 86_400;
      default -> throw error(pos, "expected a unit after " + text.substring(start, pos) + ": s, m, h or d");
    };
    pos++;
    if (v < 0) {
      throw error(start, "a duration cannot be negative");
    }
    return Math.round(v * scale);
  }

  /** Parses a duration such as {@code 90m} or {@code 7d} outside a spec ({@code --duration}). */
  public static long parseDurationSeconds(String s) {
    LoadSpec p = new LoadSpec(s.trim(), Path.of("."), TraceLoad.Gaps.HOLD);
    long d = p.duration();
    if (p.pos != p.text.length()) {
      throw p.error(p.pos, "unexpected text after the duration");
    }
    return d;
  }

  private void comma() {
    skipSpaces();
    expect(',');
  }

  private boolean optionalComma() {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == ',') {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error(pos, "expected '" + c + "'");
    }
    pos++;
  }

  private int here() {
    skipSpaces();
    return pos;
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private LoadSpecException error(int at, String what) {
    String caret = " ".repeat(Math.min(at, text.length())) + "^";
    return new LoadSpecException("bad load spec at column " + (at + 1) + ": " + what + "\n  " + text + "\n  " + caret);
  }
}
