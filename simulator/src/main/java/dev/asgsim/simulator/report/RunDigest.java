package dev.asgsim.simulator.report;

import dev.asgsim.simulator.Activity;
import dev.asgsim.simulator.NotScaled;
import dev.asgsim.simulator.RecordSink;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.Timeline;
import dev.asgsim.simulator.report.chart.HeatMap;
import dev.asgsim.simulator.report.chart.InteractiveChart;
import dev.asgsim.simulator.report.chart.RunSeries;
import dev.asgsim.simulator.report.chart.TimelineChart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What chart.png, report.html and summary.json need of a run's timeline and activities, taken in as they stream: the
 * series per pixel column at the chart's and the page's widths, the hourly heat maps, the newest activities and how many
 * there were, the not-scaled records per reason and the longest of them ({@link WhyTable.Digest}). Its size depends on
 * those widths, not on the run's length.
 */
public final class RunDigest implements RecordSink {
  private final RunSeries.Builder chart;
  private final RunSeries.Builder page;
  private final HeatMap.Hourly desired;
  private final HeatMap.Hourly unserved;
  private final ArrayDeque<Activity> newest = new ArrayDeque<>();
  private int activities;
  private final WhyTable.Digest why = new WhyTable.Digest();
  private RunSeries chartSeries;
  private RunSeries pageSeries;

  public RunDigest(int minutes, long startEpochSecond) {
    chart = new RunSeries.Builder(minutes, startEpochSecond, TimelineChart.COLUMNS);
    page = new RunSeries.Builder(minutes, startEpochSecond, InteractiveChart.COLUMNS);
    boolean heat = minutes >= HeatMap.MIN_MINUTES;
    desired = heat ? new HeatMap.Hourly(startEpochSecond, minutes) : null;
    unserved = heat ? new HeatMap.Hourly(startEpochSecond, minutes) : null;
  }

  /** The digest of a result that kept its timeline and activities. */
  public static RunDigest of(SimulationResult r) {
    Timeline t = r.timeline().orElseThrow(() -> new IllegalArgumentException("the run recorded no timeline"));
    RunDigest d = new RunDigest(t.minutes(), t.startEpochSecond());
    for (int m = 0; m < t.minutes(); m++) {
      d.timelineRow(t, m);
    }
    r.activities().forEach(d::activity);
    r.notScaled().forEach(d::notScaled);
    return d.finish(r);
  }

  @Override
  public void timelineRow(Timeline t, int m) {
    chart.row(t, m);
    page.row(t, m);
    if (desired != null) {
      desired.add(t.time(m), t.desired(m));
      unserved.add(t.time(m), t.demand(m) <= 0 ? 0 : 100.0 * t.unserved(m) / t.demand(m));
    }
  }

  @Override
  public void activity(Activity a) {
    activities++;
    newest.addLast(a);
    if (newest.size() > HtmlReport.MAX_ACTIVITY_ROWS) {
      newest.removeFirst();
    }
  }

  @Override
  public void notScaled(NotScaled n) {
    why.add(n);
  }

  /** Counts the run's decisions into the series; call once, after the run. */
  public RunDigest finish(SimulationResult r) {
    chartSeries = chart.build(r.decisions());
    pageSeries = page.build(r.decisions());
    return this;
  }

  /** At {@link TimelineChart#COLUMNS}, for chart.png. */
  public RunSeries chartSeries() {
    return chartSeries;
  }

  /** At {@link InteractiveChart#COLUMNS}, for report.html's interactive chart. */
  public RunSeries pageSeries() {
    return pageSeries;
  }

  /** Hourly means of desired capacity ({@code [day][hour]}), or null for a run shorter than a week. */
  public double[][] desiredByHour() {
    return desired == null ? null : desired.means();
  }

  /** Hourly means of unserved demand in % of demand, or null for a run shorter than a week. */
  public double[][] unservedByHour() {
    return unserved == null ? null : unserved.means();
  }

  /** The newest {@link HtmlReport#MAX_ACTIVITY_ROWS} activities, oldest first. */
  public List<Activity> newestActivities() {
    return new ArrayList<>(newest);
  }

  public int activityCount() {
    return activities;
  }

  /** The not-scaled records as report.html's "Why didn't it scale?" needs them. */
  WhyTable.Digest why() {
    return why;
  }
}
