package dev.asgsim.simulator.report.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A day × hour-of-day heat map of one per-minute quantity (hourly means, UTC): the pattern of a run of weeks or a year
 * at a glance — when in the day the group is large, and which days and hours went short.
 */
public final class HeatMap {
  /** Runs at least this long get heat maps (a week: every hour of the day seen seven times). */
  public static final int MIN_MINUTES = 7 * 1440;
  private static final long DAY_MS = 86_400_000L;

  private HeatMap() {}

  /**
   * Hourly means ({@code [day][hour]}, days counted from the UTC day the run starts on; NaN where empty) fed minute by
   * minute as a run streams: a year costs 365 × 24 cells whatever else it records.
   */
  public static final class Hourly {
    private final long firstDay;
    private final double[][] sum;
    private final int[][] n;

    public Hourly(long startEpochSecond, int minutes) {
      firstDay = Math.floorDiv(startEpochSecond, 86_400L);
      int days = (int) (Math.floorDiv(startEpochSecond + 60L * (minutes - 1), 86_400L) - firstDay + 1);
      sum = new double[days][24];
      n = new int[days][24];
    }

    /** The value of the minute starting at {@code epochSecond} (NaN adds nothing). */
    public void add(long epochSecond, double v) {
      if (!Double.isNaN(v)) {
        int d;
        int h;
        long s = epochSecond - firstDay * 86_400L;
        if (s >= 0 && s <= Integer.MAX_VALUE) { // int division: the quick compiler calls the runtime for each long one
          d = (int) s / 86_400;
          h = (int) s % 86_400 / 3600;
        } else {
          d = (int) (Math.floorDiv(epochSecond, 86_400L) - firstDay);
          h = (int) (Math.floorMod(epochSecond, 86_400L) / 3600);
        }
        sum[d][h] += v;
        n[d][h]++;
      }
    }

    /** {@code [day][hour]} means; NaN where empty. */
    public double[][] means() {
      double[][] mean = new double[sum.length][24];
      for (int d = 0; d < sum.length; d++) {
        for (int h = 0; h < 24; h++) {
          mean[d][h] = n[d][h] == 0 ? Double.NaN : sum[d][h] / n[d][h];
        }
      }
      return mean;
    }
  }

  /**
   * The heat map of {@code cells} (from {@link Hourly#means}) for a run starting at {@code startEpochSecond}; the colour
   * scale runs from 0 to the largest cell, or to {@code minUpper} if that is larger (so that a trace of 0.01 % does not
   * look like a disaster).
   */
  public static JFreeChart chart(String title, String unit, double[][] cells, long startEpochSecond, Color high,
      double minUpper) {
    long firstDayMs = Math.floorDiv(startEpochSecond, 86_400L) * DAY_MS;
    int count = 0;
    double max = 0;
    for (double[] day : cells) {
      for (double v : day) {
        if (!Double.isNaN(v)) {
          count++;
          max = Math.max(max, v);
        }
      }
    }
    double[][] xyz = new double[3][count];
    int i = 0;
    for (int d = 0; d < cells.length; d++) {
      for (int h = 0; h < 24; h++) {
        if (!Double.isNaN(cells[d][h])) {
          xyz[0][i] = firstDayMs + d * DAY_MS;
          xyz[1][i] = h;
          xyz[2][i] = cells[d][h];
          i++;
        }
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries(title, xyz);
    XYBlockRenderer blocks = new XYBlockRenderer();
    blocks.setBlockWidth(DAY_MS);
    blocks.setBlockHeight(1);
    blocks.setBlockAnchor(RectangleAnchor.BOTTOM_LEFT);
    Gradient scale = new Gradient(Math.max(max, minUpper), high);
    blocks.setPaintScale(scale);
    DateAxis days = new DateAxis("day (UTC)", TimeZone.getTimeZone("UTC"), Locale.ROOT);
    days.setLabelFont(Style.font(Font.PLAIN, 12));
    days.setTickLabelFont(Style.font(Font.PLAIN, 11));
    days.setRange(firstDayMs, firstDayMs + cells.length * DAY_MS);
    NumberAxis hours = Style.axis("hour of day (UTC)");
    hours.setRange(0, 24);
    hours.setTickUnit(new NumberTickUnit(3));
    XYPlot p = new XYPlot(data, days, hours, blocks);
    p.setBackgroundPaint(new Color(0xf4, 0xf4, 0xf4));
    p.setDomainGridlinesVisible(false);
    p.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(title, Style.font(Font.BOLD, 14), p, false);
    NumberAxis legendAxis = Style.axis(unit);
    legendAxis.setRange(0, scale.getUpperBound());
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(14);
    legend.setMargin(4, 8, 4, 4);
    chart.addSubtitle(legend);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** White (zero) to {@code high} (the largest cell), linear. */
  private record Gradient(double upper, Color high) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return upper;
    }

    @Override
    public Paint getPaint(double value) {
      double f = Math.max(0, Math.min(1, value / upper));
      return new Color(mix(255, high.getRed(), f), mix(255, high.getGreen(), f), mix(255, high.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
      return (int) Math.round(a + (b - a) * f);
    }
  }
}
