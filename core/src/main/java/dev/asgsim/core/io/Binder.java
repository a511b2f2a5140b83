package dev.asgsim.core.io;

// Over 300 lines because it binds the source-mapped tree into the config records with every member's location, and
// each coercion rule (numbers, booleans, blank and control text, non-finite values) must live beside the others to
// stay consistent.

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a document to the config records and collects every problem it can skip past (all unknown keys, values of
 * the wrong shape), so that one run reports them all; a problem it cannot skip ends the run and is reported with the
 * rest. Lines come from the source map where it knows the path, from the parser otherwise.
 */
final class Binder {
  private final String file;
  private final SourceMap map;
  private final Map<String, Problem> problems = new LinkedHashMap<>();
  /** Unknown keys already placed in this binding pass, so that two with the same name find their own lines. */
  private final java.util.Set<String> reported = new java.util.HashSet<>();
  /** Where skipped unknown keys are noted, or null when unknown keys are problems (asgsim's own files). */
  private final List<String> skipped;

  private Binder(String file, SourceMap map, List<String> skipped) {
    this.file = file;
    this.map = map;
    this.skipped = skipped;
  }

  /** Most problems one document reports; past this the file is more wrong than right. */
  private static final int MAX_PROBLEMS = 100;

  /**
   * Binds {@code root}; on a value it cannot bind, records it, cuts it out of a copy of the tree and tries again, so
   * that one run finds every problem.
   */
  static <T> T bind(ObjectMapper mapper, JsonNode root, Class<T> type, String file, SourceMap map)
      throws ConfigException {
    return bind(mapper, root, type, file, map, null);
  }

  /**
   * As {@link #bind(ObjectMapper, JsonNode, Class, String, SourceMap)}, but unknown keys are skipped, each noted in
   * {@code skipped} with its place (for AWS CLI output, which gains members as AWS adds features).
   */
  static <T> T bind(ObjectMapper mapper, JsonNode root, Class<T> type, String file, SourceMap map,
      List<String> skipped) throws ConfigException {
    Binder binder = new Binder(file, map, skipped);
    // A reader shares the mapper's deserializer cache; a mapper copy per document would rebuild it every time.
    ObjectReader reader = mapper.readerFor(type).withHandler(binder.handler());
    JsonNode work = root.deepCopy();
    T value = null;
    while (binder.problems.size() < MAX_PROBLEMS) {
      binder.reported.clear();
      try (JsonParser parser = mapper.treeAsTokens(work)) {
        value = reader.readValue(parser);
        break;
      } catch (DatabindException e) {
        JsonMappingException m = (JsonMappingException) e;
        String path = pathOf(m.getPath());
        String original = firstLine(m.getOriginalMessage());
        JsonNode found = nodeAt(work, m.getPath());
        if (original.contains("out of range")) {
          binder.add("out-of-range", path, m.getLocation(),
              "the number " + (found == null ? "" : found.asText() + " ") + "is out of range for a whole number",
              "use a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        } else {
          binder.add("wrong-type", path, m.getLocation(), wrongTypeMessage(m, path, found),
              "write " + expected(m) + " here (see examples/fastcampus-nginx.yaml)");
        }
        if (!cut(work, m.getPath())) {
          break;
        }
      } catch (IOException | RuntimeException e) {
        binder.add("unreadable", "", null, "cannot be read: " + Limits.plain(e.getMessage(),
            "a value does not fit the configuration"), "check the file against examples/fastcampus-nginx.yaml");
        break;
      }
    }
    if (!binder.problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(binder.problems.values());
      sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new ConfigException(sorted);
    }
    return value;
  }

  private static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> refs) {
    JsonNode n = root;
    for (JsonMappingException.Reference r : refs) {
      if (n == null) {
        return null;
      }
      n = r.getFieldName() != null ? n.get(r.getFieldName()) : r.getIndex() >= 0 ? n.get(r.getIndex()) : n;
    }
    return n;
  }

  /** Removes the value at {@code refs} from the tree; false if there is nothing to remove (the root itself). */
  private static boolean cut(JsonNode root, List<JsonMappingException.Reference> refs) {
    if (refs.isEmpty()) {
      return false;
    }
    JsonNode parent = nodeAt(root, refs.subList(0, refs.size() - 1));
    JsonMappingException.Reference last = refs.get(refs.size() - 1);
    if (parent instanceof ObjectNode o && last.getFieldName() != null && o.has(last.getFieldName())) {
      o.remove(last.getFieldName());
      return true;
    }
    if (parent instanceof ArrayNode a && last.getIndex() >= 0 && last.getIndex() < a.size()) {
      a.remove(last.getIndex());
      return true;
    }
    return false;
  }

