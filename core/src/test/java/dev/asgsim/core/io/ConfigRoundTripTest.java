package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConfigRoundTripTest {
  private static final Path SEED = Path.of("../examples/fastcampus-nginx.yaml");

  @Test
  void seedExampleReadsAsTheSeedGroup() throws Exception {
    ScalingConfig config = ConfigReader.read(SEED);
    var group = config.autoScalingGroup();
    assertThat(group.autoScalingGroupName()).isEqualTo("autoscaling-20211202");
    assertThat(group.launchTemplate().launchTemplateName()).isEqualTo("fastcampus-nginx");
    assertThat(group.launchTemplate().version()).isEqualTo("$Latest");
    assertThat(group.minSize()).isEqualTo(1);
    assertThat(group.desiredCapacity()).isEqualTo(1);
    assertThat(group.maxSize()).isEqualTo(10);
    assertThat(group.healthCheckTypes()).containsExactly("EC2", "ELB");
    assertThat(group.healthCheckGracePeriod()).isEqualTo(300);
    assertThat(group.metricsCollection().granularity()).isEqualTo("1Minute");
    var policy = config.policies().get(0);
    assertThat(policy.policyName()).isEqualTo("Target Tracking Policy_20211202");
    assertThat(policy.estimatedInstanceWarmup()).isEqualTo(300);
    assertThat(policy.targetTrackingConfiguration().targetValue()).isEqualTo(50.0);
    assertThat(policy.targetTrackingConfiguration().predefinedMetricSpecification().predefinedMetricType())
        .isEqualTo("ASGAverageCPUUtilization");
    assertThat(config.effectiveSimulation().instanceType()).isEqualTo("t2.nano");
  }

  @Test
  void yamlAndJsonRoundTripWithoutLoss() throws Exception {
    ScalingConfig config = ConfigReader.read(SEED);
    for (ConfigFormat format : ConfigFormat.values()) {
      String text = ConfigWriter.toString(config, format);
      assertThat(ConfigReader.parse(text, format)).as(format.name()).isEqualTo(config);
    }
    // Irregular AWS spellings survive too.
    ScalingConfig withSubnets = config.toBuilder()
        .autoScalingGroup(config.autoScalingGroup().toBuilder().vpcZoneIdentifier("subnet-a,subnet-b").build())
        .build();
    String json = ConfigWriter.toString(withSubnets, ConfigFormat.JSON);
    assertThat(json).contains("\"VPCZoneIdentifier\" : \"subnet-a,subnet-b\"").doesNotContain("null");
    assertThat(ConfigReader.parse(json, ConfigFormat.JSON)).isEqualTo(withSubnets);
  }
}
