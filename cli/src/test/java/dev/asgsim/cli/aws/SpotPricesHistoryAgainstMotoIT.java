package dev.asgsim.cli.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.aws.it.CborJsonBridge;
import dev.asgsim.cli.CliRun;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.simulator.spot.PoolHistory;
import dev.asgsim.simulator.spot.PoolHistoryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asgsim history --spot-prices} end to end against moto_server on loopback (aws-behaviour §7.11): the group's
 * pools read from Auto Scaling, their prices from EC2 DescribeSpotPriceHistory, the trace from CloudWatch (through
 * {@link CborJsonBridge}, since moto does not speak the SDK's CBOR for CloudWatch). moto answers every pool with one
 * made-up price (0.00001, dated 2006) whatever the period, so the values say nothing about AWS's; paging is tested on
 * a stub in aws-adapter.
 */
class SpotPricesHistoryAgainstMotoIT {
  private static final String MOTO_ACCOUNT = "123456789012";
  private static final String GROUP = "spot-web";

  @Test
  @DisplayName("§7.11 --spot-prices: the group's 4 pools in the JSON Simulation.Spot.PriceHistory reads, written only "
      + "when the whole command succeeds, under the account and Region it names; exit 0")
  void savesThePoolsPricesForTheSimulator(@TempDir Path dir) throws Exception {
    try (LocalMoto moto = LocalMoto.start(); CborJsonBridge bridge = new CborJsonBridge(moto.endpoint)) {
      moto.aws("ec2", "create-launch-template", "--launch-template-name", "spot-lt", "--launch-template-data",
          "{\"ImageId\":\"ami-12c6146b\",\"InstanceType\":\"m5.large\"}");
      moto.aws("autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", GROUP, "--min-size", "1",
          "--max-size", "4", "--availability-zones", "us-east-1a", "us-east-1b", "--mixed-instances-policy",
          "{\"LaunchTemplate\":{\"LaunchTemplateSpecification\":{\"LaunchTemplateName\":\"spot-lt\"},"
              + "\"Overrides\":[{\"InstanceType\":\"m5.large\"},{\"InstanceType\":\"c6i.large\"}]},"
              + "\"InstancesDistribution\":{\"OnDemandPercentageAboveBaseCapacity\":0}}");
      Instant t = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(10, ChronoUnit.MINUTES);
      moto.aws("cloudwatch", "put-metric-data", "--namespace", "AWS/EC2", "--metric-data", "[{\"MetricName\":"
          + "\"CPUUtilization\",\"Dimensions\":[{\"Name\":\"AutoScalingGroupName\",\"Value\":\"" + GROUP + "\"}],"
          + "\"Timestamp\":\"" + t + "\",\"Value\":40}]");

      Path prices = dir.resolve("prices.json");
      Path csv = dir.resolve("hour.csv");
      String before = "{\"SpotPriceHistory\": []}\n";
      Files.writeString(prices, before);
      // Straight to moto, CloudWatch is refused after EC2 answered: the old file stays whole, nothing half-written.
      CliRun refused = moto.asgsim("history", "--group", GROUP, "--last", "1h", "-o", csv.toString(),
          "--spot-prices", prices.toString());
      assertThat(refused.exit()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(refused.err()).contains("cloudwatch:GetMetricData was refused");
      assertThat(Files.readString(prices)).isEqualTo(before);
      assertThat(Files.exists(csv)).isFalse();

      CliRun run = CliRun.with(moto.context(), "history", "--group", GROUP, "--last", "1h", "-o", csv.toString(),
          "--spot-prices", prices.toString(), "--region", "us-east-1", "--endpoint-url", bridge.endpoint().toString());
      assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
      assertThat(run.err()).startsWith("asgsim: Target: account " + MOTO_ACCOUNT + ", Region us-east-1 (endpoint "
          + bridge.endpoint() + ")\n");
      assertThat(run.err()).contains("wrote 4 Spot prices of 4 pools (c6i.large in us-east-1a, c6i.large in "
          + "us-east-1b, m5.large in us-east-1a, m5.large in us-east-1b) to " + prices
          + "; name it in Simulation.Spot.PriceHistory", "wrote 1 datapoints to " + csv);
      // moto buckets by the request's start time, not the minute, so only the value is checked.
      assertThat(Files.readString(csv)).startsWith("timestamp,value\n").endsWith(",40\n").hasLineCount(2);

      PoolHistory read = PoolHistoryReader.read(prices, "prices.json", PoolHistory.Kind.PRICE);
      assertThat(read.poolNames()).containsExactly("c6i.large us-east-1a", "c6i.large us-east-1b",
          "m5.large us-east-1a", "m5.large us-east-1b");
      for (String pool : read.poolNames()) {
        PoolHistory.Changes c = read.pools().get(pool);
        assertThat(c.times()).hasSize(1);
        assertThat(c.values()[0]).isPositive().isLessThan(1.0);
      }
      // Written through a temporary file and a rename: nothing else is left beside the two outputs.
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("prices.json", "hour.csv");
      }
    }
  }
}
