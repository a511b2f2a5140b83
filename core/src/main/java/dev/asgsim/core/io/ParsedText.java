package dev.asgsim.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One document parsed into a tree, with its source map. Syntax errors and duplicate keys are found here, before any
 * mapping to config records.
 */
record ParsedText(String file, ObjectMapper mapper, JsonNode tree, SourceMap sourceMap) {
  static final ObjectMapper YAML = ConfigMapper.yaml();
  static final ObjectMapper JSON = ConfigMapper.json();

  static ParsedText parse(byte[] bytes, String file, ConfigFormat hint) throws ConfigException {
    return parse(InputText.decode(bytes, file), file, hint);
  }

  static ParsedText parse(String text, String file, ConfigFormat hint) throws ConfigException {
    if (text == null || text.isBlank()) {
      throw new ConfigException(new Problem("empty", file, 1, 1, "", "is empty",
          "write a configuration: start from examples/fastcampus-nginx.yaml"));
    }
    ObjectMapper mapper = hint == ConfigFormat.JSON || looksLikeJson(text) ? JSON : YAML;
    String format = mapper == JSON ? "JSON" : "YAML";
    if (text.length() > InputText.MAX_BYTES) {
      throw new ConfigException(InputText.tooLarge(file, text.length()));
    }
    SourceMaps.Result positions;
    JsonNode tree;
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        positions = SourceMaps.build(parser, file);
      } catch (StreamConstraintsException e) {
        Location at = SourceMaps.location(parser.currentLocation(), file);
        throw new ConfigException(new Problem("too-large", file, at.line(), at.column(), "", Limits.describe(e),
            "a configuration needs only a few levels and short values; look for runaway brackets or pasted data"));
      }
      if (positions.roots.size() > 1) {
        Location second = positions.roots.get(1);
        throw new ConfigException(new Problem("syntax", file, second.line(), second.column(), "",
            "holds " + positions.roots.size() + " documents; a configuration is one document",
            "remove the '---' separator and the second document, or put it in its own file"));
      }
      try (JsonParser replay = positions.tokens.asParser(mapper)) {
        tree = replay.nextToken() == null ? null : mapper.readTree(replay);
      }
    } catch (StreamReadException e) {
      Location at = SourceMaps.location(e.getLocation(), file);
      throw new ConfigException(new Problem("syntax", file, at.line(), at.column(), "",
          format + " syntax error: " + Binder.firstLine(e.getOriginalMessage()),
          "fix the " + format + " syntax at this line (a missing quote, comma, bracket or a bad indentation)"));
    } catch (ConfigException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(new Problem("syntax", file, 1, 1, "",
          format + " cannot be parsed: " + Limits.plain(e.getMessage(), "the text is not valid " + format),
          "check the " + format + " syntax"));
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new ConfigException(new Problem("empty", file, 1, 1, "", "holds no document (only comments?)",
          "write a configuration: start from examples/fastcampus-nginx.yaml"));
    }
    if (!tree.isObject()) {
      throw new ConfigException(new Problem("wrong-type", file, 1, 1, "",
          "the document is " + (tree.isArray() ? "a list" : "a single value") + ", not a mapping",
          "start the document with AutoScalingGroup:, ScalingPolicies:, ScheduledActions:, Simulation: "
              + "(or give the JSON of aws autoscaling describe-auto-scaling-groups)"));
    }
    if (!positions.nonFinite.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      for (SourceMaps.NonFinite n : positions.nonFinite) {
        String name = n.path().isEmpty() ? "the value" : n.path().substring(Math.max(n.path().lastIndexOf('.'),
            n.path().lastIndexOf(']')) + 1);
        problems.add(new Problem("out-of-range", file, n.location().line(), n.location().column(), n.path(),
            (name.isEmpty() ? n.path() : name) + " must be a finite number, not " + n.text(),
            "write a number such as 50"));
      }
      throw new ConfigException(problems);
    }
    if (!positions.duplicates.isEmpty()) {
      List<Problem> problems = new ArrayList<>();
      for (SourceMaps.Duplicate d : positions.duplicates) {
        problems.add(new Problem("duplicate-key", file, d.location().line(), d.location().column(), d.path(),
            "key " + d.path() + " is written twice (the first is at line "
                + positions.positions.get(d.path()).line() + ")",
            "keep one of them: parsers silently keep only the last"));
      }
      throw new ConfigException(problems);
    }
    return new ParsedText(file, mapper, tree, positions.map());
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }
}