  private DeserializationProblemHandler handler() {
    return new DeserializationProblemHandler() {
      @Override
      public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
          Object beanOrClass, String propertyName) throws IOException {
        String path = unknownKeyPath(p, propertyName);
        List<String> known = new ArrayList<>();
        if (deserializer != null) {
          Collection<Object> names = deserializer.getKnownPropertyNames();
          if (names != null) {
            names.forEach(n -> known.add(String.valueOf(n)));
          }
        }
        if (skipped != null) {
          Location at = map.exact(path).orElse(SourceMaps.location(p.currentTokenLocation(), file));
          skipped.add(new Location(file, at.line(), at.column()) + ": skipped " + path + ", a member asgsim does not "
              + "know (newer AWS CLI output?); it is not simulated");
          p.skipChildren();
          return true;
        }
        String suggestion = DidYouMean.suggest(propertyName, known);
        String hint;
        if (suggestion != null && suggestion.equalsIgnoreCase(propertyName)) {
          hint = "names are case-sensitive: write " + suggestion;
        } else if (suggestion != null) {
          hint = "did you mean " + suggestion + "?";
        } else {
          hint = "known keys here: " + String.join(", ", known.stream().sorted().toList());
        }
        add("unknown-key", path, p.currentTokenLocation(), "unknown key " + propertyName, hint);
        p.skipChildren();
        return true;
      }

      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
          JsonParser p, String failureMsg) throws IOException {
        JsonStreamContext ctx = p.getParsingContext();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          ctx = ctx.getParent();
        }
        if (ctx == null || ctx.inRoot()) {
          return NOT_HANDLED;
        }
        String path = pathOf(ctx);
        add("wrong-type", path, p.currentTokenLocation(),
            "expected " + describe(targetType.getRawClass()) + " but found " + describe(t),
            "write " + describe(targetType.getRawClass()) + " here");
        p.skipChildren();
        return null;
      }

      @Override
      public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
          String failureMsg) {
        JsonParser p = ctxt.getParser();
        String path = pathOf(p.getParsingContext());
        add("wrong-type", path, p.currentTokenLocation(),
            "\"" + clip(valueToConvert) + "\" is not " + describe(targetType),
            Temporal.class.isAssignableFrom(targetType)
                ? "write an ISO-8601 UTC time such as 2026-03-31T08:00:00Z"
                : "write " + describe(targetType) + " here");
        return null;
      }

      @Override
      public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
          String failureMsg) {
        JsonParser p = ctxt.getParser();
        String path = pathOf(p.getParsingContext());
        add("wrong-type", path, p.currentTokenLocation(), valueToConvert + " is not " + describe(targetType),
            "write " + describe(targetType) + " here");
        return null;
      }
    };
  }

  /**
   * The document path of an unknown key. Records are bound from a buffer whose parser knows only the path inside the
   * record, so the path the parser gives may be a tail (even just {@code Extra}); the source map knows every key's
   * full path, and the first key not yet reported that ends with that tail is the one.
   */
  private String unknownKeyPath(JsonParser p, String propertyName) {
    JsonStreamContext ctx = p.getParsingContext();
    while (ctx != null && !(ctx.inObject() && propertyName.equals(ctx.getCurrentName()))) {
      ctx = ctx.getParent();
    }
    String tail = ctx == null ? propertyName : pathOf(ctx);
    for (String known : map.positions().keySet()) {
      boolean endsWithTail = known.equals(tail) || known.endsWith("." + tail);
      if (endsWithTail && !reported.contains(known)) {
        reported.add(known);
        return known;
      }
    }
    return tail;
  }

  private void add(String code, String path, com.fasterxml.jackson.core.JsonLocation at, String message,
      String hint) {
    String p = path == null ? "" : path;
    // Where the key is written is what a reader looks for; the parser's position is the fallback (and the only
    // position for syntax errors, which have no path).
    Location l = p.isEmpty() ? null : map.exact(p).orElse(null);
    if (l == null && at != null && at.getLineNr() > 0) {
      l = SourceMaps.location(at, file);
    }
    if (l == null) {
      l = map.find(p).orElse(new Location(file, 0, 0));
    }
    problems.putIfAbsent(code + "|" + p + "|" + message, new Problem(code, file, l.line(), l.column(), p, message, hint));
  }

  /** {@code ScalingPolicies[0].TargetTrackingConfiguration} from a parser context (the current name included). */
  static String pathOf(JsonStreamContext ctx) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.add(c.getCurrentName());
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      String part = parts.get(i);
      if (!part.startsWith("[") && s.length() > 0) {
        s.append('.');
      }
      s.append(part);
    }
    return s.toString();
  }

  static String pathOf(List<JsonMappingException.Reference> refs) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (s.length() > 0) {
          s.append('.');
        }
        s.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        s.append('[').append(r.getIndex()).append(']');
      }
    }
    return s.toString();
  }

  /**
   * "expected a whole number but found text abc": in the reader's words whatever Jackson said (its own text names Java
   * classes); a record's own check (a constructor that refuses a value) is quoted when it is plain words.
   */
  private static String wrongTypeMessage(JsonMappingException e, String path, JsonNode found) {
    String foundText = found == null ? "" : " but found " + describe(found);
    Throwable cause = e.getCause();
    if (cause != null && cause != e && cause.getMessage() != null && !Limits.isInternal(cause.getMessage())) {
      return firstLine(cause.getMessage());
    }
    return "expected " + expected(e) + (path.isEmpty() ? " as the document" : "") + foundText;
  }

  private static String describe(JsonNode n) {
    if (n.isObject()) {
      return "a mapping";
    }
    if (n.isArray()) {
      return "a list";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual() && n.asText().isBlank()) {
      return "blank text";
    }
    String kind = n.isTextual() ? "text" : n.isIntegralNumber() ? "whole number" : n.isNumber() ? "decimal number"
        : n.isBoolean() ? "boolean" : "value";
    return kind + " " + clip(n.asText());
  }

  private static String expected(JsonMappingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
      return describe(m.getTargetType());
    }
    return "a value of the right type";
  }

  static String describe(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text value";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 time";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys to values";
    }
    return "a " + type.getSimpleName();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "a mapping";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a text value";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String safeText(InputCoercionException e) {
    try {
      return e.getProcessor() == null ? "" : clip(e.getProcessor().getText());
    } catch (IOException | RuntimeException ignored) {
      return "";
    }
  }

  static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The text as a message quotes it: control characters escaped (\u0000), at most 60 characters. */
  static String clip(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 60; i++) {
      char c = s.charAt(i);
      b.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04X", (int) c) : String.valueOf(c));
    }
    return b.length() >= 60 || s.length() > 60 ? b.substring(0, Math.min(b.length(), 57)) + "..." : b.toString();
  }
}
