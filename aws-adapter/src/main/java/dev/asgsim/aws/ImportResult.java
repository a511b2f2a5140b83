package dev.asgsim.aws;

import dev.asgsim.core.config.ScalingConfig;
import java.util.List;

/** An imported config and what the user should know about it (printed on stderr by the CLI). */
public record ImportResult(ScalingConfig config, List<String> notes) {
  public ImportResult {
    notes = List.copyOf(notes);
  }
}
