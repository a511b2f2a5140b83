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
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

/** history end to end on a stubbed CloudWatch: options to request, datapoints to the trace CSV. */
class HistoryCommandTest {
  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final List<GetMetricDataRequest> requests = new ArrayList<>();
  private CliContext context;

  @BeforeEach
  void stub() {
    AutoScalingClient as = new AutoScalingClient() {
      @Override
      public String serviceName() {
        return "autoscaling";
      }

      @Override
      public void close() {}
    };
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
}
