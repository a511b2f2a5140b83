package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.CliRun;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * moto_server on 127.0.0.1 and a free port for the CLI walkthrough, plus the AWS CLI v1 for the launch template and
 * target group (no ec2/elbv2 SDK dependency). Fails loudly when moto_server is missing.
 */
final class LocalMoto implements AutoCloseable {
  private final Process process;
  final URI endpoint;

  private LocalMoto(Process process, URI endpoint) {
    this.process = process;
    this.endpoint = endpoint;
  }

  static LocalMoto start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("moto-cli-", ".log");
    log.toFile().deleteOnExit(); // read only when moto_server fails to start; no test run leaves one behind
    Process p;
    try {
      p = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("moto_server is required by this test and was not found on PATH", e);
    }
    LocalMoto moto = new LocalMoto(p, URI.create("http://127.0.0.1:" + port));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("moto_server exited: " + Files.readString(log));
      }
      try {
        http.send(HttpRequest.newBuilder(moto.endpoint.resolve("/moto-api/")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        return moto;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    moto.close();
    throw new IllegalStateException("moto_server did not answer within 30 s");
  }

  /**
   * The context of a CLI run against this moto: explicit dummy keys (commands never reach the default credential
   * chain in tests), short timeouts, and no one to answer a confirmation.
   */
  CliContext context() {
    return CliRun.NO_AWS.withAws(settings -> AwsAutoScaling.connect(settings
        .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testkey", "testsecret")))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))));
  }

  /** asgsim ARGS --region us-east-1 --endpoint-url (this moto). */
  CliRun asgsim(String... args) {
    return asgsim(context(), args);
  }

  CliRun asgsim(CliContext context, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--region", "us-east-1", "--endpoint-url", endpoint.toString()));
    return CliRun.with(context, all.toArray(String[]::new));
  }

  /** The AWS CLI v1 against this moto, text output (handy for --query). */
  String aws(String... args) throws Exception {
    return cli("text", args);
  }

  /** The AWS CLI v1 against this moto, JSON output (what users save for --from-file). */
  String awsJson(String... args) throws Exception {
    return cli("json", args);
  }

  /** Forgets every resource (moto's reset API), so tests do not see each other's groups. */
  void reset() throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/reset"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
  }

  /**
   * The README's example in this moto: its launch template and target group created, the file moved to us-east-1
   * with the new target group's ARN.
   */
  Path seed(Path dir) throws Exception {
    aws("ec2", "create-launch-template", "--launch-template-name", "fastcampus-nginx",
        "--launch-template-data", "{\"ImageId\":\"ami-12c6146b\",\"InstanceType\":\"t2.nano\"}");
    String vpc = aws("ec2", "describe-vpcs", "--query", "Vpcs[0].VpcId");
    String tg = aws("elbv2", "create-target-group", "--name", "fastcampus-nginx-20211202", "--protocol", "HTTP",
        "--port", "80", "--vpc-id", vpc, "--query", "TargetGroups[0].TargetGroupArn");
    String seed = Files.readString(Path.of("..", "examples", "fastcampus-nginx.yaml"))
        .replace("ap-northeast-2", "us-east-1")
        .replaceAll("arn:aws:elasticloadbalancing:\\S+", tg);
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, seed);
    return file;
  }

  private String cli(String output, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint.toString(), "--region", "us-east-1",
        "--output", output));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "testkey");
    env.put("AWS_SECRET_ACCESS_KEY", "testsecret");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");  // AWS CLI v2 would page long output
    env.put("AWS_CONFIG_FILE", "/nonexistent/asgsim-test-config");
    env.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/asgsim-test-credentials");
    env.remove("AWS_PROFILE");
    Process proc = pb.start();
    String out = new String(proc.getInputStream().readAllBytes()).trim();
    String err = new String(proc.getErrorStream().readAllBytes());
    if (proc.waitFor() != 0) {
      throw new IllegalStateException("aws " + String.join(" ", args) + ": " + err);
    }
    return out;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
