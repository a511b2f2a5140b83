package dev.asgsim.simulator.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;

/** Colours, strokes and fonts shared by the PNG charts, and the step-shaped series every panel draws. */
final class Style {
  static final String FONT = "DejaVu Sans";
  static final Color DEMAND = new Color(0x44, 0x44, 0x44);
  static final Color UNSERVED = new Color(0xd6, 0x27, 0x28);
  static final Color THROTTLED = new Color(0xff, 0x9f, 0x1c);
  /** Desired is drawn widest and lightest, in service narrower and dashed, serving thinnest on top: where they
   *  coincide all three stay visible. */
  static final Color DESIRED = new Color(0x6b, 0xae, 0xd6);
  static final Color IN_SERVICE = new Color(0xff, 0x7f, 0x0e);
  static final Color SERVING = new Color(0x1b, 0x7a, 0x1b);
  static final Color BOUNDS = new Color(0x66, 0x66, 0x66);
  static final Color METRIC = new Color(0x94, 0x67, 0xbd);
  static final Color METRIC_WIDE = new Color(0x94, 0x67, 0xbd, 110);
  static final Color CPU = new Color(0x8c, 0x56, 0x4b);
  static final Color CREDITS = new Color(0x17, 0xbe, 0xcf);
  static final Color OUT = new Color(0x2c, 0xa0, 0x2c);
  static final Color IN = new Color(0xd6, 0x27, 0x28);
  static final Color SCHEDULED = new Color(0x7b, 0x3f, 0xb5);
  static final Color GRID = new Color(0xdd, 0xdd, 0xdd);
  static final Color WARM_POOL = new Color(0x1f, 0x77, 0xb4);
  static final Color HOOK_WAIT = new Color(0xe3, 0x77, 0xc2);

  private Style() {}

  /**
   * A long load spec (thousands of components) cut to what a subtitle can show: JFreeChart's line breaking is
   * quadratic in the text's length, and the full spec is in summary.json and the report.
   */
  static String clip(String text) {
    return text.length() <= SUBTITLE_CHARS ? text : text.substring(0, SUBTITLE_CHARS - 1) + "…";
  }

  private static final int SUBTITLE_CHARS = 200;

  static Font font(int style, int size) {
    return new Font(FONT, style, size);
  }

  /** Diagonal stripes of {@code c} on a clear background: a fill that stays readable over another fill. */
  static TexturePaint hatch(Color c) {
    BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = tile.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(c);
      g.setStroke(new BasicStroke(2.2f));
      g.drawLine(-1, 9, 9, -1);
      g.drawLine(-1, 1, 1, -1);
      g.drawLine(7, 9, 9, 7);
    } finally {
      g.dispose();
    }
    return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
  }

  static BasicStroke solid(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
  }

  static BasicStroke dashed(float width, float on, float off) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {on, off}, 0f);
  }

  static NumberAxis axis(String label) {
    NumberAxis a = new NumberAxis(label);
    a.setLabelFont(font(Font.PLAIN, 13));
    a.setTickLabelFont(font(Font.PLAIN, 12));
    a.setAutoRangeIncludesZero(true);
    return a;
  }

  static XYPlot plot(XYPlot p) {
    p.setBackgroundPaint(Color.WHITE);
    p.setDomainGridlinePaint(GRID);
    p.setRangeGridlinePaint(GRID);
    p.setAxisOffset(RectangleInsets.ZERO_INSETS);
    return p;
  }

  /** A dashed horizontal line with its label, e.g. a target or an alarm threshold; nothing for NaN. */
  static ValueMarker threshold(XYPlot plot, double value, String label, Color color) {
    if (Double.isNaN(value)) {
      return null;
    }
    ValueMarker m = new ValueMarker(value, color, dashed(1.5f, 6f, 6f));
    m.setLabel(label);
    m.setLabelFont(font(Font.PLAIN, 12));
    m.setLabelPaint(color);
    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    plot.addRangeMarker(m);
    return m;
  }

  /**
   * A step-shaped series: each column's mean held from its start to its end, with its minimum and maximum as the
   * interval (drawn as a band by a deviation renderer). Columns with no value are left out.
   */
  static YIntervalSeries steps(String name, Columns cols, double[] lo, double[] mean, double[] hi) {
    YIntervalSeries s = new YIntervalSeries(name, false, true);
    for (int c = 0; c < cols.count(); c++) {
      if (Double.isNaN(mean[c])) {
        continue;
      }
      s.add(cols.startMillis(c), mean[c], lo[c], hi[c]);
      s.add(cols.startMillis(c + 1), mean[c], lo[c], hi[c]);
    }
    return s;
  }

  static YIntervalSeries steps(String name, Columns cols, Columns.Band b) {
    return steps(name, cols, b.lo(), b.mean(), b.hi());
  }

  static YIntervalSeries steps(String name, Columns cols, int[] values) {
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = values[i];
    }
    return steps(name, cols, v, v, v);
  }
}
