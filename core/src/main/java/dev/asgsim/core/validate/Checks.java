package dev.asgsim.core.validate;

import dev.asgsim.core.io.DidYouMean;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Small predicates and message parts the rules share. */
final class Checks {
  /** aws-behaviour §9.2: names and ARNs accept any XML-legal character. */
  private static final Pattern XML_CHARS =
      Pattern.compile("[\\u0020-\\uD7FF\\uE000-\\uFFFD\\uD800\\uDC00-\\uDBFF\\uDFFF\\r\\n\\t]*");

  private Checks() {}

  static boolean xmlString(String s, int max) {
    return s != null && !s.isEmpty() && s.length() <= max && XML_CHARS.matcher(s).matches();
  }

  static String oneOf(Collection<String> values) {
    return String.join(" | ", values);
  }

  /** " (did you mean X?)" or "". */
  static String didYouMean(String value, Collection<String> known) {
    if (value == null) {
      return "";
    }
    String s = DidYouMean.suggest(value, known);
    return s == null ? "" : " (did you mean " + s + "?)";
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static boolean isSet(String s) {
    return s != null && !s.isBlank();
  }
}
