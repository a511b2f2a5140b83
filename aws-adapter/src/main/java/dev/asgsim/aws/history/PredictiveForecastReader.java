package dev.asgsim.aws.history;

import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.client.AwsCalls;
import dev.asgsim.aws.mapping.ToConfig;
import dev.asgsim.core.forecast.ForecastJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.CapacityForecast;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastResponse;
import software.amazon.awssdk.services.autoscaling.model.LoadForecast;
import software.amazon.awssdk.services.autoscaling.model.ScalingPolicy;

/**
 * A live group's predictive forecast (GetPredictiveScalingForecast, aws-behaviour §5.2), saved in the JSON shape the AWS CLI
 * prints ({@link ForecastJson}), which {@code asgsim simulate --forecast FILE} reads back: AWS's forecast beside the
 * run's actual load.
 */
public final class PredictiveForecastReader {
  /** [D] aws-behaviour §5.2: GetPredictiveScalingForecast's query window is at most 30 days. */
  public static final Duration MAX_WINDOW = Duration.ofDays(30);

  private final AutoScalingClient autoScaling;

  public PredictiveForecastReader(AutoScalingClient autoScaling) {
    this.autoScaling = autoScaling;
  }

  /**
   * What was fetched.
   *
   * @param policy the predictive policy whose forecast this is
   * @param json   the forecast in the AWS CLI's shape
   * @param hours  the hours of load forecast (of the first metric specification)
   */
  public record Result(String policy, String json, int hours) {}

  /**
   * The forecast of {@code policy} (null: the group's only predictive policy) for [start, end).
   *
   * @throws IllegalArgumentException when the window is empty or longer than {@link #MAX_WINDOW}, before any call
   * @throws AwsCallException         when a call is refused, or the group has no (or several) predictive policies
   */
  public Result read(String group, String policy, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the forecast window is empty (" + start + " to " + end + ")");
    }
    if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
      throw new IllegalArgumentException("GetPredictiveScalingForecast covers at most 30 days (aws-behaviour §5.2); "
          + "the period asked is " + Duration.between(start, end).toDays() + " days: ask for 30 days or less");
    }
    String name = policy != null ? policy : onlyPredictivePolicy(group);
    GetPredictiveScalingForecastResponse r = AwsCalls.call("autoscaling:GetPredictiveScalingForecast",
        () -> autoScaling.getPredictiveScalingForecast(b -> b.autoScalingGroupName(group).policyName(name)
            .startTime(start).endTime(end)));
    List<ForecastJson.Load> loads = new ArrayList<>();
    for (LoadForecast lf : r.loadForecast()) {
      loads.add(new ForecastJson.Load(new ForecastJson.Series(lf.timestamps(), lf.values()),
          lf.metricSpecification() == null ? null : ToConfig.metricSpecification(lf.metricSpecification())));
    }
    CapacityForecast cf = r.capacityForecast();
    ForecastJson.Series capacity = cf == null ? new ForecastJson.Series(List.of(), List.of())
        : new ForecastJson.Series(cf.timestamps(), cf.values());
    int hours = loads.isEmpty() ? 0 : loads.get(0).series().timestamps().size();
    return new Result(name, ForecastJson.render(loads, capacity, r.updateTime()), hours);
  }

  private String onlyPredictivePolicy(String group) {
    List<String> names = AwsCalls.call("autoscaling:DescribePolicies", () -> autoScaling.describePoliciesPaginator(
        b -> b.autoScalingGroupName(group).policyTypes("PredictiveScaling")).scalingPolicies().stream()
        .filter(p -> "PredictiveScaling".equals(p.policyType())).map(ScalingPolicy::policyName).sorted().toList());
    if (names.isEmpty()) {
      throw new AwsCallException("autoscaling:DescribePolicies", "NoPredictivePolicy", "group " + group
          + " has no predictive scaling policy, so AWS has no forecast for it: check the group name, --region and "
          + "--profile, or add a PredictiveScaling policy (ForecastOnly forecasts without scaling)", null);
    }
    if (names.size() > 1) {
      throw new AwsCallException("autoscaling:DescribePolicies", "SeveralPredictivePolicies", "group " + group
          + " has " + names.size() + " predictive scaling policies (" + String.join(", ", names)
          + "): name one with --predictive-policy", null);
    }
    return names.get(0);
  }
}
