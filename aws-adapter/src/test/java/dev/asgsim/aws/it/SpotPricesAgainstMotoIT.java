package dev.asgsim.aws.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.aws.history.SpotPriceHistoryReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DescribeSpotPriceHistory against moto_server (aws-behaviour §7.11). moto answers it with one made-up price per
 * type and AZ (0.00001, dated 2006, product "Linux/UNIX (Amazon VPC)"), ignoring the product and the period and
 * without pages; pagination is tested on a stub ({@code SpotPriceHistoryReaderTest}).
 */
class SpotPricesAgainstMotoIT {
  @Test
  @DisplayName("§7.11: the group's pools' prices come back through the SDK's paginator as the AWS CLI's JSON")
  void pricesOfTheGroupsPools() throws Exception {
    try (MotoServer moto = MotoServer.start(); AwsClients clients = moto.clients()) {
      SpotPriceHistoryReader.Result r = new SpotPriceHistoryReader(clients.ec2()).read(
          List.of("m5.large", "c6i.large"), List.of("us-east-1a", "us-east-1b"), "Linux/UNIX",
          Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-15T00:00:00Z"));
      assertThat(r.pools()).containsExactly("c6i.large in us-east-1a", "c6i.large in us-east-1b",
          "m5.large in us-east-1a", "m5.large in us-east-1b");
      JsonNode list = new ObjectMapper().readTree(r.json()).get("SpotPriceHistory");
      assertThat(list).hasSize(4);
      for (JsonNode p : list) {
        assertThat(p.fieldNames()).toIterable().containsExactly("AvailabilityZone", "InstanceType",
            "ProductDescription", "SpotPrice", "Timestamp");
        assertThat(Double.parseDouble(p.get("SpotPrice").asText())).isNotNegative();
      }
    }
  }
}
