package dev.asgsim.simulator.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Spot price and hazard histories (aws-behaviour §7.11, §7.7), and their step function. */
class PoolHistoryReaderTest {
  @TempDir Path dir;

  private static final String HEADER = "timestamp,instance_type,availability_zone,price\n";

  @Test
  @DisplayName("§7.11: the JSON 'aws ec2 describe-spot-price-history' prints, newest first, reads as each pool's "
      + "changes oldest first")
  void awsCliJsonNewestFirst() throws IOException {
    PoolHistory h = read("p.json", """
        {
            "SpotPriceHistory": [
                {"AvailabilityZone": "us-east-1a", "InstanceType": "m5.large", "ProductDescription": "Linux/UNIX",
                 "SpotPrice": "0.041000", "Timestamp": "2024-05-01T12:00:00+00:00"},
                {"AvailabilityZone": "us-east-1b", "InstanceType": "m5.large", "ProductDescription": "Linux/UNIX",
                 "SpotPrice": "0.039000", "Timestamp": "2024-05-01T11:00:00.000Z"},
                {"AvailabilityZone": "us-east-1a", "InstanceType": "m5.large", "ProductDescription": "Linux/UNIX",
                 "SpotPrice": "0.038000", "Timestamp": "2024-05-01T10:00:00+00:00"}
            ],
            "NextToken": ""
        }
        """, PoolHistory.Kind.PRICE);
    PoolHistory.Changes a = h.changes("M5.large", "us-east-1a");
    assertThat(a.times()).containsExactly(epoch("2024-05-01T10:00:00Z"), epoch("2024-05-01T12:00:00Z"));
    assertThat(a.values()).containsExactly(0.038, 0.041);
    assertThat(h.changes("m5.large", "us-east-1b").values()).containsExactly(0.039);
    assertThat(h.product()).isEqualTo("Linux/UNIX");
    // Oldest first, as older API references describe the reply, reads the same.
    PoolHistory ascending = read("q.json", "{\"SpotPriceHistory\": [{\"AvailabilityZone\": \"us-east-1a\", "
        + "\"InstanceType\": \"m5.large\", \"SpotPrice\": \"0.038\", \"Timestamp\": \"2024-05-01T10:00:00Z\"}, "
        + "{\"AvailabilityZone\": \"us-east-1a\", \"InstanceType\": \"m5.large\", \"SpotPrice\": \"0.041\", "
        + "\"Timestamp\": \"2024-05-01T12:00:00Z\"}]}", PoolHistory.Kind.PRICE);
    assertThat(ascending.changes("m5.large", "us-east-1a").times()).isEqualTo(a.times());
  }

  @Test
  @DisplayName("§7.11 [I]: a price holds from its timestamp until the pool's next change; before the first, the "
      + "fallback; boundaries to the second")
  void stepFunctionAtBoundaries() throws IOException {
    long t0 = epoch("2024-05-01T10:00:00Z");
    PoolHistory h = read("p.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,us-east-1a,0.04\n"
        + "2024-05-01T11:00:00Z,m5.large,us-east-1a,0.08\n", PoolHistory.Kind.PRICE);
    PoolSeries s = new PoolSeries(h, List.of("us-east-1a", "us-east-1b"), List.of("m5.large"),
        new double[] {0.03, 0.03}, 0);
    assertThat(s.at(0, t0 - 1)).isEqualTo(0.03);
    assertThat(s.at(0, t0)).isEqualTo(0.04);
    assertThat(s.at(0, t0 + 3599)).isEqualTo(0.04);
    assertThat(s.at(0, t0 + 3600)).isEqualTo(0.08);
    assertThat(s.at(0, t0 + 999_999)).isEqualTo(0.08);
    assertThat(s.at(1, t0 + 3600)).isEqualTo(0.03); // us-east-1b: the file lacks it
    assertThat(s.nextChange(0, t0 - 5)).isEqualTo(t0);
    assertThat(s.nextChange(0, t0)).isEqualTo(t0 + 3600);
    assertThat(s.nextChange(0, t0 + 3600)).isEqualTo(Long.MAX_VALUE);
    // Price-seconds over a change: 10 s before it at 0.04, 20 s after at 0.08.
    assertThat(s.integral(0, t0 + 3590, t0 + 3620)).isCloseTo(10 * 0.04 + 20 * 0.08, org.assertj.core.data.Offset
        .offset(1e-12));
    assertThat(s.lacking()).containsExactly("m5.large in us-east-1b");
    assertThat(s.describe("Spot prices", "the discount")).contains("p.csv", "1 pool (m5.large in us-east-1a)",
        "2024-05-01T10:00:00Z to 2024-05-01T11:00:00Z", "for m5.large in us-east-1b, which the file lacks, the discount");
  }

  @Test
  @DisplayName("a history naming none of the group's pools is refused, naming both sides")
  void noPoolOfTheGroup() throws IOException {
    PoolHistory h = read("p.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,eu-west-1a,0.04\n", PoolHistory.Kind.PRICE);
    assertThatThrownBy(() -> new PoolSeries(h, List.of("us-east-1a"), List.of("m5.large"), new double[] {0}, 0))
        .hasMessageContaining("names none of the group's Spot pools").hasMessageContaining("eu-west-1a");
  }

