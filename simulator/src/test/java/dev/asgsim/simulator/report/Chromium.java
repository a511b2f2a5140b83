package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens an HTML report in headless Chromium (Debian's {@code chromium} package) and reads back what a probe script saw:
 * every page error and {@code console.error}, and for each uPlot panel its title, legend labels and how many canvas
 * pixels carry each series' colour. Absent Chromium skips the calling test, except in CI ({@code CI=true}), where
 * {@code .ci/run} installs it and its absence is a failure.
 */
public final class Chromium {
  /** Installed first in the page's head: collects errors before any of the page's scripts run. */
  private static final String CATCH = """
      <script>
      window.__errors = [];
      window.addEventListener("error", function (e) { window.__errors.push("error: " + e.message); });
      (function () {
        var ce = console.error;
        console.error = function () {
          window.__errors.push("console.error: " + Array.prototype.join.call(arguments, " "));
          ce.apply(console, arguments);
        };
      })();
      </script>
      """;
  /** Runs after the page's scripts: counts, per panel and series, the canvas pixels of the series' colour. */
  private static final String PROBE = """
      <script>
      setTimeout(function () {
        function rgb(c) {
          var m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c || "");
          return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
        }
        var panels = [];
        (window.asgsimCharts || []).forEach(function (u) {
          var el = u.root;
          var canvas = el.querySelector("canvas");
          var px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
          var labels = Array.prototype.map.call(el.querySelectorAll(".u-legend .u-series .u-label"),
              function (l) { return l.textContent; });
          var series = [];
          u.series.forEach(function (s, i) {
            var c = rgb(typeof s.stroke === "function" ? s.stroke(u, i) : s.stroke);
            if (i === 0 || !c) { return; }
            var n = 0;
            for (var p = 0; p < px.length; p += 4) {
              if (px[p + 3] > 200 && Math.abs(px[p] - c[0]) < 16 && Math.abs(px[p + 1] - c[1]) < 16
                  && Math.abs(px[p + 2] - c[2]) < 16) { n++; }
            }
            series.push({label: s.label, pixels: n, shown: s.show !== false});
          });
          var inked = 0;
          for (var q = 0; q < px.length; q += 4) { if (px[q + 3] > 0) { inked++; } }
          panels.push({title: (el.querySelector(".u-title") || {}).textContent || "", labels: labels,
              inked: inked, series: series});
        });
        var out = document.createElement("pre");
        out.id = "asgsim-probe";
        out.textContent = JSON.stringify({errors: window.__errors, panels: panels});
        document.body.appendChild(out);
      }, 200);
      </script>
      """;

  private Chromium() {}

  /** The chromium binary on PATH; skips (or fails in CI) when there is none. */
  public static Path require() {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("chromium is not installed, and CI=true requires the browser test: .ci/run installs it with "
            + "'apt-get install -y chromium'");
      }
      Assumptions.abort("chromium is not installed: the browser test is skipped (apt-get install chromium to run "
          + "it; in CI it is required)");
    }
    return found.get();
  }

  static Optional<Path> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Loads {@code html} (written to {@code dir}) with the probe and returns the probe's findings. */
  public static JsonNode probe(Path chromium, String html, Path dir) throws IOException, InterruptedException {
    String page = html.replaceFirst("<head>", "<head>\n" + CATCH.replace("$", "\\$"));
    int end = page.lastIndexOf("</body>");
    page = page.substring(0, end) + PROBE + page.substring(end);
    Path file = dir.resolve("page.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    String dom = run(chromium, dir, "--dump-dom", file.toUri().toString());
    int start = dom.indexOf("<pre id=\"asgsim-probe\">");
    if (start < 0) {
      fail("the probe did not report (the page's scripts did not finish); chromium printed:\n" + dom);
    }
    String json = dom.substring(start + "<pre id=\"asgsim-probe\">".length(), dom.indexOf("</pre>", start))
        .replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return new ObjectMapper().readTree(json);
  }

  /** Takes a screenshot of {@code html} at the given window size. */
  public static void screenshot(Path chromium, Path html, Path png, int width, int height)
      throws IOException, InterruptedException {
    run(chromium, html.getParent(), "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        html.toUri().toString());
  }

  private static String run(Path chromium, Path dir, String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err")
        .toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 180 s");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
