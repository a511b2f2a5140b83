package dev.asgsim.aws.stub;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DescribeAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricAlarmResponse;

/** A CloudWatch client answering DescribeAlarms and GetMetricData from fields (pages served in order). */
public class StubCloudWatch implements CloudWatchClient {
  public final List<Object> requests = new ArrayList<>();
  public List<MetricAlarm> alarms = List.of();
  public List<GetMetricDataResponse> pages = List.of();

  @Override
  public DescribeAlarmsResponse describeAlarms(DescribeAlarmsRequest r) {
    requests.add(r);
    return DescribeAlarmsResponse.builder()
        .metricAlarms(alarms.stream().filter(a -> r.alarmNames().contains(a.alarmName())).toList()).build();
  }

  @Override
  public PutMetricAlarmResponse putMetricAlarm(PutMetricAlarmRequest r) {
    requests.add(r);
    return PutMetricAlarmResponse.builder().build();
  }

  @Override
  public GetMetricDataResponse getMetricData(GetMetricDataRequest r) {
    requests.add(r);
    int page = r.nextToken() == null ? 0 : Integer.parseInt(r.nextToken());
    return pages.get(page);
  }

  @Override
  public String serviceName() {
    return "monitoring";
  }

  @Override
  public void close() {}
}
