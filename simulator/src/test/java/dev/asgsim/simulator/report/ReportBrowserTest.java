package dev.asgsim.simulator.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.load.LoadSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html in a real browser (issue 17 item 7): no page error or console error, every panel drawn (its series'
 * colours are on the canvas) and its legend lists the series — for a short run (one column per minute), a two-week
 * burstable run (aggregated columns, credits panel, throttling), a request-count policy (own metric panel), a
 * predictive policy's hour-by-hour forecast panels (ForecastAndScale and ForecastOnly), a warm pool with a launch
 * hook (its own panel, per minute and over 30 days) and the comparison of two configs (compare.html).
 */
class ReportBrowserTest {

  static SimulationResult run(String config, String load, int minutes) throws Exception {
    ScalingConfig c = ConfigReader.read(Path.of("../examples/" + config));
    return Simulation.builder(c).load(LoadSpec.parse(load).render(minutes, 1)).seed(1).build().run();
  }

  @Test
  void shortRunDrawsEveryPanel(@TempDir Path dir) throws Exception {
    JsonNode probe = probe(run("fastcampus-nginx.yaml", "step(20, 90@10m, 20@40m)", 90), dir);
    Map<String, JsonNode> panels = panels(probe);
    String why = "Why didn't it scale? (the rule that held desired capacity, per column)";
    assertThat(panels.keySet()).containsExactly("CPU", "CPU credits", "Capacity and demand", "Scaling decisions", why);
    assertThat(probe.get("panels").get(0).get("inked").asInt()).as("inked pixels").isGreaterThan(10_000);
    assertDrawn(panels.get("Capacity and demand"), "demand (instances' worth)", "desired", "serving (LB healthy)");
    assertThat(labels(panels.get("Capacity and demand"))).contains("in service", "MinSize", "MaxSize");
    assertDrawn(panels.get("CPU"), "CPUUtilization (Average, 60 s), %", "CPU of serving instances, %");
    assertDrawn(panels.get("CPU credits"),
        "CPU credits (mean balance of in-service instances; below 0: surplus credits owed)");
    assertDrawn(panels.get("Scaling decisions"), "scale-out", "scale-in");
    // issue 17 item 3: a lane per reason the engine gave (aws-behaviour §1.4: the dead band, AlarmLow counting 15 of 15)
    assertDrawn(panels.get(why), "DEAD_BAND", "SCALE_IN_PENDING", "EQUALS_CURRENT", "INSUFFICIENT_DATA");
  }

  @Test
  void twoWeekThrottledRunIsAggregatedAndShowsTheLoss(@TempDir Path dir) throws Exception {
    JsonNode probe = probe(run("fastcampus-nginx.yaml", "sine(110, 60, 24h, 14h)", 14 * 1440), dir);
    Map<String, JsonNode> panels = panels(probe);
    JsonNode capacity = panels.get("Capacity and demand — red: unserved demand, orange: serving capacity lost to "
        + "CPU-credit throttling");
    assertDrawn(capacity, "demand (instances' worth)", "desired", "serving (LB healthy)");
    assertThat(labels(capacity)).contains("served (instances' worth)",
        "deliverable capacity (after CPU-credit throttling)", "demand, column max", "desired, column min");
    assertThat(panels.keySet()).anyMatch(t -> t.startsWith("Scaling decisions per column"));
  }

  @Test
  void requestPolicyGetsItsOwnMetricPanel(@TempDir Path dir) throws Exception {
    JsonNode probe = probe(run("alb-request-count.yaml", "step(1500, 12000@20m, 1500@50m)", 120), dir);
    Map<String, JsonNode> panels = panels(probe);
    assertDrawn(panels.get("Scaling metric"), "ALBRequestCountPerTarget (Sum, 60 s), requests per target",
        "target 1000");
    assertThat(labels(panels.get("CPU"))).doesNotContain("ALBRequestCountPerTarget (Sum, 60 s), requests per target");
  }

  @Test
  void predictiveEvaluationIsDrawnHourByHour(@TempDir Path dir) throws Exception {
    // aws-behaviour §5.2: the forecast against the run, as AWS's console graphs it for ForecastOnly
    String daily = "step(40, 200@8h, 40@18h, 200@32h, 40@42h, 200@56h, 40@66h)";
    for (String mode : List.of("ForecastAndScale", "ForecastOnly")) {
      String yaml = Files.readString(Path.of("../examples/predictive-daily.yaml"))
          .replace("Mode: ForecastAndScale", "Mode: " + mode);
      Path file = dir.resolve(mode + ".yaml");
      Files.writeString(file, yaml);
      SimulationResult r = Simulation.builder(ConfigReader.read(file)).load(LoadSpec.parse(daily).render(3 * 1440, 1)).seed(1).build().run();
      assertThat(r.forecasts()).singleElement().satisfies(f -> assertThat(f.mode()).isEqualTo(mode));
      JsonNode probe = probe(r, dir);
      Map<String, JsonNode> panels = panels(probe);
      JsonNode load = panels.entrySet().stream().filter(e -> e.getKey().startsWith("Load: forecast vs actual — "
          + "daily-forecast (" + mode + ") — WAPE ")).map(Map.Entry::getValue).findFirst().orElse(null);
      JsonNode capacity = panels.entrySet().stream().filter(e -> e.getKey().startsWith("Capacity: forecast vs "
          + "produced — daily-forecast — WAPE ")).map(Map.Entry::getValue).findFirst().orElse(null);
      assertDrawn(load, "load observed", "load forecast");
      assertDrawn(capacity, "capacity produced (mean desired)", "capacity forecast");
      assertThat(load.get("inked").asInt()).as("inked pixels").isGreaterThan(10_000);
      // the timeline's panels are still there beside them
      assertThat(panels.keySet()).anyMatch(t -> t.startsWith("Capacity and demand"));
    }
  }

