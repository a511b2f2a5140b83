package dev.asgsim.simulator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    if (spec == null || spec.isBlank()) {
      throw new LoadSpecException("the load spec is empty; for example: step(20, 90@10m, 20@40m)");
    }
    SpecCursor in = new SpecCursor(spec, baseDir, gaps, end);
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
