package dev.asgsim.simulator.load;

import dev.asgsim.core.io.DidYouMean;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The registry of load shapes: the grammar, its help text and its error messages all come from this table. */
public final class LoadShapes {
  /** Every shape, in the order the help lists them. */
  public static final List<LoadShape> ALL = List.of(
      Constant.SHAPE,
      Step.SHAPE,
      Ramp.SHAPE,
      Sine.SHAPE,
      Spikes.SHAPE,
      Noise.SHAPE,
      Walk.SHAPE,
      TraceShape.SHAPE);

  private LoadShapes() {}

  static Optional<LoadShape> find(String name) {
    return ALL.stream().filter(s -> s.name().equals(name.toLowerCase(Locale.ROOT))).findFirst();
  }

  /** "const, step, …, walk or trace". */
  static String names() {
    List<String> names = ALL.stream().map(LoadShape::name).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** "did you mean const?" for a near miss, else the list of names. */
  static String didYouMean(String name) {
    String near = DidYouMean.suggest(name, ALL.stream().map(LoadShape::name).toList());
    return near != null ? "did you mean " + near + "?" : "expected " + names();
  }

  /** The grammar's help text, one line per shape ({@code %n} line breaks, picocli style). */
  public static String help() {
    int width = ALL.stream().mapToInt(s -> s.signature().length()).max().orElse(0) + 2;
    String shapes = ALL.stream()
        .map(s -> ("  " + s.signature() + " ".repeat(width - s.signature().length()) + s.summary()).replace("%", "%%"))
        .collect(Collectors.joining("%n"));
    return "Load spec: components joined with ' + '; values in %% of one instance's CPU, 0 to "
        + SpecCursor.MAX_LEVEL_TEXT + ";%n  durations 90s, 10m, 2h, 7d, at most " + SpecCursor.MAX_DURATION_TEXT
        + "; a file name may be quoted: trace(\"week (1).csv\").%n" + shapes;
  }
}
