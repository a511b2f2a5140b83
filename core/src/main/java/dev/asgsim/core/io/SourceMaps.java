package dev.asgsim.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link SourceMap} with one streaming pass over a parser, and notices keys written twice. */
final class SourceMaps {
  private SourceMaps() {}

  /** A key written twice in one object: YAML and JSON parsers silently keep the last one. */
  record Duplicate(String path, Location location) {}

  /** A YAML {@code .nan} or {@code .inf}: valid YAML, but never a meaningful setting. */
  record NonFinite(String path, Location location, String text) {}

  /** YAML 1.1's spellings of not-a-number and infinity. */
  private static final java.util.regex.Pattern NON_FINITE =
      java.util.regex.Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");

  static final class Result {
    final Map<String, Location> positions = new LinkedHashMap<>();
    /** Every token read, so that the tree is built without parsing the text a second time. */
    TokenBuffer tokens;
    /** Where each top-level value starts: a YAML stream may hold several documents, asgsim reads one. */
    final List<Location> roots = new ArrayList<>();
    final List<Duplicate> duplicates = new ArrayList<>();
    final List<NonFinite> nonFinite = new ArrayList<>();

    SourceMap map() {
      return new SourceMap(positions);
    }
  }

  private static final class Frame {
    final String path;
    final boolean array;
    int index;

    Frame(String path, boolean array) {
      this.path = path;
      this.array = array;
    }
  }

  /** Reads the whole of {@code parser}; syntax errors propagate as Jackson's exceptions with their location. */
  static Result build(JsonParser parser, String file) throws IOException {
    Result result = new Result();
    result.tokens = new TokenBuffer(parser);
    Deque<Frame> stack = new ArrayDeque<>();
    String field = "";
    JsonToken token;
    while ((token = parser.nextToken()) != null) {
      if (token == JsonToken.VALUE_NUMBER_FLOAT && NON_FINITE.matcher(parser.getText()).matches()) {
        // Jackson reads the token but cannot turn it into a number: note it where it is, keep a null in its place.
        Frame top = stack.peek();
        String path = top == null ? "" : top.array ? top.path + "[" + top.index + "]" : field;
        result.nonFinite.add(new NonFinite(path, location(parser.currentTokenLocation(), file), parser.getText()));
        result.tokens.writeNull();
      } else {
        result.tokens.copyCurrentEvent(parser);
      }
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        stack.pop();
        continue;
      }
      if (token == JsonToken.FIELD_NAME) {
        Frame top = stack.peek();
        String parent = top == null ? "" : top.path;
        field = parent.isEmpty() ? parser.currentName() : parent + "." + parser.currentName();
        Location at = location(parser.currentTokenLocation(), file);
        int lastRoot = result.roots.size() - 1;
        if (lastRoot >= 0 && result.roots.get(lastRoot).line() <= 0) {
          // The YAML parser gives a new document's start no position; its first key has one.
          result.roots.set(lastRoot, at);
        }
        if (result.positions.putIfAbsent(field, at) != null) {
          result.duplicates.add(new Duplicate(field, at));
        }
        continue;
      }
      Frame top = stack.peek();
      String valuePath;
      if (top == null) {
        valuePath = "";
        result.roots.add(location(parser.currentTokenLocation(), file));
      } else if (top.array) {
        valuePath = top.path + "[" + top.index++ + "]";
        result.positions.putIfAbsent(valuePath, location(parser.currentTokenLocation(), file));
      } else {
        valuePath = field;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        stack.push(new Frame(valuePath, token == JsonToken.START_ARRAY));
      }
    }
    return result;
  }

  static Location location(JsonLocation l, String file) {
    if (l == null) {
      return new Location(file, 0, 0);
    }
    return new Location(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  /** Renames the paths under {@code fromPrefix} to {@code toPrefix} (for AWS CLI documents). */
  static void remap(Map<String, Location> from, String fromPrefix, String toPrefix, Map<String, Location> into) {
    for (Map.Entry<String, Location> e : from.entrySet()) {
      String k = e.getKey();
      if (k.equals(fromPrefix)) {
        into.putIfAbsent(toPrefix, e.getValue());
      } else if (k.startsWith(fromPrefix + ".") || k.startsWith(fromPrefix + "[")) {
        into.putIfAbsent(toPrefix + k.substring(fromPrefix.length()), e.getValue());
      }
    }
  }
}
