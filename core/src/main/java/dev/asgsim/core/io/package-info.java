/**
 * Reading and writing config files: YAML or JSON (or the JSON of {@code aws autoscaling describe-*}) into the
 * {@code core.config} records, with a source map so that every problem and finding names {@code file:line:column};
 * duplicate keys, unknown members and wrong types are refused in the reader's own words. Also the atomic file writes
 * every command uses.
 */
package dev.asgsim.core.io;
