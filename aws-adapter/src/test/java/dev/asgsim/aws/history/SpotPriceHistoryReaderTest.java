package dev.asgsim.aws.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryRequest;
import software.amazon.awssdk.services.ec2.model.DescribeSpotPriceHistoryResponse;
import software.amazon.awssdk.services.ec2.model.SpotPrice;

/** DescribeSpotPriceHistory on a stubbed EC2 client: pagination and the AWS CLI's shape (aws-behaviour §7.11). */
class SpotPriceHistoryReaderTest {
  private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");
  private static final Instant END = Instant.parse("2024-05-15T00:00:00Z");

  @Test
  @DisplayName("§7.11: every page is read, the request names the group's types, AZs, product and period, and the "
      + "file is the CLI's JSON, newest first, one price per pool and time")
  void pagesIntoTheCliShape() {
    List<DescribeSpotPriceHistoryRequest> requests = new ArrayList<>();
    Ec2Client ec2 = new Ec2Client() {
      @Override
      public DescribeSpotPriceHistoryResponse describeSpotPriceHistory(DescribeSpotPriceHistoryRequest r) {
        requests.add(r);
        if (r.nextToken() == null) {
          return DescribeSpotPriceHistoryResponse.builder().nextToken("page2").spotPriceHistory(
              price("m5.large", "us-east-1a", "0.040000", "2024-05-01T00:00:00Z"),
              price("m5.large", "us-east-1a", "0.041000", "2024-05-03T06:00:00Z")).build();
        }
        return DescribeSpotPriceHistoryResponse.builder().spotPriceHistory(
            price("m5.large", "us-east-1b", "0.039000", "2024-05-02T00:00:00Z"),
            price("m5.large", "us-east-1a", "0.041000", "2024-05-03T06:00:00Z")).build();
      }

      @Override
      public String serviceName() {
        return "ec2";
      }

      @Override
      public void close() { }
    };
    SpotPriceHistoryReader.Result r = new SpotPriceHistoryReader(ec2).read(List.of("m5.large"),
        List.of("us-east-1a", "us-east-1b"), "Linux/UNIX", START, END);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).nextToken()).isEqualTo("page2");
    DescribeSpotPriceHistoryRequest first = requests.get(0);
    assertThat(first.instanceTypesAsStrings()).containsExactly("m5.large");
    assertThat(first.productDescriptions()).containsExactly("Linux/UNIX");
    assertThat(first.filters().get(0).name()).isEqualTo("availability-zone");
    assertThat(first.filters().get(0).values()).containsExactly("us-east-1a", "us-east-1b");
    assertThat(first.startTime()).isEqualTo(START);
    assertThat(first.endTime()).isEqualTo(END);
    assertThat(r.prices()).isEqualTo(3);
    assertThat(r.pools()).containsExactly("m5.large in us-east-1a", "m5.large in us-east-1b");
    assertThat(r.json()).startsWith("{\n  \"SpotPriceHistory\" : [ {\n    \"AvailabilityZone\" : \"us-east-1a\"")
        .containsSubsequence("\"Timestamp\" : \"2024-05-03T06:00:00+00:00\"", "\"Timestamp\" : \"2024-05-02T00:00:00+00:00\"",
            "\"Timestamp\" : \"2024-05-01T00:00:00+00:00\"");
  }

  @Test
  @DisplayName("an empty window or a group without types is refused before any call")
  void refusedBeforeCalling() {
    SpotPriceHistoryReader reader = new SpotPriceHistoryReader(null);
    assertThatThrownBy(() -> reader.read(List.of("m5.large"), List.of("us-east-1a"), "Linux/UNIX", END, START))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window is empty");
    assertThatThrownBy(() -> reader.read(List.of(), List.of("us-east-1a"), "Linux/UNIX", START, END))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no instance type");
  }

  private static SpotPrice price(String type, String az, String price, String time) {
    return SpotPrice.builder().instanceType(type).availabilityZone(az).productDescription("Linux/UNIX")
        .spotPrice(price).timestamp(Instant.parse(time)).build();
  }
}
