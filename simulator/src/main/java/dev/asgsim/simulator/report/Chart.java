package dev.asgsim.simulator.report;

import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.report.chart.HeatMap;
import dev.asgsim.simulator.report.chart.Png;
import dev.asgsim.simulator.report.chart.RunSeries;
import dev.asgsim.simulator.report.chart.TimelineChart;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/**
 * {@code chart.png}: the timeline chart ({@link TimelineChart}: capacity against demand with unserved and throttled
 * capacity shaded, the metric, CPU, credits and a strip of scaling decisions, aggregated per pixel column), and for runs
 * of a week or more two day × hour heat maps below it (desired capacity, and unserved demand).
 */
public final class Chart {
  public static final int WIDTH = 1400;
  public static final int HEIGHT = 1000;
  static final int HEAT_HEIGHT = 400;

  private Chart() {}

  /** The chart of a result that kept its timeline. */
  public static byte[] png(SimulationResult r) {
    return png(r, RunDigest.of(r));
  }

  public static byte[] png(SimulationResult r, RunDigest digest) {
    RunSeries s = digest.chartSeries();
    boolean heat = digest.desiredByHour() != null;
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT + (heat ? HEAT_HEIGHT : 0), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      draw(g, TimelineChart.build(r, s), 0, 0, WIDTH, HEIGHT);
      if (heat) {
        draw(g, HeatMap.chart("desired capacity, hourly mean", "instances",
            digest.desiredByHour(), r.startEpochSecond(), new Color(0x08, 0x45, 0x94), 1), 0, HEIGHT, WIDTH / 2,
            HEAT_HEIGHT);
        draw(g, HeatMap.chart("unserved demand, hourly mean", "% of demand",
            digest.unservedByHour(), r.startEpochSecond(), new Color(0xb2, 0x18, 0x2b), 10), WIDTH / 2, HEIGHT,
            WIDTH / 2, HEAT_HEIGHT);
      }
    } finally {
      g.dispose();
    }
    byte[] out = Png.encode(image);
    return out;
  }

  private static void draw(Graphics2D g, JFreeChart chart, int x, int y, int w, int h) {
    chart.draw(g, new Rectangle2D.Double(x, y, w, h));
  }
}
