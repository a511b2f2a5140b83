package dev.asgsim.simulator.report;

import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.report.chart.CapacityUnit;
import dev.asgsim.simulator.report.chart.HeatMap;
import dev.asgsim.simulator.report.chart.Png;
import dev.asgsim.simulator.report.chart.RunSeries;
import dev.asgsim.simulator.report.chart.TimelineChart;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
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
    return png(r, digest, Chart::besides);
  }

  /**
   * The chart, its heat maps drawn by {@code heatMaps} (on another thread, issue 15: a year's chart is drawn after the
   * run, while the user waits) into their own part of the image while this thread draws the timeline into its part.
   * Each part is clipped to its rectangle, as JFreeChart clips every chart it draws, so neither thread touches the
   * other's pixels and the image is the same whichever finishes first.
   */
  static byte[] png(SimulationResult r, RunDigest digest, Executor heatMaps) {
    RunSeries s = digest.chartSeries();
    boolean heat = digest.desiredByHour() != null;
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT + (heat ? HEAT_HEIGHT : 0), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      FutureTask<Void> below = null;
      if (heat) {
        below = new FutureTask<>(() -> drawHeatMaps(r, digest, image), null);
        heatMaps.execute(below);
      }
      g.clip(new Rectangle(0, 0, WIDTH, HEIGHT));
      draw(g, TimelineChart.build(r, s), 0, 0, WIDTH, HEIGHT);
      if (below != null) {
        join(below);
      }
    } finally {
      g.dispose();
    }
    return Png.encode(image);
  }

  /** The two day × hour heat maps, below the timeline, drawn through a view of that part of {@code image}. */
  private static void drawHeatMaps(SimulationResult r, RunDigest digest, BufferedImage image) {
    Graphics2D g = image.getSubimage(0, HEIGHT, WIDTH, HEAT_HEIGHT).createGraphics();
    try {
      g.translate(0, -HEIGHT); // the same coordinates as drawn into the whole image
      draw(g, HeatMap.chart("desired capacity, hourly mean", CapacityUnit.of(r),
          digest.desiredByHour(), r.startEpochSecond(), new Color(0x08, 0x45, 0x94), 1), 0, HEIGHT, WIDTH / 2,
          HEAT_HEIGHT);
      draw(g, HeatMap.chart("unserved demand, hourly mean", "% of demand",
          digest.unservedByHour(), r.startEpochSecond(), new Color(0xb2, 0x18, 0x2b), 10), WIDTH / 2, HEIGHT,
          WIDTH / 2, HEAT_HEIGHT);
    } finally {
      g.dispose();
    }
  }

  /** Runs {@code task} on a thread of its own. */
  private static void besides(Runnable task) {
    Thread t = new Thread(task, "asgsim-heat-maps");
    t.setDaemon(true);
    t.start();
  }

  /** Waits for {@code task}; its failure is thrown here as it was thrown there. */
  private static void join(FutureTask<Void> task) {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing the chart", e);
    } catch (ExecutionException e) {
      throw OutputFiles.rethrow(e.getCause());
    }
  }

  /**
   * Draws and encodes, on a thread of its own and once per JVM, a small chart that nobody sees, to load and initialise
   * what every chart needs (fonts, Java2D's antialiased rendering, JFreeChart, the PNG writer): in a fresh JVM the
   * first chart costs that on top of its own drawing, about as much again. {@code simulate} calls it on an idle core
   * while it reads its inputs (issue 15), so that the year's chart at the end is drawn warm. It changes no chart's
   * bytes; a failure here is left to the real chart to report.
   */
  public static void warmUpInBackground() {
    if (WARMED.compareAndSet(false, true)) {
      Thread t = new Thread(() -> {
        try {
          warmUp();
        } catch (Throwable ignored) {
          // only a head start: the real chart does the same work and reports what goes wrong
        }
      }, "asgsim-chart-warm-up");
      t.setDaemon(true);
      t.start();
    }
  }

  private static final AtomicBoolean WARMED = new AtomicBoolean();

  static void warmUp() {
    double[][] cells = new double[2][24];
    for (int d = 0; d < cells.length; d++) {
      for (int h = 0; h < 24; h++) {
        cells[d][h] = (d * 24 + h) % 7;
      }
    }
    BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      draw(g, HeatMap.chart("warm-up", "%", cells, 0, Color.RED, 1), 0, 0, 240, 160);
      draw(g, TimelineChart.sketch(), 0, 0, 240, 160);
    } finally {
      g.dispose();
    }
    Png.encode(image);
  }

  private static void draw(Graphics2D g, JFreeChart chart, int x, int y, int w, int h) {
    chart.draw(g, new Rectangle2D.Double(x, y, w, h));
  }
}
