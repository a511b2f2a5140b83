package dev.asgsim.cli;

import dev.asgsim.core.io.AwsCliJson;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Path;

/**
 * How every command turns a FILE argument into a configuration: asgsim's YAML/JSON, or AWS CLI output (recognised by
 * its root key) with optional describe-policies / describe-scheduled-actions files beside it.
 */
public final class ConfigLoading {
  private ConfigLoading() {}

  /**
   * @param file     the config, or {@code describe-auto-scaling-groups} output
   * @param group    which group of AWS CLI output holding several; {@code null} otherwise
   * @param policies {@code describe-policies} output, or {@code null}
   * @param actions  {@code describe-scheduled-actions} output, or {@code null}
   */
  public static ConfigDocument load(Path file, String group, Path policies, Path actions) throws ConfigException {
    if (policies == null && actions == null) {
      return ConfigReader.load(file, group);
    }
    return AwsCliJson.load(file, policies, actions, group);
  }

  /**
   * Like {@link #load}, but AWS CLI output holding several groups (and no {@code group}) gives one document per
   * group, so each can be checked.
   */
  public static java.util.List<ConfigDocument> loadEach(Path file, String group, Path policies, Path actions)
      throws ConfigException {
    if (policies == null && actions == null) {
      return ConfigReader.loadEach(file, group);
    }
    return AwsCliJson.loadEach(file, policies, actions, group);
  }

  /** Loads, or throws a {@link UserError} (exit code 2) carrying every problem's message. */
  public static ConfigDocument loadOrFail(Path file) {
    try {
      return load(file, null, null, null);
    } catch (ConfigException e) {
      throw new UserError(e.getMessage());
    }
  }
}
