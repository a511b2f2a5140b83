package dev.asgsim.simulator.report.chart;

import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The chart's panel of lifecycle states beside the group: instances in the warm pool (aws-behaviour §7.6) and instances
 * held in Pending:Wait / Terminating:Wait by lifecycle hooks (aws-behaviour §6.5), Spot instances EC2 interrupted and
 * replacements Capacity Rebalancing launched (aws-behaviour §7.7). Drawn only when the group has them.
 */
final class LifecyclePanel {
  /**
   * Its share of the chart's height (the capacity panel has 5): up to four series of small counts, and a label that
   * must fit beside them without reaching the decision strip's.
   */
  static final int WEIGHT = 2;

  private LifecyclePanel() {}

  static XYPlot plot(RunSeries s) {
    YIntervalSeriesCollection data = new YIntervalSeriesCollection();
    DeviationRenderer paint = new DeviationRenderer(true, false);
    paint.setAlpha(0.2f);
    if (s.warmPool != null) {
      data.addSeries(Style.steps("warm pool", s.cols, s.warmPool));
      paint.setSeriesPaint(data.getSeriesCount() - 1, Style.WARM_POOL);
      paint.setSeriesFillPaint(data.getSeriesCount() - 1, Style.WARM_POOL);
      paint.setSeriesStroke(data.getSeriesCount() - 1, Style.solid(1.8f));
    }
    if (s.hookWait != null) {
      data.addSeries(Style.steps("waiting in lifecycle hooks", s.cols, s.hookWait));
      paint.setSeriesPaint(data.getSeriesCount() - 1, Style.HOOK_WAIT);
      paint.setSeriesFillPaint(data.getSeriesCount() - 1, Style.HOOK_WAIT);
      paint.setSeriesStroke(data.getSeriesCount() - 1, Style.solid(1.8f));
    }
    if (s.spotInterrupted != null) {
      data.addSeries(Style.steps("Spot instances interrupted", s.cols, s.spotInterrupted));
      paint.setSeriesPaint(data.getSeriesCount() - 1, Style.UNSERVED);
      paint.setSeriesFillPaint(data.getSeriesCount() - 1, Style.UNSERVED);
      paint.setSeriesStroke(data.getSeriesCount() - 1, Style.solid(1.8f));
      data.addSeries(Style.steps("Capacity Rebalancing launches", s.cols, s.rebalanceLaunches));
      paint.setSeriesPaint(data.getSeriesCount() - 1, Style.WARM_POOL);
      paint.setSeriesFillPaint(data.getSeriesCount() - 1, Style.WARM_POOL);
      paint.setSeriesStroke(data.getSeriesCount() - 1, Style.solid(1.8f));
    }
    boolean lifecycle = s.warmPool != null || s.hookWait != null;
    NumberAxis axis = Style.axis(s.spotInterrupted == null ? "pool / hooks" : lifecycle ? "pool / hooks / Spot" : "Spot");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    return Style.plot(new XYPlot(data, null, axis, paint));
  }
}
