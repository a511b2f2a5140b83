package dev.asgsim.aws.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonGenerator;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.dataformat.cbor.CBORFactory;

/**
 * moto_server 5.2 answers CloudWatch in AWS JSON 1.0 (what botocore sends) but not in Smithy RPC v2 CBOR, the only
 * protocol SDK for Java 2.57 speaks for CloudWatch. This loopback bridge re-encodes each call's body CBOR -> JSON
 * and the reply JSON -> CBOR, so the real SDK client can be tested against moto's real GetMetricData. The SDK still
 * builds every request; the bridge changes only the encoding of the same document. Every other call (Auto Scaling,
 * EC2, STS) passes through unchanged, so a whole CLI command can be pointed at the bridge's endpoint (the cli ITs use
 * it through this module's test-jar).
 */
public final class CborJsonBridge implements AutoCloseable {
  /** Headers java.net.http sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
  private static final String OPERATION_PATH = "/service/GraniteServiceVersion20100801/operation/";
  private final HttpServer server;
  private final URI target;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final JsonFactory json = new JsonFactory();
  private final CBORFactory cbor = new CBORFactory();

  public CborJsonBridge(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      if (!path.startsWith(OPERATION_PATH)) {
        passThrough(ex);
        return;
      }
      String operation = path.substring(OPERATION_PATH.length());
      byte[] body = ex.getRequestBody().readAllBytes();
      HttpRequest.Builder req = HttpRequest.newBuilder(target.resolve("/"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.length == 0 ? "{}".getBytes() : recode(cbor, json, body)))
          .header("Content-Type", "application/x-amz-json-1.0")
          .header("X-Amz-Target", "GraniteServiceVersion20100801." + operation)
          .header("x-amzn-query-mode", "true");
      String auth = ex.getRequestHeaders().getFirst("Authorization");
      if (auth != null) {
        req.header("Authorization", auth);   // moto reads the service and region from the credential scope
      }
      HttpResponse<byte[]> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
      byte[] out = resp.body().length == 0 ? new byte[0] : recode(json, cbor, resp.body());
      ex.getResponseHeaders().set("Content-Type", "application/cbor");
      ex.getResponseHeaders().set("smithy-protocol", "rpc-v2-cbor");
      ex.sendResponseHeaders(resp.statusCode(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream o = ex.getResponseBody()) {
          o.write(out);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Forwards a call in another protocol to moto as it came, and its reply back as it went. */
  private void passThrough(HttpExchange ex) throws IOException, InterruptedException {
    byte[] body = ex.getRequestBody().readAllBytes();
    HttpRequest.Builder req = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().getRawPath()
            + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery())))
        .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
    ex.getRequestHeaders().forEach((name, values) -> {
      if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(v -> req.header(name, v));
      }
    });
    HttpResponse<byte[]> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    resp.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
    byte[] out = resp.body();
    ex.sendResponseHeaders(resp.statusCode(), out.length == 0 ? -1 : out.length);
    if (out.length > 0) {
      try (OutputStream o = ex.getResponseBody()) {
        o.write(out);
      }
    }
  }

  private static byte[] recode(JsonFactory from, JsonFactory to, byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonParser p = from.createParser(in); JsonGenerator g = to.createGenerator(out)) {
      if (p.nextToken() != null) {
        g.copyCurrentStructure(p);
      }
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
