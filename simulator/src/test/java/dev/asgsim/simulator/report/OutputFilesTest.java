package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  static SimulationResult run(long seed) throws Exception {
    ScalingConfig config = ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
    return Simulation.builder(config)
        .load(LoadSpec.parse("step(20, 90@10m, 20@40m) + noise(5)").render(90, seed))
        .seed(seed)
        .build()
        .run();
  }

  @Test
  void sameConfigLoadAndSeedGiveByteIdenticalFiles(@TempDir Path dir) throws Exception {
    Map<String, byte[]> a = OutputFiles.render(run(7), List.of());
    Map<String, byte[]> b = OutputFiles.render(run(7), List.of());
    assertThat(a.keySet()).containsExactly("timeline.csv", "activities.json", "summary.json", "chart.png",
        "report.html");
    for (String name : a.keySet()) {
      assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
    }
    Map<String, byte[]> c = OutputFiles.render(run(8), List.of());
    assertThat(c.get("timeline.csv")).isNotEqualTo(a.get("timeline.csv"));
    OutputFiles.write(dir, a);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("activities.json", "chart.png", "report.html", "summary.json", "timeline.csv");
    }
    if (System.getProperty("asgsim.keepChart") != null) {
      Files.write(Path.of(System.getProperty("asgsim.keepChart")), a.get("chart.png"));
    }
  }

  @Test
  void timelineHasTheDocumentedColumnsAndOneRowPerMinute() throws Exception {
    String csv = TimelineCsv.render(run(1).timeline().orElseThrow());
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "time,minute,demand,desired,pending,in_service,warm,serving,cpu,metric,alarm_high,alarm_low,unserved,credits,"
            + "why,proposed_1");
    assertThat(lines).hasSize(91);
    assertThat(lines.get(1)).startsWith("2024-01-01T00:00:00Z,0,");
    assertThat(lines.get(1).split(",", -1)).hasSize(16);
  }

  @Test
  void activitiesLookLikeDescribeScalingActivities() throws Exception {
    String json = ActivitiesJson.render(run(1));
    assertThat(json).contains("\"Activities\"", "\"ActivityId\"", "\"AutoScalingGroupName\" : \"autoscaling-20211202\"",
        "\"Description\" : \"Launching a new EC2 instance: i-", "\"StatusCode\" : \"Successful\"",
        "\"Details\" : \"{\\\"Availability Zone\\\":\\\"ap-northeast-2", "\"OldDesiredCapacity\" : 1",
        "\"NewDesiredCapacity\" : 2");
    String summary = SummaryJson.render(run(1));
    assertThat(summary).contains("\"thetaU\"", "\"cost\"", "\"AutoScalingGroupName\" : \"autoscaling-20211202\"");
    String html = HtmlReport.render(run(1), new byte[] {1, 2, 3}, List.of("WARNING rule-x: something"));
    assertThat(html).contains("data:image/png;base64,AQID", "WARNING rule-x: something", "Launching a new EC2")
        .doesNotContain("src=\"http", "href=\"http", "<script src", "<link");
    assertThat(HtmlReport.render(run(1), new byte[0], null)).contains("The validator did not run");
    assertThat(HtmlReport.render(run(1), new byte[0], List.of())).contains("No findings.");
    assertThat(html.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
  }
}
