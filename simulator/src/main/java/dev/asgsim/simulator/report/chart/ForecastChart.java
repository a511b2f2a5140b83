package dev.asgsim.simulator.report.chart;

import dev.asgsim.simulator.predictive.ForecastHour;
import dev.asgsim.simulator.predictive.PolicyForecast;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A predictive policy's forecast against the run, hour by hour (aws-behaviour §5.2, what AWS's console graphs for
 * ForecastOnly): the load forecast over the observed load, and the capacity forecast over the capacity the policies
 * produced. Hours without a forecast (the first day for the built-in forecaster) are gaps.
 */
public final class ForecastChart {
  public static final int WIDTH = 1400;
  public static final int HEIGHT = 560;
  private static final Color ACTUAL = new Color(0x33, 0x33, 0x33);
  private static final Color FORECAST = new Color(0xd9, 0x5f, 0x02);

  private ForecastChart() {}

  public static byte[] png(PolicyForecast f) {
    XYSeries load = new XYSeries("load (observed)", true, false);
    XYSeries loadForecast = new XYSeries("load forecast", true, false);
    XYSeries capacity = new XYSeries("capacity (mean desired)", true, false);
    XYSeries capacityForecast = new XYSeries("capacity forecast", true, false);
    for (ForecastHour h : f.hours()) {
      double x = h.hourStart() * 1000.0;
      load.add(x, Double.isNaN(h.load()) ? null : h.load());
      loadForecast.add(x, h.hasForecast() ? h.loadForecast() : null);
      capacity.add(x, h.capacity());
      capacityForecast.add(x, h.hasForecast() ? (Number) h.capacityForecast() : null);
    }
    DateAxis time = new DateAxis("time (UTC)");
    time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.add(panel("load (hourly)", load, loadForecast), 1);
    plot.add(panel("instances", capacity, capacityForecast), 1);
    JFreeChart chart = new JFreeChart("predictive policy " + f.policy() + " (" + f.mode() + ", " + f.forecaster()
        + ")", new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    byte[] out = Png.encode(image);
    return out;
  }

  private static XYPlot panel(String axis, XYSeries actual, XYSeries forecast) {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(actual);
    data.addSeries(forecast);
    XYStepRenderer r = new XYStepRenderer();
    r.setSeriesPaint(0, ACTUAL);
    r.setSeriesPaint(1, FORECAST);
    r.setSeriesStroke(0, new BasicStroke(1.6f));
    r.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {6f, 4f}, 0f));
    XYPlot p = new XYPlot(data, null, new NumberAxis(axis), r);
    p.setBackgroundPaint(Color.WHITE);
    p.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    return p;
  }
}
