package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
  static final String SEED = "../examples/fastcampus-nginx.yaml";

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void seedExampleWritesTheFiveFiles(@TempDir Path dir) throws Exception {
    CliRun o = run("simulate", SEED, "--out", dir.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("activities.json", "chart.png", "report.html", "summary.json", "timeline.csv");
    }
    assertThat(o.out()).contains("Simulated autoscaling-20211202 (t2.nano) for 90 min under step(20, 90@10m, 20@40m)",
        "1 scale-outs, 1 scale-ins", "report.html");
    assertThat(o.out()).containsPattern("mean serving [0-9.]+ instances\\n");
    assertThat(Files.readAllLines(dir.resolve("timeline.csv"))).hasSize(91);
    assertThat(o.err()).isEmpty();
  }

  @Test
  void meanServingNamesTheCapacityUnit(@TempDir Path dir) {
    // DesiredCapacityType vcpu: desired and what serves count vCPUs (aws-behaviour §7.11), not instances.
    CliRun o = run("simulate", "../examples/attribute-based.yaml", "--duration", "2h", "--out", dir.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).containsPattern("mean serving [0-9.]+ vCPUs\\n");
  }

  @Test
  void jsonPrintsTheSummary(@TempDir Path dir) {
    CliRun o = run("simulate", SEED, "--out", dir.toString(), "--json", "--load", "const(30)", "--duration", "2h");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).startsWith("{").contains("\"scores\"", "\"description\" : \"const(30)\"", "\"minutes\" : 120");
    // issue 17 item 8: the load that ran, not the file's, which --load replaced
    assertThat(o.out()).contains("\"configLoadNotUsed\" : \"the command line's load replaced the config's Load "
        + "(step(20, 90@10m, 20@40m))\"").doesNotContain("configDescription", "\"Spec\" : \"step(");
  }

  @Test
  void traceShorterThanDurationStopsWithANoteAndSummaryJsonSaysSo(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "minute,value\n0,20\n10,30\n20,20\n");
    CliRun o = run("simulate", SEED, "--out", dir.resolve("o").toString(), "--load", csv.toString(), "--duration",
        "2h");
    assertThat(o.exit()).as(o.err()).isZero();
    String summary = Files.readString(dir.resolve("o/summary.json"));
    assertThat(summary).contains("\"minutes\" : 30", "the run stops at the trace's end", "\"policy\" : \"stop\"",
        "\"traceMinutes\" : 30", "\"requestedMinutes\" : 120");
    CliRun bad = run("simulate", SEED, "--out", dir.resolve("p").toString(), "--load", csv.toString(), "--trace-end",
        "loop");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--trace-end: unknown trace end 'loop'; use stop, hold or repeat")
        .doesNotContain("\tat ");
  }

  @Test
  void badLoadSpecExitsTwoAndPointsAtTheCharacter(@TempDir Path dir) {
    CliRun o = run("simulate", SEED, "--out", dir.toString(), "--load", "step(20, 90@10x)");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("bad load spec at column 15", "step(20, 90@10x)", "              ^")
        .doesNotContain("Exception", "\tat ");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void missingConfigExitsTwo(@TempDir Path dir) {
    CliRun o = run("simulate", dir.resolve("nope.yaml").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("nope.yaml: no such file").doesNotContain("\tat ");
  }

  @Test
  void unreadableConfigExitsTwoWithLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "AutoScalingGroup:\n  MinSize: [1\n");
    CliRun o = run("simulate", bad.toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("bad.yaml:").doesNotContain("\tat ");
  }

  @Test
  void aConfigAwsWouldRefuseIsNotSimulated(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(Path.of(SEED)).replace("MinSize: 1", "MinSize: 11"));
    CliRun o = run("simulate", bad.toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("AWS would refuse").contains("size-order").doesNotContain("\tat ");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void theReportCarriesTheValidatorsFindings(@TempDir Path dir) throws Exception {
    CliRun o = run("simulate", SEED, "--out", dir.toString());
    assertThat(o.exit()).isZero();
    assertThat(Files.readString(dir.resolve("report.html")))
        .contains("burstable-cpu-target").doesNotContain("The validator did not run");
  }

  @Test
  void corruptTraceExitsTwoNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("load.csv");
    Files.writeString(csv, "minute,value\n0,20\n1,abc\n");
    CliRun o = run("simulate", SEED, "--out", dir.resolve("o").toString(), "--load", csv.toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("load.csv:3: cannot read 'abc' as a number");
    assertThat(dir.resolve("o")).doesNotExist(); // --out is created only when writing (issue 19 item 10)
  }

  @Test
  void unwritableOutExitsTwo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    CliRun o = run("simulate", SEED, "--out", file.resolve("sub").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("--out " + file.resolve("sub") + ": cannot create the directory")
        .doesNotContain("\tat ");
  }

  @Test
  @DisplayName("issue 18: --out under /proc says it cannot create the directory, exit 2")
  void outUnderProc() {
    CliRun o = run("simulate", SEED, "--out", "/proc/asgsim-x");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("--out /proc/asgsim-x: cannot create the directory").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("issue 18: --duration 7x is a bad duration of that option, not a bad load spec")
  void badDuration() {
    CliRun o = run("simulate", SEED, "--duration", "7x");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("--duration", "'7x' is not a duration", "90s, 10m, 2h or 7d")
        .doesNotContain("bad load spec");
  }

  @Test
  void configLoadTraceIsRelativeToTheConfigAndStartsAtItsFirstTimestamp(@TempDir Path dir) throws Exception {
    String seed = Files.readString(Path.of(SEED));
    String config = seed.substring(0, seed.indexOf("Load:")) + "Load:\n  Spec: trace(loads/t.csv)\n  Scale: 2\n";
    Files.createDirectories(dir.resolve("loads"));
    Files.writeString(dir.resolve("loads/t.csv"),
        "timestamp,value\n2014-03-09 02:55:00,10\n2014-03-09 03:00:00,20\n2014-03-09 03:00:00,40\n"
            + "2014-03-09 03:05:00,10\n");
    Files.writeString(dir.resolve("g.yaml"), config);
    CliRun o = run("simulate", dir.resolve("g.yaml").toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("for 15 min under trace(loads/t.csv) × 2",
        "note: " + dir.resolve("loads/t.csv") + ": 1 rows repeated an earlier timestamp");
    java.util.List<String> rows = Files.readAllLines(dir.resolve("o/timeline.csv"));
    assertThat(rows.get(1)).startsWith("2014-03-09T02:55:00Z,0,20,");
    assertThat(rows.get(6)).startsWith("2014-03-09T03:00:00Z,5,60,");
  }

  @Test
  void helpDocumentsTheLoadGrammar() {
    CliRun o = run("simulate", "--help");
    assertThat(o.exit()).isZero();
    assertThat(o.out()).contains("sine(MEAN, AMPLITUDE, PERIOD[, PEAK_AT])", "--load-scale", "--duration", "% of one");
  }
}
