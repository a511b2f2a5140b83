package dev.asgsim.cli.aws;

import dev.asgsim.cli.ConfigLoading;
import dev.asgsim.cli.UserError;
import dev.asgsim.core.io.ConfigDocument;
import java.nio.file.Path;

/** Reads the config a command names (as every command does) and checks it names the group to work on. */
final class ConfigFiles {
  private ConfigFiles() {}

  static ConfigDocument load(Path file) {
    ConfigDocument doc = ConfigLoading.loadOrFail(file);
    if (doc.config().autoScalingGroup() == null || doc.config().autoScalingGroup().autoScalingGroupName() == null) {
      throw new UserError(file + ": AutoScalingGroup.AutoScalingGroupName is missing; plan, apply and drift need "
          + "the name of the group");
    }
    return doc;
  }
}
