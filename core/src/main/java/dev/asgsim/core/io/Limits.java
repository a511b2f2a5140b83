package dev.asgsim.core.io;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.regex.Pattern;

/**
 * Says in asgsim's words what a reader's limit or failure was, so that no message about a file carries Java class
 * names or Jackson's wording ({@code StreamReadConstraints}, {@code Cannot construct instance of dev.asgsim…}).
 */
final class Limits {
  /** Java or Jackson internals a user cannot act on. */
  private static final Pattern INTERNAL = Pattern.compile(
      "dev\\.asgsim|com\\.fasterxml|java\\.|javax\\.|org\\.yaml|Exception|`|CoercionConfig|StreamReadConstraints"
          + "|MapperFeature|DeserializationFeature|JsonNode|Creator|\\[Source:");

  private Limits() {}

  /** Jackson's size and depth limits, in the reader's words. */
  static String describe(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.startsWith("Document nesting depth")) {
      return "nests lists and mappings more than 1000 levels deep";
    }
    if (m.startsWith("Number value length") || m.startsWith("Number length")) {
      return "holds a number with more than 1000 digits";
    }
    if (m.startsWith("String value length") || m.startsWith("Name length")) {
      return "holds a text value or key that is too long";
    }
    return "is larger than the reader accepts";
  }

  /** {@code message}'s first line if it says nothing of the reader's internals, else {@code otherwise}. */
  static String plain(String message, String otherwise) {
    String first = Binder.firstLine(message);
    return first.isBlank() || INTERNAL.matcher(first).find() ? otherwise : first;
  }

  /** True when {@code message} names Java or Jackson internals. */
  static boolean isInternal(String message) {
    return message != null && INTERNAL.matcher(message).find();
  }
}
