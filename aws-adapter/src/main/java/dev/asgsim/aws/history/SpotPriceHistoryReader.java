package dev.asgsim.aws.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.aws.client.AwsCalls;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.SpotPrice;

/**
 * The Spot prices of a group's pools over a period (EC2 DescribeSpotPriceHistory, paginated), saved in the JSON shape
 * {@code aws ec2 describe-spot-price-history} prints, newest first, which {@code Simulation.Spot.PriceHistory} reads
 * back (aws-behaviour §7.11). AWS: "When you specify a start and end time, the operation returns the prices of the
 * instance types within that time range. It also returns the last price change before the start time, which is the
 * effective price as of the start time."
 */
public final class SpotPriceHistoryReader {
  /** The product a Linux group's instances run; AWS prices each product apart. */
  public static final String DEFAULT_PRODUCT = "Linux/UNIX";
  /** As the AWS CLI prints a timestamp. */
  private static final DateTimeFormatter CLI_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

  private final Ec2Client ec2;

  public SpotPriceHistoryReader(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  /**
   * What was fetched.
   *
   * @param json   the prices in the AWS CLI's shape
   * @param prices how many price changes
   * @param pools  the pools ("type in az") with at least one price
   */
  public record Result(String json, int prices, List<String> pools) {}

  /**
   * The prices of {@code types} in {@code azs} for {@code product} between {@code start} and {@code end}.
   *
   * @throws IllegalArgumentException when the window is empty or no type or AZ is given, before any call
   */
  public Result read(List<String> types, List<String> azs, String product, Instant start, Instant end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("the Spot price window is empty (" + start + " to " + end + ")");
    }
    if (types.isEmpty() || azs.isEmpty()) {
      throw new IllegalArgumentException("the group names no " + (types.isEmpty() ? "instance type" : "Availability "
          + "Zone") + " to ask Spot prices for");
    }
    List<SpotPrice> prices = AwsCalls.call("ec2:DescribeSpotPriceHistory", () -> {
      List<SpotPrice> all = new ArrayList<>();
      ec2.describeSpotPriceHistoryPaginator(b -> b.instanceTypesWithStrings(types).productDescriptions(product)
              .filters(Filter.builder().name("availability-zone").values(azs).build())
              .startTime(start).endTime(end))
          .spotPriceHistory().forEach(all::add);
      return all;
    });
    // Newest first, as AWS prints them; one price per pool and time (pages can repeat an entry).
    List<SpotPrice> sorted = new ArrayList<>(prices);
    sorted.sort(Comparator.comparing(SpotPrice::timestamp).reversed()
        .thenComparing(SpotPrice::instanceTypeAsString).thenComparing(SpotPrice::availabilityZone));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ArrayNode list = root.putArray("SpotPriceHistory");
    Set<String> seen = new HashSet<>();
    Set<String> pools = new java.util.TreeSet<>();
    for (SpotPrice p : sorted) {
      String pool = p.instanceTypeAsString() + " in " + p.availabilityZone();
      if (!seen.add(pool + " " + p.timestamp())) {
        continue;
      }
      pools.add(pool);
      ObjectNode o = list.addObject();
      o.put("AvailabilityZone", p.availabilityZone());
      o.put("InstanceType", p.instanceTypeAsString());
      o.put("ProductDescription", p.productDescriptionAsString());
      o.put("SpotPrice", p.spotPrice());
      o.put("Timestamp", CLI_TIME.format(p.timestamp()));
    }
    try {
      return new Result(json.writeValueAsString(root) + "\n", list.size(), List.copyOf(pools));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the Spot prices as JSON", e);
    }
  }
}
