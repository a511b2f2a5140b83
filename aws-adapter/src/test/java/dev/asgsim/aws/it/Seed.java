package dev.asgsim.aws.it;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import java.nio.file.Path;
import java.util.List;

/** The seed example with its account-specific members rewritten to moto's region and target group. */
final class Seed {
  static final List<String> AZS = List.of("us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d");

  private Seed() {}

  static ScalingConfig forMoto(String targetGroupArn) throws Exception {
    ScalingConfig seed = ConfigReader.read(Path.of("..", "examples", "fastcampus-nginx.yaml"));
    AutoScalingGroup g = seed.autoScalingGroup().toBuilder()
        .availabilityZones(AZS)
        .targetGroupARNs(List.of(targetGroupArn))
        .build();
    return seed.toBuilder().autoScalingGroup(g).build();
  }
}
