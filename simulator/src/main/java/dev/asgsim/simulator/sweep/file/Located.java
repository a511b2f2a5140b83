package dev.asgsim.simulator.sweep.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;

/**
 * Where something is in a sweep file, as {@code file:line: } for messages. Checks made after binding find a key's
 * line in the text; parse errors use Jackson's location, moved back to the key's own line where Jackson places it
 * after the value.
 */
final class Located {
  private final String name;
  private final List<String> lines;

  Located(String name, String text) {
    this.name = name;
    this.lines = text.lines().toList();
  }

  String name() {
    return name;
  }

  /** The line of the first {@code key:} in the file. */
  String key(String key) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int at = line.indexOf(key);
      if (at >= 0 && line.indexOf(':', at + key.length()) >= 0) {
        return name + ":" + (i + 1) + ": ";
      }
    }
    return name + ": ";
  }

  /** The line of the first line holding {@code value}, else of {@code key}. */
  String value(String key, String value) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(value) && !lines.get(i).trim().startsWith("#")) {
        return name + ":" + (i + 1) + ": ";
      }
    }
    return key(key);
  }

  static String at(String name, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return name + ": ";
    }
    return name + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
  }

  /**
   * Where a parse error is. Jackson places an unknown member after its value; the key's own line is what a person
   * needs, so look back for it.
   */
  static String at(String name, String text, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (e instanceof UnrecognizedPropertyException u && location != null && text != null) {
      List<String> lines = text.lines().toList();
      String key = u.getPropertyName();
      for (int i = Math.min(location.getLineNr(), lines.size()) - 1; i >= 0; i--) {
        String line = lines.get(i);
        int col = line.indexOf(key);
        if (col >= 0 && line.indexOf(':', col + key.length()) >= 0) {
          return name + ":" + (i + 1) + ":" + (col + 1) + ": ";
        }
      }
    }
    return at(name, location);
  }
}
