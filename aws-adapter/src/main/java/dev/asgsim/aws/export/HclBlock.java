package dev.asgsim.aws.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HCL block ({@code resource "aws_autoscaling_group" "web" { ... }}) with its attributes and nested blocks, and
 * how it prints. Attribute values are strings, numbers, booleans, lists of those, or {@link Ref}s (unquoted
 * expressions such as {@code aws_autoscaling_group.web.name}).
 */
final class HclBlock {
  /** An expression printed as is. */
  record Ref(String expression) {}

  private final String type;
  private final List<String> labels;
  private final Map<String, Object> attributes = new LinkedHashMap<>();
  private final List<HclBlock> blocks = new ArrayList<>();

  HclBlock(String type, String... labels) {
    this.type = type;
    this.labels = List.of(labels);
  }

  /** Sets an attribute; a null value is left out (the provider's default applies). */
  HclBlock set(String name, Object value) {
    if (value != null) {
      attributes.put(name, value);
    }
    return this;
  }

  HclBlock add(HclBlock block) {
    blocks.add(block);
    return this;
  }

  boolean isEmpty() {
    return attributes.isEmpty() && blocks.isEmpty();
  }

  String print() {
    StringBuilder out = new StringBuilder();
    print(out, "");
    return out.toString();
  }

  private void print(StringBuilder out, String indent) {
    out.append(indent).append(type);
    for (String l : labels) {
      out.append(' ').append(quote(l));
    }
    out.append(" {\n");
    int width = attributes.keySet().stream().mapToInt(String::length).max().orElse(0);
    for (Map.Entry<String, Object> a : attributes.entrySet()) {
      out.append(indent).append("  ").append(a.getKey()).append(" ".repeat(width - a.getKey().length()))
          .append(" = ").append(value(a.getValue())).append('\n');
    }
    for (HclBlock b : blocks) {
      out.append('\n');
      b.print(out, indent + "  ");
    }
    out.append(indent).append("}\n");
  }

  private static String value(Object v) {
    if (v instanceof Ref r) {
      return r.expression();
    }
    if (v instanceof String s) {
      return quote(s);
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(x -> items.add(value(x)));
      return "[" + String.join(", ", items) + "]";
    }
    if (v instanceof Map<?, ?> map) {
      List<String> items = new ArrayList<>();
      map.forEach((k, x) -> items.add(quote(k.toString()) + " = " + value(x)));
      return "{ " + String.join(", ", items) + " }";
    }
    throw new IllegalArgumentException("no HCL form for " + v.getClass());
  }

  /** A quoted HCL string: backslash, quote and control characters escaped, and template markers kept literal. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '$', '%' -> {
          // "${" and "%{" open templates in HCL; doubling the marker writes it literally ($Latest stays $Latest).
          b.append(c);
          if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
            b.append(c);
          }
        }
        default -> b.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.append('"').toString();
  }
}
