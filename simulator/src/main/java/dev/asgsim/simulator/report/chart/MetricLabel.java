package dev.asgsim.simulator.report.chart;

/**
 * How a chart names the group metric: as the scaling policy's configuration names it (the predefined metric type,
 * e.g. {@code ALBRequestCountPerTarget}, or the CloudWatch metric name) with its unit, and whether it is CPU (then it
 * shares the CPU % axis). Reads {@link dev.asgsim.simulator.SimulationResult#metricName()}, which is the engine's
 * {@code MetricSpec} text {@code KIND(name statistic, period s)}.
 *
 * @param name  the name to show
 * @param unit  the axis unit
 * @param cpu   whether the metric is CPU utilisation in %
 */
public record MetricLabel(String name, String unit, boolean cpu) {

  public static MetricLabel of(String metricSpec) {
    if (metricSpec == null) {
      return new MetricLabel("group metric", "", false);
    }
    int open = metricSpec.indexOf('(');
    String kind = open < 0 ? metricSpec : metricSpec.substring(0, open);
    String inner = open < 0 ? "" : metricSpec.substring(open + 1, metricSpec.length() - 1);
    String[] parts = inner.split(",", 2);
    String[] nameStat = parts[0].trim().split(" ");
    String statistic = nameStat.length > 1 ? nameStat[nameStat.length - 1] : "";
    String period = parts.length > 1 ? parts[1].trim() : "";
    String metric = nameStat.length > 1 ? parts[0].trim().substring(0, parts[0].trim().lastIndexOf(' ')) : kind;
    return switch (kind) {
      case "CPU" -> new MetricLabel("CPUUtilization (" + statistic + ", " + period + ")", "%", true);
      case "ALB_REQUEST_COUNT_PER_TARGET" -> new MetricLabel("ALBRequestCountPerTarget (" + statistic + ", "
          + period + ")", "requests per target", false);
      case "NETWORK_IN", "NETWORK_OUT" -> new MetricLabel(metric + " (" + statistic + ", " + period + ")", "bytes",
          false);
      default -> new MetricLabel(metric + " (" + statistic + ", " + period + ")", "", false);
    };
  }

  /** The axis label: the name with its unit. */
  public String axisLabel() {
    return unit.isEmpty() ? name : name + ", " + unit;
  }
}
