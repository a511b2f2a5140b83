package dev.asgsim.core.io;

/**
 * One reason a file cannot be read as a configuration.
 *
 * @param code    stable kebab-case id of the kind of problem ({@code syntax}, {@code unknown-key}, {@code wrong-type},
 *                {@code out-of-range}, {@code duplicate-key}, {@code empty}, {@code not-a-file}, {@code missing-file},
 *                {@code binary}, {@code encoding}, {@code unreadable}, {@code group-choice})
 * @param file    the file as the user named it
 * @param line    1-based line, 0 when the problem concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param path    document path such as {@code ScalingPolicies[0].TargetTrackingConfiguration.TargetValue}, or ""
 * @param message what is wrong
 * @param hint    what to do about it
 */
public record Problem(String code, String file, int line, int column, String path, String message, String hint) {

  /** {@code file:line:column: message (path) -- hint}, the form the CLI prints. */
  public String format() {
    StringBuilder s = new StringBuilder(new Location(file, line, column).toString()).append(": ").append(message);
    if (path != null && !path.isEmpty()) {
      s.append(" [at ").append(path).append(']');
    }
    if (hint != null && !hint.isEmpty()) {
      s.append("\n    fix: ").append(hint);
    }
    return s.toString();
  }
}
