package dev.asgsim.core.policy;

/** What a metric the engine needs measures; the simulator computes one value per period for each. */
public enum MetricKind {
  /** {@code ASGAverageCPUUtilization}: AWS/EC2 CPUUtilization, Average over warm InService instances (§1.2, §2.2). */
  CPU,
  /** {@code ASGAverageNetworkIn}: bytes received per instance per period, Average. */
  NETWORK_IN,
  /** {@code ASGAverageNetworkOut}: bytes sent per instance per period, Average. */
  NETWORK_OUT,
  /** {@code ALBRequestCountPerTarget}: requests per healthy target per period, Sum (§1.2). */
  ALB_REQUEST_COUNT_PER_TARGET,
  /** Any other metric, named by {@link MetricSpec#name()} ({@code Namespace/MetricName} or a math expression). */
  CUSTOM;

  /**
   * Whether EC2 publishes this metric, so that basic monitoring puts it on 5-minute periods (aws-behaviour §8.1 [D]). Load
   * balancer metrics are not EC2's: "RequestCountPerTarget" is published every 60 s whatever the instances'
   * monitoring (aws-behaviour §1.9 [D]).
   */
  public boolean publishedByEc2() {
    return this == CPU || this == NETWORK_IN || this == NETWORK_OUT;
  }
}
