package dev.asgsim.aws.stub;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.DescribeAutoScalingGroupsRequest;
import software.amazon.awssdk.services.autoscaling.model.DescribeAutoScalingGroupsResponse;
import software.amazon.awssdk.services.autoscaling.model.DescribePoliciesRequest;
import software.amazon.awssdk.services.autoscaling.model.DescribePoliciesResponse;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastRequest;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastResponse;
import software.amazon.awssdk.services.autoscaling.model.PutScalingPolicyRequest;
import software.amazon.awssdk.services.autoscaling.model.PutScalingPolicyResponse;
import software.amazon.awssdk.services.autoscaling.model.ScalingPolicy;

/**
 * An Auto Scaling client that records requests and answers from fields, for the paths moto cannot show (it returns
 * no PolicyARN, creates no target tracking alarms and does not implement GetPredictiveScalingForecast). Unstubbed
 * operations throw, so an unexpected call fails.
 */
public class StubAutoScaling implements AutoScalingClient {
  public final List<Object> requests = new ArrayList<>();
  public PutScalingPolicyResponse putPolicyReply = PutScalingPolicyResponse.builder().build();
  public List<ScalingPolicy> policies = List.of();
  /** The reply to GetPredictiveScalingForecast, or the refusal it throws when {@link #forecastRefusal} is set. */
  public GetPredictiveScalingForecastResponse forecastReply = GetPredictiveScalingForecastResponse.builder().build();
  public RuntimeException forecastRefusal;

  @Override
  public GetPredictiveScalingForecastResponse getPredictiveScalingForecast(GetPredictiveScalingForecastRequest r) {
    requests.add(r);
    if (forecastRefusal != null) {
      throw forecastRefusal;
    }
    return forecastReply;
  }

  @Override
  public PutScalingPolicyResponse putScalingPolicy(PutScalingPolicyRequest r) {
    requests.add(r);
    return putPolicyReply;
  }

  @Override
  public DescribePoliciesResponse describePolicies(DescribePoliciesRequest r) {
    requests.add(r);
    return DescribePoliciesResponse.builder().scalingPolicies(policies).build();
  }

  @Override
  public DescribeAutoScalingGroupsResponse describeAutoScalingGroups(DescribeAutoScalingGroupsRequest r) {
    requests.add(r);
    return DescribeAutoScalingGroupsResponse.builder().build();
  }

  @Override
  public String serviceName() {
    return "autoscaling";
  }

  @Override
  public void close() {}
}
