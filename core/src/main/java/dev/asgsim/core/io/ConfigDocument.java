package dev.asgsim.core.io;

import dev.asgsim.core.config.ScalingConfig;

/**
 * A configuration as read from a file, with where each member was written so that findings can name lines.
 *
 * @param file      the file as the user named it
 * @param config    the configuration
 * @param sourceMap config document path (always in asgsim's tree, e.g. {@code AutoScalingGroup.MinSize}, also for
 *                  AWS CLI input) to position
 * @param source    which kind of document it was read from
 * @param notes     what the reader did that the user should know, e.g. AWS CLI members it skipped (file:line:col)
 */
public record ConfigDocument(String file, ScalingConfig config, SourceMap sourceMap, Source source,
    java.util.List<String> notes) {

  public ConfigDocument {
    notes = java.util.List.copyOf(notes);
  }

  public ConfigDocument(String file, ScalingConfig config, SourceMap sourceMap, Source source) {
    this(file, config, sourceMap, source, java.util.List.of());
  }

  /** The kinds of document the reader understands. */
  public enum Source {
    /** asgsim's own YAML/JSON tree (DESIGN.md). */
    ASGSIM,
    /** {@code aws autoscaling describe-auto-scaling-groups} output (spec §10.1), maybe with policies and actions. */
    AWS_CLI
  }
}
