package dev.asgsim.simulator.report.chart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The embedded uPlot library (vendored unmodified under {@code resources/dev/asgsim/simulator/report/uplot}; version
 * and source in VERSION.txt there) and the page scripts that use it, inlined into the HTML reports so they work
 * offline.
 */
public final class Uplot {
  private static final String JS = resource("uplot/uPlot.iife.min.js");
  private static final String CSS = resource("uplot/uPlot.min.css");

  private Uplot() {}

  /** The {@code <style>} and {@code <script>} of the library, for a page's head. */
  public static String library() {
    return "<style>\n" + CSS + "\n</style>\n<script>\n" + JS.replace("</script", "<\\/script") + "\n</script>\n";
  }

  /**
   * A page script ({@code resources/dev/asgsim/simulator/report/NAME}) with its JSON data: the data goes into a
   * {@code <script type="application/json" id="ID">} the script reads.
   */
  public static String page(String script, String dataId, String json) {
    return "<script type=\"application/json\" id=\"" + dataId + "\">" + json.replace("</", "<\\/") + "</script>\n"
        + "<script>\n" + resource(script) + "\n</script>\n";
  }

  /** A further page script ({@code resources/dev/asgsim/simulator/report/NAME}) reading the data already on the page. */
  public static String script(String script) {
    return "<script>\n" + resource(script) + "\n</script>\n";
  }

  static String resource(String name) {
    try (InputStream in = Uplot.class.getResourceAsStream("/dev/asgsim/simulator/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " (the build packs src/main/resources)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
