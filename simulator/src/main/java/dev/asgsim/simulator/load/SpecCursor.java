package dev.asgsim.simulator.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the tokens of a load spec (numbers, demand levels, durations, commas, quoted paths) and reports a bad one with
 * a caret under it. Every range a load shape checks lives here, so that all shapes word the same mistake the same way.
 */
public final class SpecCursor {
  /**
   * The largest demand level, amplitude or standard deviation: 10 000 instances' worth of CPU. It keeps every sum,
   * scale and walk finite (a chart cannot draw an infinite demand) while allowing any real fleet.
   */
  public static final double MAX_LEVEL = 1_000_000;
  static final String MAX_LEVEL_TEXT = "1000000";
  /** The longest duration a spec or a run may name: 10 years, the longest run asgsim simulates. */
  public static final long MAX_DURATION_SECONDS = 3650L * 86_400;
  static final String MAX_DURATION_TEXT = "3650d";

  final String text;
  final Path baseDir;
  final TraceLoad.Gaps gaps;
  /** What a trace does past its end. */
  final TraceLoad.End end;
  /** Where trace files come from: read now, or read ahead ({@link TracePrefetch}). */
  TracePrefetch traces = TracePrefetch.NONE;
  /** What the text is, for messages: "load spec" or "duration". */
  private final String kind;
  /** When listing a spec's files ({@link LoadSpec#traceFiles}): where trace paths go instead of being read. */
  List<String> traceFiles;
  /** Beside {@link #traceFiles}: where each name's token is in the text, {start, end, 1 if a bare FILE.csv}. */
  List<int[]> traceSpans;
  /** The token of the last path read: its start and end in the text, and whether it was a bare FILE.csv. */
  int pathStart;
  int pathEnd;
  boolean pathBare;
  int pos;

  SpecCursor(String text, Path baseDir, TraceLoad.Gaps gaps) {
    this(text, baseDir, gaps, TraceLoad.End.HOLD, "load spec");
  }

  SpecCursor(String text, Path baseDir, TraceLoad.Gaps gaps, TraceLoad.End end) {
    this(text, baseDir, gaps, end, "load spec");
  }

  SpecCursor(String text, Path baseDir, TraceLoad.Gaps gaps, String kind) {
    this(text, baseDir, gaps, TraceLoad.End.HOLD, kind);
  }

  private SpecCursor(String text, Path baseDir, TraceLoad.Gaps gaps, TraceLoad.End end, String kind) {
    this.kind = kind;
    this.text = text;
    this.baseDir = baseDir;
    this.gaps = gaps;
    this.end = end;
  }

  /** A finite number within ±{@link #MAX_LEVEL}, e.g. a walk's MIN (an offset that may be negative). */
  double number(String name) {
    int at = here();
    double v = rawNumber();
    if (Math.abs(v) > MAX_LEVEL) {
      throw error(at, name + " must be between -" + MAX_LEVEL_TEXT + " and " + MAX_LEVEL_TEXT);
    }
    return v;
  }

  /**
   * A demand level, amplitude or standard deviation: from 0 to {@link #MAX_LEVEL} percent of one instance's CPU.
   * Negative values are refused rather than clamped, for every shape alike.
   */
  double level(String name) {
    int at = here();
    double v = rawNumber();
    if (v < 0 || v > MAX_LEVEL) {
      throw error(at, name + (v < 0 ? " cannot be negative" : " is too large") + ": it must be between 0 and "
          + MAX_LEVEL_TEXT + " (% of one instance's CPU)");
    }
    return v;
  }

  private double rawNumber() {
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
    try {
      double v = Double.parseDouble(text.substring(start, pos));
      if (!Double.isFinite(v)) {
        throw error(start, "expected a finite number");
      }
      return v;
    } catch (NumberFormatException e) {
      throw error(start, "expected a number");
    }
  }

  /** A duration such as {@code 90s}, {@code 10m}, {@code 2h}, {@code 7d}: from 0 to {@link #MAX_DURATION_TEXT}. */
  long duration(String name) {
    skipSpaces();
    int start = pos;
    double v = rawNumber();
    if (pos >= text.length()) {
      throw error(pos, "expected a unit after " + text.substring(start, pos) + ": s, m, h or d");
    }
    long scale = switch (Character.toLowerCase(text.charAt(pos))) {
      case 's' -> 1;
      case 'm' -> 60;
      case 'h' -> 3600;
      case 'd' -> 86_400;
      default -> throw error(pos, "expected a unit after " + text.substring(start, pos) + ": s, m, h or d");
    };
    pos++;
    if (v < 0) {
      throw error(start, name + " cannot be negative");
    }
    if (v * scale > MAX_DURATION_SECONDS) {
      throw error(start, name + " is too long: at most " + MAX_DURATION_TEXT + " (10 years)");
    }
    return Math.round(v * scale);
  }

  /**
   * A file name up to the closing parenthesis; quoted with {@code "…"} or {@code '…'} it may hold any character but
   * its quote (e.g. {@code trace("week (1).csv")}).
   */
  String path() {
    skipSpaces();
    int at = pos;
    String path;
    if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
      char quote = text.charAt(pos);
      int end = text.indexOf(quote, pos + 1);
      if (end < 0) {
        throw error(at, "the file name's quote " + quote + " is not closed");
      }
      path = text.substring(pos + 1, end);
      pos = end + 1;
      pathEnd = pos;
    } else {
      int close = text.indexOf(')', pos);
      if (close < 0) {
        throw error(text.length(), "expected ')'");
      }
      path = text.substring(pos, close).trim();
      pos = close;
      pathEnd = at + path.length();
    }
    pathStart = at;
    pathBare = false;
    if (path.isBlank()) {
      throw error(at, "expected a file name, e.g. trace(week.csv)");
    }
    return path;
  }

  /** The trace in {@code path}, resolved against the spec's directory. */
  LoadModel trace(String path) {
    if (traceFiles != null) {
      traceFiles.add(path);
      traceSpans.add(new int[] {pathStart, pathEnd, pathBare ? 1 : 0});
      return new Constant(0); // stands in for the trace: only the file names are wanted
    }
    Path p = baseDir.equals(Path.of(".")) ? Path.of(path) : baseDir.resolve(path);
    return new TraceLoad(traces.read(p), gaps, end, path);
  }

  void comma() {
    skipSpaces();
    expect(',');
  }

  boolean optionalComma() {
    skipSpaces();
    if (pos < text.length() && text.charAt(pos) == ',') {
      pos++;
      return true;
    }
    return false;
  }

  void expect(char c) {
    if (pos >= text.length() || text.charAt(pos) != c) {
      throw error(pos, "expected '" + c + "'");
    }
    pos++;
  }

  /** Where the next token starts (after spaces), for messages about a whole argument. */
  int here() {
    skipSpaces();
    return pos;
  }

  void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  boolean atEnd() {
    return pos >= text.length();
  }

  /** The spec with a caret under column {@code at}; long specs are cut around it so the message stays readable. */
  LoadSpecException error(int at, String what) {
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 20);
    String shown = ((from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : ""))
        .replaceAll("\\p{Cntrl}", "?");
    String caret = " ".repeat(at - from + (from > 0 ? 1 : 0)) + "^";
    return new LoadSpecException("bad " + kind + " at column " + (at + 1) + ": " + what + "\n  " + shown + "\n  " + caret);
  }
}
