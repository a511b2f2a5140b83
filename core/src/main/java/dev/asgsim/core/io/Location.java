package dev.asgsim.core.io;

/**
 * A place in a file: 1-based line and column. {@code file} is the name as the user gave it (may be {@code null} for
 * text that came from no file).
 */
public record Location(String file, int line, int column) {

  /** {@code file:line:column}, or the parts that are known. */
  @Override
  public String toString() {
    String where = file == null ? "<input>" : file;
    return line > 0 ? where + ":" + line + ":" + column : where;
  }
}