  @Test
  void warmPoolAndHooksGetTheirPanel(@TempDir Path dir) throws Exception {
    // aws-behaviour §6.5, §7.6: the pool's size and the instances held by hooks, per minute and over 30 days
    String title = "Warm pool and lifecycle hooks";
    Map<String, JsonNode> minutes = panels(probe(run("warm-pool-slow-start.yaml", "step(20, 150@10m, 20@40m)", 90),
        dir));
    assertDrawn(minutes.get(title), "warm pool (instances)", "waiting in lifecycle hooks");
    Map<String, JsonNode> month = panels(probe(run("warm-pool-slow-start.yaml", "sine(100, 60, 24h, 14h)",
        30 * 1440), dir));
    assertDrawn(month.get(title), "warm pool (instances)", "waiting in lifecycle hooks");
    assertThat(labels(month.get(title))).contains("warm pool (instances), column max");
    // a group without either keeps its panels as they were
    assertThat(panels(probe(run("fastcampus-nginx.yaml", "step(20, 90@10m, 20@40m)", 90), dir))).doesNotContainKey(title);
  }

  @Test
  void compareReportOverlaysEveryRun(@TempDir Path dir) throws Exception {
    Path chromium = Chromium.require();
    SimulationResult a = run("fastcampus-nginx.yaml", "step(20, 90@10m, 20@40m)", 90);
    String yaml = Files.readString(Path.of("../examples/fastcampus-nginx.yaml"))
        .replace("TargetValue: 50.0", "TargetValue: 30.0");
    Path file = dir.resolve("tuned.yaml");
    Files.writeString(file, yaml);
    SimulationResult b = Simulation.builder(ConfigReader.read(file))
        .load(LoadSpec.parse("step(20, 90@10m, 20@40m)").render(90, 1)).seed(1).build().run();
    assertThat(yaml).contains("TargetValue: 30.0");
    String html = new String(CompareReport.render(List.of("seed", "tuned"), List.of(a, b)).get(CompareReport.HTML),
        StandardCharsets.UTF_8);
    JsonNode probe = Chromium.probe(chromium, html, dir);
    assertThat(probe.get("errors")).as("page and console errors").isEmpty();
    Map<String, JsonNode> panels = panels(probe);
    assertThat(panels.keySet()).containsExactlyInAnyOrder("Desired capacity against demand", "Unserved demand",
        "CPUUtilization (Average, 60 s)");
    assertDrawn(panels.get("Desired capacity against demand"), "demand (instances' worth)", "seed: desired",
        "tuned: desired");
    assertDrawn(panels.get("CPUUtilization (Average, 60 s)"), "seed: CPUUtilization (Average, 60 s)",
        "tuned: CPUUtilization (Average, 60 s)");
  }

  private static JsonNode probe(SimulationResult r, Path dir) throws Exception {
    Path chromium = Chromium.require();
    String html = HtmlReport.render(r, Chart.png(r), List.of());
    JsonNode probe = Chromium.probe(chromium, html, dir);
    assertThat(probe.get("errors")).as("page and console errors").isEmpty();
    return probe;
  }

  private static Map<String, JsonNode> panels(JsonNode probe) {
    Map<String, JsonNode> byTitle = new TreeMap<>();
    probe.get("panels").forEach(p -> byTitle.put(p.get("title").asText(), p));
    assertThat(byTitle).as("uPlot panels").isNotEmpty();
    return byTitle;
  }

  private static List<String> labels(JsonNode panel) {
    List<String> out = new ArrayList<>();
    panel.get("labels").forEach(l -> out.add(l.asText()));
    return out;
  }

  /** Each named series is in the legend and at least 20 canvas pixels carry its colour. */
  private static void assertDrawn(JsonNode panel, String... series) {
    assertThat(panel).as("panel").isNotNull();
    assertThat(labels(panel)).contains(series);
    Map<String, Integer> pixels = new TreeMap<>();
    panel.get("series").forEach(s -> pixels.put(s.get("label").asText(), s.get("pixels").asInt()));
    for (String s : series) {
      assertThat(pixels.getOrDefault(s, 0)).as("pixels of " + s + " in " + panel.get("title").asText() + " " + pixels)
          .isGreaterThan(20);
    }
  }
}
