package dev.asgsim.cli.aws;

import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.asgsim.core.forecast.GivenForecast;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingException;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.autoscaling.model.CapacityForecast;
import software.amazon.awssdk.services.autoscaling.model.DescribePoliciesRequest;
import software.amazon.awssdk.services.autoscaling.model.DescribePoliciesResponse;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastRequest;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastResponse;
import software.amazon.awssdk.services.autoscaling.model.LoadForecast;
import software.amazon.awssdk.services.autoscaling.model.ScalingPolicy;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/**
 * history end to end on a stubbed CloudWatch: options to request, datapoints to the trace CSV; and
 * {@code --predictive-forecast} on a stubbed GetPredictiveScalingForecast (moto does not implement the call).
 */
class HistoryCommandTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final List<GetMetricDataRequest> requests = new ArrayList<>();
  private CliContext context;
  private ForecastStub as;

  /** Auto Scaling answering DescribePolicies and GetPredictiveScalingForecast from fields, recording requests. */
  static final class ForecastStub implements AutoScalingClient {
    final List<Object> requests = new ArrayList<>();
    List<ScalingPolicy> policies = List.of();
    GetPredictiveScalingForecastResponse forecastReply;
    RuntimeException forecastRefusal;

    @Override
    public DescribePoliciesResponse describePolicies(DescribePoliciesRequest r) {
      requests.add(r);
      return DescribePoliciesResponse.builder().scalingPolicies(policies).build();
    }

    @Override
    public GetPredictiveScalingForecastResponse getPredictiveScalingForecast(GetPredictiveScalingForecastRequest r) {
      requests.add(r);
      if (forecastRefusal != null) {
        throw forecastRefusal;
      }
      return forecastReply;
    }

    @Override
    public String serviceName() {
      return "autoscaling";
    }

    @Override
    public void close() {}
  }

  @BeforeEach
  void stub() {
    as = new ForecastStub();
    as.policies = List.of(ScalingPolicy.builder().policyName("daily").policyType("PredictiveScaling").build());
    Instant h = Instant.parse("2026-11-25T10:00:00Z");
    as.forecastReply = GetPredictiveScalingForecastResponse.builder()
        .loadForecast(LoadForecast.builder().timestamps(h, h.plusSeconds(3600)).values(153.0, 626.0)
            .metricSpecification(m -> m.targetValue(40.0)
                .predefinedMetricPairSpecification(p -> p.predefinedMetricType("ASGCPUUtilization"))).build())
        .capacityForecast(CapacityForecast.builder().timestamps(h, h.plusSeconds(3600)).values(2.0, 4.0).build())
        .updateTime(Instant.parse("2026-11-25T07:12:00Z")).build();
    CloudWatchClient cw = new CloudWatchClient() {
      @Override
      public GetMetricDataResponse getMetricData(GetMetricDataRequest r) {
        requests.add(r);
        Instant t = NOW.minusSeconds(120);
        return GetMetricDataResponse.builder().metricDataResults(
            MetricDataResult.builder().id("m").timestamps(t, t.plusSeconds(60)).values(25.0, 50.0).build(),
            MetricDataResult.builder().id("n").timestamps(t, t.plusSeconds(60)).values(2.0, 4.0).build()).build();
      }

      @Override
      public String serviceName() {
        return "monitoring";
      }

      @Override
      public void close() {}
    };
    context = CliRun.NO_AWS.withAws(s -> StubAccount.of(as, cw)).withClock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  @DisplayName("--last 7d --demand -o FILE writes timestamp,value = CPU x in-service instances over the last 7 days")
  void demandToFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("week.csv");
    CliRun run = CliRun.with(context, "history", "--group", "web", "--last", "7d", "--demand", "-o", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo("timestamp,value\n2026-11-25T11:58:00Z,50\n2026-11-25T11:59:00Z,200\n");
    assertThat(run.err()).contains("wrote 2 datapoints");
    GetMetricDataRequest r = requests.get(0);
    assertThat(r.startTime()).isEqualTo(Instant.parse("2026-11-18T12:00:00Z"));
    assertThat(r.endTime()).isEqualTo(NOW);
    // The metric, GroupInServiceInstances for --demand, and GroupDesiredCapacity for a steady start (aws-behaviour
    // §12.1); the stub returns no capacity, so the file keeps two columns.
    assertThat(r.metricDataQueries()).extracting(q -> q.metricStat().metric().metricName())
        .containsExactly("CPUUtilization", "GroupInServiceInstances", "GroupDesiredCapacity");
  }

  @Test
  @DisplayName("--start/--end with another metric and statistic go into the query; CSV on standard output")
  void rangeToStdout() {
    CliRun run = CliRun.with(context, "history", "--group", "web", "--start", "2026-11-25T11:00:00Z", "--end",
        "2026-11-25T12:00:00Z", "--metric", "NetworkIn", "--statistic", "Maximum", "--period", "300");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("timestamp,value\n2026-11-25T11:58:00Z,25\n");
    var stat = requests.get(0).metricDataQueries().get(0).metricStat();
    assertThat(stat.metric().metricName()).isEqualTo("NetworkIn");
    assertThat(stat.stat()).isEqualTo("Maximum");
    assertThat(stat.period()).isEqualTo(300);
  }

  @Test
  @DisplayName("§5.2 --predictive-forecast saves AWS's forecast for the history's period in the JSON --forecast reads")
  void predictiveForecast(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("day.csv");
    Path json = dir.resolve("aws-forecast.json");
    CliRun run = CliRun.with(context, "history", "--group", "web", "--last", "1d", "-o", csv.toString(),
        "--predictive-forecast", json.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.exists(csv)).isTrue();
    assertThat(run.err()).contains("wrote AWS's forecast of predictive policy daily (2 hours of load forecast) to "
        + json, "--forecast " + json);
    GetPredictiveScalingForecastRequest r = as.requests.stream()
        .filter(GetPredictiveScalingForecastRequest.class::isInstance).map(GetPredictiveScalingForecastRequest.class::cast)
        .findFirst().orElseThrow();
    assertThat(r.autoScalingGroupName()).isEqualTo("web");
    assertThat(r.policyName()).isEqualTo("daily");
    assertThat(r.startTime()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
    assertThat(r.endTime()).isEqualTo(NOW);
    GivenForecast given = GivenForecast.read(json);
    double[] load = new double[2];
    assertThat(given.forecastLoad(new double[0], 0, Instant.parse("2026-11-25T10:00:00Z").getEpochSecond(), load))
        .isTrue();
    assertThat(load).containsExactly(153.0, 626.0);
    assertThat(given.givenCapacity(Instant.parse("2026-11-25T11:00:00Z").getEpochSecond())).isEqualTo(4.0);
  }

  @Test
  @DisplayName("a refused GetPredictiveScalingForecast, no predictive policy, a window over 30 days, or --from-file: "
      + "exit 2 with what to do, and no file written")
  void predictiveForecastRefusals(@TempDir Path dir) {
    Path json = dir.resolve("f.json");
    Path csv = dir.resolve("h.csv");
    as.forecastRefusal = AutoScalingException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
        .errorCode("AccessDenied").errorMessage("not authorized").build()).build();
    CliRun denied = CliRun.with(context, "history", "--group", "web", "--last", "1d", "-o", csv.toString(),
        "--predictive-forecast", json.toString());
    assertThat(denied.exit()).isEqualTo(2);
    assertThat(denied.err()).contains("autoscaling:GetPredictiveScalingForecast was refused (AccessDenied)",
        "Grant the IAM permission autoscaling:GetPredictiveScalingForecast").doesNotContain("Exception");
    assertThat(Files.exists(json)).isFalse();
    assertThat(Files.exists(csv)).isFalse();

    as.forecastRefusal = null;
    as.policies = List.of();
    CliRun none = CliRun.with(context, "history", "--group", "web", "--last", "1d", "--predictive-forecast",
        json.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("group web has no predictive scaling policy");

    as.requests.clear();
    CliRun tooLong = CliRun.with(context, "history", "--group", "web", "--last", "45d", "--predictive-forecast",
        json.toString());
    assertThat(tooLong.exit()).isEqualTo(2);
    assertThat(tooLong.err()).contains("--predictive-forecast: GetPredictiveScalingForecast covers at most 30 days");
    assertThat(as.requests).isEmpty();

    CliRun fromFile = CliRun.with(context, "history", "--from-file", csv.toString(), "--predictive-forecast",
        json.toString());
    assertThat(fromFile.exit()).isEqualTo(2);
    assertThat(fromFile.err()).contains("--predictive-forecast asks AWS for the group's forecast");
    assertThat(Files.exists(json)).isFalse();
  }

  @Test
  @DisplayName("§7.11 --spot-prices asks EC2 for the group's pools: with --from-file (no group) exit 2, nothing written")
  void spotPricesNeedAGroup(@TempDir Path dir) {
    Path json = dir.resolve("prices.json");
    CliRun run = CliRun.with(context, "history", "--from-file", dir.resolve("cpu.json").toString(), "--spot-prices",
        json.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--spot-prices asks EC2 for the Spot prices of the group's pools: give --group NAME");
    assertThat(Files.exists(json)).isFalse();
  }
}
