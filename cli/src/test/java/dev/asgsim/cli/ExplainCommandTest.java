package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asgsim explain} on the README's first command (the seed spike of aws-behaviour §11: 20 %, 90 % from 00:10, 20 %
 * again from 00:40). §11.3's "why no scale-in" moment is t ≈ 32 min after the load step of the spec's timeline, the
 * load's drop + 2 min: 00:42 in this run, where the spec says "First low datapoint; AlarmLow starts counting (needs 15
 * in a row)".
 */
class ExplainCommandTest {
  static final String SEED = "../examples/fastcampus-nginx.yaml";
  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void simulate() {
    out = dir.resolve("out");
    CliRun o = CliRun.of("simulate", SEED, "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
  }

  @Test
  @DisplayName("§11.3 [O]: no scale-in at 00:42 because AlarmLow needs 15 datapoints below 35 in a row; it scales in at "
      + "00:55:30")
  void whyNoScaleInAfterTheDrop() {
    CliRun o = CliRun.of("explain", out.toString(), "--at", "00:42");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("At 00:42 UTC (minute 42 of 90) desired capacity was 2",
        "were 45, 45, 10, 10, 10", "(< 35) was OK", "made no proposal",
        "AlarmLow needs 15 of 15 breaching datapoints (SCALE_IN_PENDING, aws-behaviour §1.4",
        "held from 00:41 to 00:55 (14 min)",
        "Next, at 00:55:30 desired went from 2 to 1", "in state ALARM triggered policy Target Tracking Policy_20211202");
    assertThat(o.out().lines().count()).as("one paragraph").isEqualTo(1);
  }

  @Test
  @DisplayName("§1.4 [O]: during the burst 2 instances sit at 45 %, between AlarmLow's 35 and the target 50 (dead band)")
  void deadBandDuringTheBurst() {
    CliRun o = CliRun.of("explain", out.toString(), "--at", "+32m");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("At 00:32 UTC", "(DEAD_BAND, aws-behaviour §1.4", "held from 00:16 to 00:41");
  }

  @Test
  @DisplayName("§11.3: at MinSize after the scale-in the policy proposes 1 = desired every minute, no activity")
  void proposalEqualToDesired() {
    CliRun o = CliRun.of("explain", out.toString(), "--at", "2024-01-01T01:10:00Z");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("(< 35) was ALARM", "proposed 1 instances", "(EQUALS_CURRENT",
        "Desired did not change again before the run ended at 01:30.");
  }

  @Test
  @DisplayName("§1.7 [D]: with two target tracking policies each has its alarm pair, and explain names both pairs")
  void namesEveryAlarmPair() throws Exception {
    Path config = dir.resolve("two-policies.yaml");
    Files.writeString(config, Files.readString(Path.of(SEED)).replace("ScheduledActions: []", """
          - PolicyName: cpu-70
            PolicyType: TargetTrackingScaling
            TargetTrackingConfiguration:
              PredefinedMetricSpecification:
                PredefinedMetricType: ASGAverageCPUUtilization
              TargetValue: 70.0

        ScheduledActions: []"""));
    Path twoOut = dir.resolve("two");
    CliRun sim = CliRun.of("simulate", config.toString(), "--out", twoOut.toString());
    assertThat(sim.exit()).as(sim.err()).isZero();
    assertThat(Files.readAllLines(twoOut.resolve("timeline.csv")).get(0)).endsWith(",alarm_high_2,alarm_low_2");
    CliRun o = CliRun.of("explain", twoOut.toString(), "--at", "00:42");
    assertThat(o.exit()).as(o.err()).isZero();
    // aws-behaviour §1.4: PutScalingPolicy "returns two alarms" per target tracking policy, AlarmHigh at the target
    // and AlarmLow at 0.7 × TargetValue: 50 → (> 50, < 35), 70 → (> 70, < 49).
    assertThat(o.out()).containsSubsequence("AlarmHigh TargetTracking-", "(> 50) was", "AlarmLow TargetTracking-",
        "(< 35) was", "AlarmHigh TargetTracking-", "(> 70) was", "AlarmLow TargetTracking-", "(< 49) was");
    assertThat(o.out().lines().count()).as("one paragraph").isEqualTo(1);
  }

  @Test
  void withoutAMomentListsTheReasons() {
    CliRun o = CliRun.of("explain", out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("desired capacity changed 2 times", "SCALE_IN_PENDING: 14 min", "DEAD_BAND: 25 min",
        "--at TIME");
  }

  @Test
  @DisplayName("§7.6: without --at, a run with a warm pool gets the pool's account from its own files: launched into it, "
      + "taken by scale-outs against cold launches, returned by scale-ins (ReuseOnScaleIn), its size and its cost")
  void withoutAMomentSummarisesTheWarmPool() throws Exception {
    Path config = dir.resolve("reuse.yaml");
    String yaml = Files.readString(Path.of("../examples/warm-pool-slow-start.yaml"))
        .replace("ReuseOnScaleIn: false", "ReuseOnScaleIn: true");
    assertThat(yaml).contains("ReuseOnScaleIn: true");
    Files.writeString(config, yaml);
    Path pool = dir.resolve("reuse");
    CliRun sim = CliRun.of("simulate", config.toString(), "--out", pool.toString(), "--load",
        "step(20, 90@10m, 20@40m, 90@70m, 20@100m)", "--duration", "150m");
    assertThat(sim.exit()).as(sim.err()).isZero();

    // The expected numbers, counted here from the run's files by AWS's Descriptions (aws-behaviour §10.3).
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Map<String, Integer> n = new java.util.HashMap<>();
    for (var a : json.readTree(pool.resolve("activities.json").toFile()).path("Activities")) {
      if (a.hasNonNull("Description")) {
        n.merge(a.get("Description").asText().replaceAll(": i-[0-9a-f]+$", ""), 1, Integer::sum);
      }
    }
    int into = n.getOrDefault("Launching a new EC2 instance into warm pool", 0);
    int from = n.getOrDefault("Launching a new EC2 instance from warm pool", 0);
    int returned = n.getOrDefault("Returning EC2 instance to warm pool", 0);
    assertThat(into).isPositive();
    assertThat(from).as("the second rise starts warm").isPositive();
    assertThat(returned).as("ReuseOnScaleIn sends scale-ins back").isPositive();
    var scores = json.readTree(pool.resolve("summary.json").toFile()).path("scores");
    assertThat(scores.path("warmPoolCost").asDouble()).isPositive();
    java.util.List<String> timeline = Files.readAllLines(pool.resolve("timeline.csv"));
    int column = java.util.List.of(timeline.get(0).split(",")).indexOf("warm_pool");
    java.util.IntSummaryStatistics size = timeline.stream().skip(1)
        .mapToInt(l -> Integer.parseInt(l.split(",", -1)[column])).summaryStatistics();

    CliRun o = CliRun.of("explain", pool.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains(
        "The warm pool (Warmed:Stopped, MinSize 0, MaxGroupPreparedCapacity 4, ReuseOnScaleIn true; aws-behaviour §7.6)",
        "launched into it: " + into + " (\"Launching a new EC2 instance into warm pool\")",
        "taken from it by scale-outs: " + from + " (\"Launching a new EC2 instance from warm pool\"), against "
            + n.getOrDefault("Launching a new EC2 instance", 0) + " (\"Launching a new EC2 instance\") cold",
        "returned to it by scale-ins: " + returned + " (\"Returning EC2 instance to warm pool\");",
        "its size: " + size.getMin() + " to " + size.getMax() + " instances",
        "its cost: $" + scores.path("warmPoolCost").asText() + " of the run's $" + scores.path("cost").asText());
    assertThat(CliRun.of("explain", out.toString()).out()).as("no pool: nothing said of one")
        .doesNotContain("warm pool");
  }

  @Test
  void timeOutsideTheRunIsExit2() {
    CliRun o = CliRun.of("explain", out.toString(), "--at", "03:00");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("--at 03:00 is outside the run", "2024-01-01T00:00:00Z to 2024-01-01T01:30:00Z")
        .doesNotContain("Exception");
    CliRun bad = CliRun.of("explain", out.toString(), "--at", "yesterday");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--at 'yesterday' is not a time");
  }

  @Test
  void missingDirectoryIsExit2(@TempDir Path empty) {
    CliRun o = CliRun.of("explain", empty.resolve("nope").toString(), "--at", "00:42");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("is not a directory", "--out directory of `asgsim simulate`");
    CliRun none = CliRun.of("explain", empty.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("summary.json is missing");
  }

  @Test
  void malformedFileIsExit2WithItsPlace(@TempDir Path copy) throws Exception {
    for (String f : new String[] {"summary.json", "activities.json", "timeline.csv"}) {
      Files.copy(out.resolve(f), copy.resolve(f));
    }
    Files.writeString(copy.resolve("activities.json"), "{\"Activities\": [\n  {\"Decision\": }\n]}");
    CliRun o = CliRun.of("explain", copy.toString(), "--at", "00:42");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("activities.json:2:", "run `asgsim simulate` again").doesNotContain("at com.");

    Files.copy(out.resolve("activities.json"), copy.resolve("activities.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(copy.resolve("timeline.csv"), String.join("\n",
        Files.readAllLines(out.resolve("timeline.csv")).subList(0, 40)) + "\n2024-01-01T00:39:00Z,39\n");
    CliRun t = CliRun.of("explain", copy.toString(), "--at", "00:39");
    assertThat(t.exit()).isEqualTo(2);
    assertThat(t.err()).contains("timeline.csv:41: 2 fields where the header has 16");
  }

  @Test
  @DisplayName("§7.6 [O], §6.5: a warm start names the pool: AWS's \"Launching a new EC2 instance from warm pool\", "
      + "from a Stopped pool in 36 s plus the hook's 5 s second run (00:13:40 + 41 s = InService 00:14:21), the pool's "
      + "size max(MinSize, P - desired) = max(0, 4 - 2) = 2 and the launch hook's hold")
  void warmStartNamesThePool() {
    Path pool = dir.resolve("pool");
    CliRun sim = CliRun.of("simulate", "../examples/warm-pool-slow-start.yaml", "--out", pool.toString());
    assertThat(sim.exit()).as(sim.err()).isZero();
    CliRun o = CliRun.of("explain", pool.toString(), "--at", "00:15");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("came from the warm pool (\"Launching a new EC2 instance from warm pool\"): started "
        + "from Warmed:Stopped at 00:13:40, InService at 00:14:21",
        "The warm pool held 2 instances", "max(MinSize, MaxGroupPreparedCapacity - desired) = max(0, 4 - 2) = 2",
        "launch hook \"app-install\" holds an instance in Pending:Wait (Warmed:Pending:Wait while filling the pool) "
            + "240 s, 5 s when it starts from the pool");
    assertThat(o.out().lines().count()).as("one paragraph").isEqualTo(1);
    // §7.6: after the scale-in the pool refills through Warmed:Pending (75 s launch + the 240 s hook = 01:00:55).
    CliRun after = CliRun.of("explain", pool.toString(), "--at", "00:56");
    assertThat(after.out()).contains("launching into the warm pool (\"Launching a new EC2 instance into warm pool\") "
        + "from 00:55:40 through Warmed:Pending, in Warmed:Stopped at 01:00:55",
        "terminating (\"Terminating EC2 instance\") from 00:55:40", "max(0, 4 - 1) = 3");
    CliRun seed = CliRun.of("explain", out.toString(), "--at", "00:42");
    assertThat(seed.out()).as("no pool, no hooks: nothing said of them").doesNotContain("warm pool", "lifecycle hook",
        "Instance activities");
  }
}
