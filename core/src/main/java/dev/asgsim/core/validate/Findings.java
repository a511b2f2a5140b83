package dev.asgsim.core.validate;

import dev.asgsim.core.io.Location;
import dev.asgsim.core.io.SourceMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects findings while the rules run, and orders them: severity, then document order. Collecting errors only, it
 * drops the warnings and advice as they are reported.
 */
final class Findings implements Advising {
  private final SourceMap map;
  private final boolean errorsOnly;
  private final List<Finding> list = new ArrayList<>();

  Findings(SourceMap map) {
    this(map, false);
  }

  Findings(SourceMap map, boolean errorsOnly) {
    this.map = map == null ? SourceMap.EMPTY : map;
    this.errorsOnly = errorsOnly;
  }

  void error(String rule, String path, String message, String fix) {
    add(Severity.ERROR, rule, path, message, fix);
  }

  @Override
  public void warning(String rule, String path, String message, String fix) {
    if (!errorsOnly) {
      add(Severity.WARNING, rule, path, message, fix);
    }
  }

  @Override
  public void advice(String rule, String path, String message, String fix) {
    if (!errorsOnly) {
      add(Severity.ADVICE, rule, path, message, fix);
    }
  }

  private void add(Severity severity, String rule, String path, String message, String fix) {
    Location at = map.find(path).orElse(null);
    list.add(new Finding(severity, rule, path, at, message, fix));
  }

  /** Stable sort: findings without a line keep the order the rules found them in, which follows the document. */
  List<Finding> sorted() {
    List<Finding> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(Finding::severity)
        .thenComparingInt(f -> f.line() == 0 ? Integer.MAX_VALUE : f.line())
        .thenComparingInt(f -> f.location() == null ? 0 : f.location().column()));
    return List.copyOf(out);
  }
}
