package dev.asgsim.simulator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The load spec grammar: components joined with {@code +}; each component is one of the {@link LoadShapes} (its
 * name, its arguments in parentheses) or a bare {@code FILE.csv}. Durations look like {@code 90s}, {@code 10m},
 * {@code 2h}, {@code 7d}. Values are demand in percent of one instance's CPU. A bad spec is a
 * {@link LoadSpecException} whose message shows the spec with a caret under the offending character.
 */
public final class LoadSpec {
  private LoadSpec() {}

  /** The help text of the grammar, for the CLI ({@code %n} line breaks, picocli style). */
  public static String grammar() {
    return LoadShapes.help();
  }

  /** Parses {@code spec}; trace paths are resolved against {@code baseDir}; traces hold their last value at end. */
  public static LoadModel parse(String spec, Path baseDir, TraceLoad.Gaps gaps) {
    return parse(spec, baseDir, gaps, TraceLoad.End.HOLD);
  }

  /**
   * Parses {@code spec}; trace paths are resolved against {@code baseDir}, traces fill gaps by {@code gaps} and go on
   * past their end by {@code end}.
   */
  public static LoadModel parse(String spec, Path baseDir, TraceLoad.Gaps gaps, TraceLoad.End end) {
    return parse(spec, baseDir, gaps, end, TracePrefetch.NONE);
  }

  /** As {@link #parse(String, Path, TraceLoad.Gaps, TraceLoad.End)}, taking the traces read ahead from {@code traces}. */
  static LoadModel parse(String spec, Path baseDir, TraceLoad.Gaps gaps, TraceLoad.End end, TracePrefetch traces) {
    if (spec == null || spec.isBlank()) {
      throw new LoadSpecException("the load spec is empty; for example: step(20, 90@10m, 20@40m)");
    }
    SpecCursor in = new SpecCursor(spec, baseDir, gaps, end);
    in.traces = traces;
    return parse(in);
  }

  /**
   * The trace files {@code spec} names, as written (relative to the file the spec is in), without reading them: for
   * copying a sweep's inputs from a remote file system before it is read. A malformed spec is a
   * {@link LoadSpecException}, as in {@link #parse}.
   */
  public static List<String> traceFiles(String spec) {
    return List.copyOf(listing(spec).traceFiles);
  }

  /**
   * {@code spec} with each trace file's name, as written, replaced by {@code rename} of it and the rest of the text
   * kept: for a spec written into a file in another directory ({@code --write-best}), whose relative trace paths must
   * then be relative to that file. A name that needs quotes in its new place gets them. A malformed spec is a
   * {@link LoadSpecException}, as in {@link #parse}.
   */
  public static String renameTraceFiles(String spec, UnaryOperator<String> rename) {
    SpecCursor in = listing(spec);
    StringBuilder out = new StringBuilder();
    int done = 0;
    for (int i = 0; i < in.traceFiles.size(); i++) {
      int[] span = in.traceSpans.get(i);
      String name = rename.apply(in.traceFiles.get(i));
      char first = spec.charAt(span[0]);
      char quote = first == '\'' ? '\'' : '"'; // a quoted name keeps its kind of quote
      boolean needsQuotes = name.indexOf(')') >= 0 || !name.equals(name.strip()) || name.startsWith("\"")
          || name.startsWith("'");
      String token;
      if (span[2] == 1) { // a bare FILE.csv ends at " + " and holds no '(': else it becomes trace("...")
        boolean bare = !needsQuotes && name.indexOf('(') < 0 && !name.contains(" + ");
        token = bare ? name : "trace(" + quote(name, quote) + ")";
      } else {
        token = first == '"' || first == '\'' || needsQuotes ? quote(name, quote) : name;
      }
      out.append(spec, done, span[0]).append(token);
      done = span[1];
    }
    return out.append(spec, done, spec.length()).toString();
  }

  private static String quote(String name, char quote) {
    char q = name.indexOf(quote) < 0 ? quote : quote == '"' ? '\'' : '"';
    return q + name + q;
  }

  private static SpecCursor listing(String spec) {
    SpecCursor in = new SpecCursor(spec, Path.of("."), TraceLoad.Gaps.HOLD, TraceLoad.End.STOP);
    in.traceFiles = new ArrayList<>();
    in.traceSpans = new ArrayList<>();
    parse(in);
    return in;
  }

  private static LoadModel parse(SpecCursor in) {
    List<LoadModel> parts = new ArrayList<>();
    parts.add(component(in));
    in.skipSpaces();
    while (!in.atEnd()) {
      in.expect('+');
      parts.add(component(in));
      in.skipSpaces();
    }
    return Models.sum(parts);
  }

  public static LoadModel parse(String spec) {
    return parse(spec, Path.of("."), TraceLoad.Gaps.HOLD);
  }

  private static LoadModel component(SpecCursor in) {
    int start = in.here();
    String text = in.text;
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String name = text.substring(start, end);
    if (end >= text.length() || text.charAt(end) != '(' || name.isEmpty()) {
      String path = barePath(in);
      if (path != null) {
        return in.trace(path);
      }
      throw in.error(start, "expected a component: " + LoadShapes.names() + " or a FILE.csv");
    }
    LoadShape shape = LoadShapes.find(name).orElseThrow(() -> in.error(start, "unknown component '" + name
        + "'; " + LoadShapes.didYouMean(name)));
    in.pos = end + 1;
    LoadModel model = shape.reader().apply(in);
    in.skipSpaces();
    in.expect(')');
    return model;
  }

  /** A bare {@code FILE.csv} up to the next {@code " + "}, or null (the cursor then stays where it was). */
  private static String barePath(SpecCursor in) {
    int end = in.text.indexOf(" + ", in.pos);
    String candidate = (end < 0 ? in.text.substring(in.pos) : in.text.substring(in.pos, end)).trim();
    if (candidate.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && candidate.indexOf('(') < 0) {
      in.pathStart = in.pos;
      in.pathEnd = in.pos + candidate.length();
      in.pathBare = true;
      in.pos = end < 0 ? in.text.length() : end;
      return candidate;
    }
    return null;
  }

  /** Parses a duration such as {@code 90m} or {@code 7d} outside a spec ({@code --duration}). */
  public static long parseDurationSeconds(String s) {
    SpecCursor in = new SpecCursor(s.trim(), Path.of("."), TraceLoad.Gaps.HOLD, "duration");
    long d = in.duration("the duration");
    if (!in.atEnd()) {
      throw in.error(in.pos, "unexpected text after the duration");
    }
    return d;
  }
}
