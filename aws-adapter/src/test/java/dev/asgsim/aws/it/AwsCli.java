package dev.asgsim.aws.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The preinstalled AWS CLI v1, pointed at moto with dummy keys and no user config, for ec2/elbv2 set-up. */
final class AwsCli {
  private final URI endpoint;

  AwsCli(URI endpoint) {
    this.endpoint = endpoint;
  }

  JsonNode run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint.toString(), "--region",
        MotoServer.REGION, "--output", "json"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(false);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "testkey");
    env.put("AWS_SECRET_ACCESS_KEY", "testsecret");
    env.put("AWS_DEFAULT_REGION", MotoServer.REGION);
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");  // AWS CLI v2 would page long output
    env.put("AWS_CONFIG_FILE", "/nonexistent/asgsim-test-config");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/asgsim-test-credentials");
    env.remove("AWS_PROFILE");
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("aws " + String.join(" ", args) + " failed: " + new String(err));
    }
    return out.length == 0 ? null : new ObjectMapper().readTree(out);
  }

  /** The seed's launch template and target group, as moto names them; returns the target group ARN. */
  String createSeedResources() throws Exception {
    run("ec2", "create-launch-template", "--launch-template-name", "fastcampus-nginx",
        "--launch-template-data", "{\"ImageId\":\"ami-12c6146b\",\"InstanceType\":\"t2.nano\"}");
    String vpc = run("ec2", "describe-vpcs").path("Vpcs").path(0).path("VpcId").asText();
    return run("elbv2", "create-target-group", "--name", "fastcampus-nginx-20211202", "--protocol", "HTTP",
        "--port", "80", "--vpc-id", vpc).path("TargetGroups").path(0).path("TargetGroupArn").asText();
  }
}
