package dev.asgsim.aws.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A loopback HTTP proxy in front of moto that answers chosen Auto Scaling (query protocol) calls itself with an
 * error, the way AWS does, instead of forwarding them. Everything else passes through unchanged.
 */
final class FaultProxy implements AutoCloseable {
  /** An injected reply. */
  record Fault(int status, String code, String message) {
    static final Fault THROTTLING = new Fault(400, "Throttling", "Rate exceeded");
    static final Fault INTERNAL = new Fault(500, "InternalFailure", "injected server error");
    static final Fault ACCESS_DENIED = new Fault(403, "AccessDenied", "injected: not authorized");
  }

  private static final Set<String> HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");

  private final HttpServer server;
  private final URI target;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger injected = new AtomicInteger();
  private volatile IntFunction<Fault> rule = n -> null;

  FaultProxy(URI target) throws IOException {
    this.target = target;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** From now on, the n-th Auto Scaling request (counted from 1 after this call) gets {@code rule.apply(n)}. */
  void rule(IntFunction<Fault> rule) {
    calls.set(0);
    this.rule = rule;
  }

  int injected() {
    return injected.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body = ex.getRequestBody().readAllBytes();
      String type = ex.getRequestHeaders().getFirst("Content-Type");
      boolean query = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
      Fault fault = query ? rule.apply(calls.incrementAndGet()) : null;
      if (fault != null) {
        injected.incrementAndGet();
        byte[] xml = ("<ErrorResponse xmlns=\"http://autoscaling.amazonaws.com/doc/2011-01-01/\"><Error>"
            + "<Type>" + (fault.status() >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + fault.code()
            + "</Code><Message>" + fault.message() + "</Message></Error><RequestId>injected</RequestId>"
            + "</ErrorResponse>").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/xml");
        ex.sendResponseHeaders(fault.status(), xml.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(xml);
        }
        return;
      }
      HttpRequest.Builder req = HttpRequest.newBuilder(target.resolve(ex.getRequestURI().toString()))
          .method(ex.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
      ex.getRequestHeaders().forEach((name, values) -> {
        if (!HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> req.header(name, v));
        }
      });
      HttpResponse<byte[]> resp = http.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
      resp.headers().map().forEach((name, values) -> {
        if (!HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
          ex.getResponseHeaders().put(name, List.copyOf(values));
        }
      });
      byte[] out = resp.body();
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

  @Override
  public void close() {
    server.stop(0);
  }
}
