package dev.asgsim.aws.it;

import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.aws.client.AwsSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * A moto_server on 127.0.0.1 and a free port, started and stopped (by its own process handle) by the test. Fails
 * loudly when moto_server is not installed: an integration suite that silently skips proves nothing.
 */
final class MotoServer implements AutoCloseable {
  static final String REGION = "us-east-1";
  private final Process process;
  private final int port;
  private final Path log;

  private MotoServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static MotoServer start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("moto-", ".log");
    log.toFile().deleteOnExit(); // read only when moto_server fails to start; no test run leaves one behind
    Process p;
    try {
      p = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IllegalStateException("moto_server is required for the integration tests and was not found on PATH "
          + "(pip install 'moto[server]'): " + e.getMessage(), e);
    }
    MotoServer server = new MotoServer(p, port, log);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("moto_server exited at start: " + Files.readString(log));
      }
      try {
        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/moto-api/")).GET().build(),
            HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() < 500) {
          return server;
        }
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    server.close();
    throw new IllegalStateException("moto_server did not answer on port " + port + " within 30 s");
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  int port() {
    return port;
  }

  /** Explicit region, dummy static keys, loopback endpoint, fast retries: never a default chain. */
  static AwsSettings settings(URI endpoint) {
    return AwsSettings.defaults()
        .withRegion(REGION)
        .withEndpoint(endpoint)
        .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("testkey", "testsecret")))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(30))
        .withRetryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(50)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(5), Duration.ofMillis(50)))
            .build());
  }

  AwsClients clients() {
    return AwsClients.create(settings(endpoint()));
  }

  void reset() throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint().resolve("/moto-api/reset"))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