  @Test
  @DisplayName("bad files get file:line and what to do")
  void badFiles() throws IOException {
    bad("missing.csv", null, "missing.csv: no such file");
    bad("h.csv", "time,type,az,price\n", "h.csv:1: the first row must be the header");
    bad("n.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,us-east-1a,-0.01\n", "n.csv:2: Spot price -0.01 must be 0 or more");
    bad("x.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,us-east-1a,cheap\n", "x.csv:2: Spot price 'cheap' is not a number");
    bad("u.csv", HEADER + "2024-05-01T11:00:00Z,m5.large,us-east-1a,0.04\n"
        + "2024-05-01T10:00:00Z,m5.large,us-east-1a,0.05\n", "u.csv:3: is older than line 2");
    bad("d.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,us-east-1a,0.04\n"
        + "# a comment\n2024-05-01T10:00:00Z,m5.large,us-east-1a,0.05\n", "d.csv:4: repeats the timestamp of line 2");
    bad("t.csv", HEADER + "yesterday,m5.large,us-east-1a,0.04\n", "t.csv:2: timestamp 'yesterday' is not ISO-8601");
    bad("z.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,us east 1a,0.04\n", "z.csv:2: 'us east 1a' is not an "
        + "Availability Zone name");
    bad("f.csv", HEADER + "2024-05-01T10:00:00Z,m5.large,0.04\n", "f.csv:2: has 3 fields");
    bad("e.csv", "", "e.csv: is empty");
    bad("j.json", "{\"SpotPriceHistory\": [ {\"AvailabilityZone\": \"us-east-1a\",\n \"InstanceType\": }]}",
        "j.json:2: is not valid JSON");
    bad("o.json", "{\"SpotPriceHistory\": [\n{\"AvailabilityZone\": \"us-east-1a\", \"InstanceType\": \"m5.large\", "
        + "\"SpotPrice\": \"0.04\", \"Timestamp\": \"2024-05-01T12:00:00Z\"},\n{\"AvailabilityZone\": \"us-east-1a\", "
        + "\"InstanceType\": \"m5.large\", \"SpotPrice\": \"0.05\", \"Timestamp\": \"2024-05-01T11:00:00Z\"},\n"
        + "{\"AvailabilityZone\": \"us-east-1a\", \"InstanceType\": \"m5.large\", \"SpotPrice\": \"0.05\", "
        + "\"Timestamp\": \"2024-05-01T11:30:00Z\"}]}",
        "o.json:4: is newer than line 3 for m5.large in us-east-1a; each pool's prices go one way in time");
    bad("m.json", "{\"SpotPriceHistory\": [\n{\"AvailabilityZone\": \"us-east-1a\", \"InstanceType\": \"m5.large\", "
        + "\"ProductDescription\": \"Linux/UNIX\", \"SpotPrice\": \"0.04\", \"Timestamp\": \"2024-05-01T11:00:00Z\"},\n"
        + "{\"AvailabilityZone\": \"us-east-1a\", \"InstanceType\": \"m5.large\", \"ProductDescription\": \"Windows\", "
        + "\"SpotPrice\": \"0.09\", \"Timestamp\": \"2024-05-01T10:00:00Z\"}]}", "m.json:3: mixes ProductDescription");
    bad("k.json", "{\"Other\": []}", "k.json: has no SpotPriceHistory list");
  }

  @Test
  @DisplayName("§7.7: the hazard history is a CSV with its own header; JSON is refused for it")
  void hazardCsv() throws IOException {
    PoolHistory h = read("r.csv", "timestamp,instance_type,availability_zone,interruptions_per_instance_hour\n"
        + "1714557600,m5.large,us-east-1a,0.0005\n", PoolHistory.Kind.HAZARD);
    assertThat(h.changes("m5.large", "us-east-1a").times()).containsExactly(1714557600L);
    Files.writeString(dir.resolve("r.json"), "{\"SpotPriceHistory\": []}");
    assertThatThrownBy(() -> PoolHistoryReader.read(dir.resolve("r.json"), "r.json", PoolHistory.Kind.HAZARD))
        .hasMessageStartingWith("r.json:1: is JSON, but interruption hazard histories are CSV files");
  }

  @Test
  @DisplayName("a device or directory is refused before reading (bounded memory)")
  void notARegularFile() {
    assertThatThrownBy(() -> PoolHistoryReader.read(dir, "dir", PoolHistory.Kind.PRICE))
        .hasMessage("dir: is not a regular file; name a Spot price history file");
  }

  private void bad(String name, String text, String message) throws IOException {
    if (text != null) {
      Files.writeString(dir.resolve(name), text);
    }
    assertThatThrownBy(() -> PoolHistoryReader.read(dir.resolve(name), name, PoolHistory.Kind.PRICE))
        .isInstanceOf(SpotHistoryException.class).hasMessageStartingWith(message);
  }

  private PoolHistory read(String name, String text, PoolHistory.Kind kind) throws IOException {
    Files.writeString(dir.resolve(name), text);
    return PoolHistoryReader.read(dir.resolve(name), name, kind);
  }

  private static long epoch(String iso) {
    return java.time.Instant.parse(iso).getEpochSecond();
  }
}
