package dev.asgsim.aws.export;

import java.util.List;

/**
 * An export: the text, and what of the config it could not express (the CLI prints these; the text carries them
 * too, as comments or Metadata, so nothing configured is dropped silently).
 */
public record Exported(String text, List<String> notes) {
  public Exported {
    notes = List.copyOf(notes);
  }
}
