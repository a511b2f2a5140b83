package dev.asgsim.aws.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.stub.StubCloudWatch;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/** GetMetricData through a stubbed client (moto_server cannot answer the SDK's CBOR protocol for CloudWatch). */
class MetricHistoryTest {
  private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
  private final StubCloudWatch cloudWatch = new StubCloudWatch();

  private static Instant t(int minute) {
    return T0.plusSeconds(60L * minute);
  }

  private static MetricDataResult result(String id, List<Instant> ts, List<Double> values) {
    return MetricDataResult.builder().id(id).timestamps(ts).values(values).build();
  }

  @Test
  @DisplayName("every page is read and the trace is in time order; the request is the default CPU query")
  void paginatesAndSorts() {
    cloudWatch.pages = List.of(
        GetMetricDataResponse.builder().nextToken("1")
            .metricDataResults(result("m", List.of(t(2), t(0)), List.of(30.0, 10.0))).build(),
        GetMetricDataResponse.builder()
            .metricDataResults(result("m", List.of(t(1)), List.of(20.0))).build());
    var trace = new MetricHistory(cloudWatch).read(HistoryRequest.cpu("web", T0, t(3)));
    assertThat(trace.samples()).containsExactly(new Sample(t(0), 10.0), new Sample(t(1), 20.0), new Sample(t(2), 30.0));
    GetMetricDataRequest first = (GetMetricDataRequest) cloudWatch.requests.get(0);
    var stat = first.metricDataQueries().get(0).metricStat();
    assertThat(stat.metric().namespace()).isEqualTo("AWS/EC2");
    assertThat(stat.metric().metricName()).isEqualTo("CPUUtilization");
    assertThat(stat.metric().dimensions().get(0).name()).isEqualTo("AutoScalingGroupName");
    assertThat(stat.metric().dimensions().get(0).value()).isEqualTo("web");
    assertThat(stat.stat()).isEqualTo("Average");
    assertThat(stat.period()).isEqualTo(60);
    assertThat(cloudWatch.requests).hasSize(2);
  }

  @Test
  @DisplayName("§8.3 --demand: value = CPU x GroupInServiceInstances at the same minute; unmatched points counted")
  void demand() {
    cloudWatch.pages = List.of(GetMetricDataResponse.builder().metricDataResults(
        result("m", List.of(t(0), t(1), t(2)), List.of(50.0, 40.0, 30.0)),
        result("n", List.of(t(0), t(1)), List.of(1.0, 3.0))).build());
    var trace = new MetricHistory(cloudWatch).read(HistoryRequest.cpu("web", T0, t(3)).withDemand(true));
    assertThat(trace.samples()).containsExactly(new Sample(t(0), 50.0), new Sample(t(1), 120.0));
    assertThat(trace.unmatched()).isEqualTo(1);
    var queries = ((GetMetricDataRequest) cloudWatch.requests.get(0)).metricDataQueries();
    assertThat(queries.get(1).metricStat().metric().namespace()).isEqualTo("AWS/AutoScaling");
    assertThat(queries.get(1).metricStat().metric().metricName()).isEqualTo("GroupInServiceInstances");
  }

  @Test
  @DisplayName("--demand without group metrics says to enable metrics collection")
  void demandWithoutGroupMetrics() {
    cloudWatch.pages = List.of(GetMetricDataResponse.builder().metricDataResults(
        result("m", List.of(t(0)), List.of(50.0))).build());
    assertThatThrownBy(() -> new MetricHistory(cloudWatch).read(HistoryRequest.cpu("web", T0, t(3)).withDemand(true)))
        .isInstanceOf(AwsCallException.class).hasMessageContaining("enable group metrics collection");
  }

  @Test
  @DisplayName("the trace CSV is timestamp,value with ISO UTC times and plain decimals, whatever the locale")
  void csv() {
    StringWriter w = new StringWriter();
    TraceCsv.write(List.of(new Sample(t(0), 12.5), new Sample(t(1), 100.0), new Sample(t(2), 0.0001)), w);
    assertThat(w.toString()).isEqualTo("timestamp,value\n2026-11-20T00:00:00Z,12.5\n2026-11-20T00:01:00Z,100\n"
        + "2026-11-20T00:02:00Z,0.0001\n");
  }

  @Test
  @DisplayName("§12.1 [I]: the trace carries the group's GroupDesiredCapacity (aws-behaviour §8.3) as a third column when "
      + "CloudWatch has it, so a steady start begins at \"the real GroupDesiredCapacity\"; an empty cell where a "
      + "timestamp has none")
  void capacityColumn() {
    cloudWatch.pages = List.of(GetMetricDataResponse.builder().metricDataResults(
        result("m", List.of(t(0), t(1)), List.of(40.0, 60.0)), result("d", List.of(t(0)), List.of(4.0))).build());
    MetricHistory.Trace trace = new MetricHistory(cloudWatch).read(HistoryRequest.cpu("web", T0, t(3)));
    var queries = ((GetMetricDataRequest) cloudWatch.requests.get(0)).metricDataQueries();
    assertThat(queries).extracting(q -> q.metricStat().metric().metricName())
        .containsExactly("CPUUtilization", "GroupDesiredCapacity");
    StringWriter w = new StringWriter();
    TraceCsv.write(trace.samples(), w);
    assertThat(w.toString()).isEqualTo("timestamp,value,GroupDesiredCapacity\n2026-11-20T00:00:00Z,40,4\n"
        + "2026-11-20T00:01:00Z,60,\n");
  }

  @Test
  @DisplayName("a period must end after it starts; CloudWatch periods are 1, 5, 10, 30 or multiples of 60 s")
  void badRequests() {
    assertThatThrownBy(() -> HistoryRequest.cpu("web", t(1), t(0))).hasMessageContaining("after the start");
    assertThatThrownBy(() -> new HistoryRequest("web", "AWS/EC2", "CPUUtilization", "Average", 90, T0, t(5), false))
        .hasMessageContaining("multiple of 60");
  }
}
