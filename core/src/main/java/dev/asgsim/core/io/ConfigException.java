package dev.asgsim.core.io;

import java.io.IOException;
import java.util.List;

/**
 * A file could not be read as a configuration. Carries every problem found, each with file, line, column and a hint;
 * the message is all of them, one per line, so that callers that only print {@link #getMessage()} still say it all.
 */
public final class ConfigException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public ConfigException(List<Problem> problems) {
    super(render(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ConfigException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ConfigException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    StringBuilder s = new StringBuilder();
    for (Problem p : problems) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append(p.format());
    }
    return s.toString();
  }
}
