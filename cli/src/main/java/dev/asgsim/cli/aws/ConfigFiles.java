package dev.asgsim.cli.aws;

import dev.asgsim.cli.UserError;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the config a command names, with one clear message when it cannot. */
final class ConfigFiles {
  private ConfigFiles() {}

  static ConfigDocument load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file");
    }
    try {
      ConfigDocument doc = ConfigReader.load(file);
      if (doc.config().autoScalingGroup() == null || doc.config().autoScalingGroup().autoScalingGroupName() == null) {
        throw new UserError(file + ": AutoScalingGroup.AutoScalingGroupName is missing; plan, apply and drift need "
            + "the name of the group");
      }
      return doc;
    } catch (ConfigException e) {
      throw new UserError(e.getMessage());
    }
  }
}
