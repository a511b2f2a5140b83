package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
  static final String SEED = "../examples/fastcampus-nginx.yaml";

  /** The seed with a lower target and a shorter warm-up: scales further out under the same spike. */
  private static Path tuned(Path dir) throws Exception {
    String yaml = Files.readString(Path.of(SEED)).replace("TargetValue: 50.0", "TargetValue: 30.0");
    assertThat(yaml).contains("TargetValue: 30.0");
    Path p = dir.resolve("tuned.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void comparesTwoConfigsUnderTheSameLoadAndSeed(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun o = CliRun.of("compare", SEED, tuned(dir).toString(), "--out", out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("Compared 2 configs for 90 min under step(20, 90@10m, 20@40m) (seed 1)",
        "fastcampus-nginx", "tuned", "compare.html");
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("compare.html", "compare.png", "fastcampus-nginx", "tuned");
    }
    assertThat(out.resolve("tuned/report.html")).exists();
    String html = Files.readString(out.resolve("compare.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<th>tuned − fastcampus-nginx</th>", "Activities of fastcampus-nginx",
        "Activities of tuned", "asgsim-compare");
    // Same load: the first config's timeline demand column equals the second's.
    List<String> a = Files.readAllLines(out.resolve("fastcampus-nginx/timeline.csv"));
    List<String> b = Files.readAllLines(out.resolve("tuned/timeline.csv"));
    assertThat(a).hasSameSizeAs(b);
    for (int i = 1; i < a.size(); i++) {
      assertThat(b.get(i).split(",")[2]).isEqualTo(a.get(i).split(",")[2]);
    }
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  @DisplayName("§7.11 a vCPU group against an instance group: each run's unit is named, capacities get a panel each "
      + "(no shared axis), unserved is a % of demand, and meanServing gets no difference across units")
  void capacityInDifferentUnitsIsNotDrawnOnOneAxis(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    CliRun o = CliRun.of("compare", "../examples/attribute-based.yaml", SEED, "--duration", "2h", "--out",
        out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("note: the configs count capacity in different units (attribute-based in vCPUs, "
        + "fastcampus-nginx in instances), so their desired capacities are not drawn on one axis");
    String html = Files.readString(out.resolve("compare.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("<strong>Note:</strong> the configs count capacity in different units",
        "\"unservedUnit\":\"% of demand\"", "\"capacityUnit\":\"vCPUs\"",
        "\"capacityUnit\":\"instances\"", "\"demandLabel\":\"demand (in vCPUs)\"")
        .containsPattern("<tr><td>meanServing</td><td class=\"n\">[0-9.]+ vCPUs</td><td class=\"n\">[0-9.]+ "
            + "instances</td><td class=\"n\">\\(different units\\)</td></tr>");
    // No shared capacity axis: the unit is given per run, never once for all.
    String data = html.substring(html.indexOf("{\"x\":"));
    assertThat(data.substring(0, data.indexOf("\"runs\""))).doesNotContain("capacityUnit");

    CliRun same = CliRun.of("compare", SEED, tuned(dir).toString(), "--duration", "1h", "--out",
        dir.resolve("same").toString());
    assertThat(same.out()).doesNotContain("different units");
    String sameHtml = Files.readString(dir.resolve("same/compare.html"), StandardCharsets.UTF_8);
    assertThat(sameHtml).contains("\"capacityUnit\":\"instances\",\"demandLabel\":\"demand (instances' worth)\"",
        "\"unservedUnit\":\"instances' worth\"").doesNotContain("(different units)");
  }

  @Test
  void sameFileTwiceGetsDistinctFolders(@TempDir Path dir) {
    CliRun o = CliRun.of("compare", SEED, SEED, "--out", dir.toString(), "--load", "const(30)", "--duration", "1h");
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(dir.resolve("fastcampus-nginx")).isDirectory();
    assertThat(dir.resolve("fastcampus-nginx-2")).isDirectory();
  }

  @Test
  void oneConfigIsAUsageError(@TempDir Path dir) {
    CliRun o = CliRun.of("compare", SEED, "--out", dir.toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("CONFIG").doesNotContain("\tat ");
  }

  @Test
  void badLoadExitsTwo(@TempDir Path dir) {
    CliRun o = CliRun.of("compare", SEED, SEED, "--out", dir.toString(), "--load", "step(20, 90@10x)");
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("bad load spec").doesNotContain("\tat ");
  }

  @Test
  @DisplayName("§7.6: with a warm pool on one side, compare shows where each run's launches came from (AWS's "
      + "Descriptions) and the pool's cost side by side")
  void warmPoolSideBySide(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(Path.of("../examples/warm-pool-slow-start.yaml"));
    String cold = yaml.substring(0, yaml.indexOf("  WarmPoolConfiguration:")) + yaml.substring(yaml.indexOf(
        "ScalingPolicies:"));
    cold = cold.substring(0, cold.indexOf("  WarmPool:")) + cold.substring(cold.indexOf("Load:"));
    Path noPool = dir.resolve("no-pool.yaml");
    Files.writeString(noPool, cold);
    Path out = dir.resolve("out");
    CliRun o = CliRun.of("compare", "../examples/warm-pool-slow-start.yaml", noPool.toString(), "--out",
        out.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.out()).contains("Warm pool (aws-behaviour §7.6):",
        "warm-pool-slow-start: Stopped, MinSize 0, MaxGroupPreparedCapacity 4, ReuseOnScaleIn false",
        "no-pool: none");
    assertThat(o.out().lines().filter(l -> l.contains("\"Launching a new EC2 instance from warm pool\"")))
        .singleElement().satisfies(l -> assertThat(l.split("\\s+")).endsWith("2", "0"));
    assertThat(o.out().lines().filter(l -> l.contains("\"Launching a new EC2 instance\"")))
        .singleElement().satisfies(l -> assertThat(l.split("\\s+")).endsWith("0", "2"));
    assertThat(Files.readString(out.resolve("compare.html"), StandardCharsets.UTF_8)).contains("<h2>Warm pool</h2>",
        "<td>warmPoolCost ($)</td><td class=\"n\">0.0049</td><td class=\"n\">0</td>");
    CliRun none = CliRun.of("compare", SEED, tuned(dir).toString(), "--out", dir.resolve("none").toString());
    assertThat(none.out()).doesNotContain("Warm pool");
  }
}
