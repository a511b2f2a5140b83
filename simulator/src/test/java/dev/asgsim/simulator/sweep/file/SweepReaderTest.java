package dev.asgsim.simulator.sweep.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReaderTest {
  private static final SweepReader READER = new SweepReader(name -> {
    if (!List.of("aws", "hpa", "oracle").contains(name) && !name.startsWith("static:")) {
      throw new IllegalArgumentException("unknown policy '" + name + "'");
    }
  });

  @TempDir
  Path dir;

  private SweepDefinition parse(String yaml) throws SweepFileException {
    return READER.parse(yaml, "s.yaml", ConfigFormat.YAML, Path.of("../examples").toAbsolutePath());
  }

  private static final String GOOD = """
      Base: fastcampus-nginx.yaml
      Variations:
        ScalingPolicies[0].TargetTrackingConfiguration.TargetValue: [30, 40.5, 50]
        Simulation.InstanceType: [t2.nano, c6i.large]
      Policies: [aws, hpa]
      Sample: {Mode: Random, Points: 4, Seed: 9}
      Loads:
        - step(20, 90@10m, 20@40m)
        - {Name: daily, Spec: "sine(50, 30, 24h) + noise(5)", Duration: 2d}
      Seeds: 3
      Seed: 7
      Slo: {UnservedPercent: 0.1, MinutesCpuAboveThresholdPerDay: 10}
      Objective: Cost
      """;

  @Test
  void readsEveryPartOfAGoodFile() throws Exception {
    SweepDefinition def = parse(GOOD);
    assertThat(def.base().autoScalingGroup().autoScalingGroupName()).isEqualTo("autoscaling-20211202");
    assertThat(def.axes()).extracting(Axis::name).containsExactly("Policies",
        "ScalingPolicies[0].TargetTrackingConfiguration.TargetValue", "Simulation.InstanceType");
    assertThat(def.axes().get(1).values()).extracting(Object::toString).containsExactly("30", "40.5", "50");
    assertThat(def.sampling()).isEqualTo(Sampling.random(4, 9));
    assertThat(def.loads()).containsExactly(new LoadCase("step(20, 90@10m, 20@40m)", "step(20, 90@10m, 20@40m)", null),
        new LoadCase("daily", "sine(50, 30, 24h) + noise(5)", "2d"));
    assertThat(def.seeds()).isEqualTo(3);
    assertThat(def.seed()).isEqualTo(7);
    assertThat(def.slo().maxima()).containsExactly(java.util.Map.entry(Score.UNSERVED_PERCENT, 0.1),
        java.util.Map.entry(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY, 10.0));
    assertThat(def.points()).hasSize(5);
    assertThat(def.basePoint().label(def.axes())).isEqualTo("base");
    assertThat(def.basePoint().values()).extracting(Point::text).containsExactly("aws", "50", "t2.nano"); // the base's 50.0 reads as the axis's 50
    assertThat(def.findings()).isEmpty();
  }

  @Test
  void takesAnInlineBaseAndDefaults() throws Exception {
    SweepDefinition def = parse("""
        Base:
          AutoScalingGroup:
            AutoScalingGroupName: g
            MinSize: 1
            MaxSize: 4
            LaunchTemplate: {LaunchTemplateName: web}
          ScalingPolicies:
            - PolicyName: tt
              PolicyType: TargetTrackingScaling
              TargetTrackingConfiguration:
                PredefinedMetricSpecification: {PredefinedMetricType: ASGAverageCPUUtilization}
                TargetValue: 50
        Variations:
          AutoScalingGroup.MaxSize: [2, 4]
        Loads: [constant(30)]
        """);
    assertThat(def.base().autoScalingGroup().maxSize()).isEqualTo(4);
    assertThat(def.sampling()).isEqualTo(Sampling.GRID);
    assertThat(def.seeds()).isEqualTo(SweepDefinition.DEFAULT_SEEDS);
    assertThat(def.objective()).isEqualTo(Score.COST);
    // MaxSize 4 is the base config itself: it runs once, as the base.
    assertThat(def.points()).extracting(p -> p.label(def.axes())).containsExactly("base", "MaxSize=2");
  }

  @Test
  void anUnknownPathIsAFindingAndItsAxisIsSkipped() throws Exception {
    SweepDefinition def = parse(GOOD.replace("Simulation.InstanceType:", "Simulation.InstanceTyp:"));
    assertThat(def.axes()).extracting(Axis::name).doesNotContain("Simulation.InstanceTyp");
    assertThat(def.findings()).singleElement().satisfies(f -> assertThat(f.message())
        .startsWith("s.yaml:4: unknown member 'InstanceTyp' in Simulation").contains("InstanceType")
        .endsWith("this axis is skipped"));
  }

  @Test
  void malformedYamlNamesTheLine() {
    assertThatThrownBy(() -> parse("Base: fastcampus-nginx.yaml\nLoads: [step(20\n  Seeds: [\n"))
        .isInstanceOf(SweepFileException.class).hasMessageStartingWith("s.yaml:");
    assertThatThrownBy(() -> parse(GOOD.replace("Seeds: 3", "Seeds: three")))
        .hasMessageStartingWith("s.yaml:10:").hasMessageContaining("three");
  }

  @Test
  void anUnknownTopLevelKeyNamesTheLineAndTheKnownKeys() {
    assertThatThrownBy(() -> parse(GOOD.replace("Objective: Cost", "Objectiv: Cost")))
        .hasMessageStartingWith("s.yaml:13:1:").hasMessageContaining("unknown member 'Objectiv'")
        .hasMessageContaining("Objective");
  }

  @Test
  void missingOrBrokenPartsSayWhatToWrite() {
    assertThatThrownBy(() -> parse("Loads: [constant(1)]\n")).hasMessageContaining("no Base");
    assertThatThrownBy(() -> parse("Base: fastcampus-nginx.yaml\n")).hasMessageContaining("no Loads");
    assertThatThrownBy(() -> parse("Base: nowhere.yaml\nLoads: [constant(1)]\n"))
        .hasMessageStartingWith("s.yaml:1:").hasMessageContaining("nowhere.yaml: no such file");
    assertThatThrownBy(() -> parse(GOOD.replace("[30, 40.5, 50]", "[]"))).hasMessageStartingWith("s.yaml:3:")
        .hasMessageContaining("no values");
    assertThatThrownBy(() -> parse(GOOD.replace("ScalingPolicies[0].Target", "ScalingPolicies[a].Target")))
        .hasMessageStartingWith("s.yaml:3:").hasMessageContaining("not a path");
    assertThatThrownBy(() -> parse(GOOD.replace("Mode: Random", "Mode: Sobol"))).hasMessageContaining("Grid or Random");
    assertThatThrownBy(() -> parse(GOOD.replace("Points: 4, ", ""))).hasMessageContaining("Points");
    assertThatThrownBy(() -> parse(GOOD.replace("Seeds: 3", "Seeds: 0"))).hasMessageStartingWith("s.yaml:10:").hasMessageContaining("at least 1");
  }

  @Test
  void anUnusablePolicyNamesTheLine() {
    assertThatThrownBy(() -> parse(GOOD.replace("[aws, hpa]", "[aws, com.example.Nope]")))
        .hasMessageStartingWith("s.yaml:5:").hasMessageContaining("unknown policy 'com.example.Nope'");
  }

  @Test
  void aBrokenBaseFileNamesItsOwnLine() throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "AutoScalingGroup:\n  MinSize: 1\n  MaxSiz: 3\n");
    Files.writeString(dir.resolve("s.yaml"), "Base: bad.yaml\nLoads: [constant(1)]\n");
    assertThatThrownBy(() -> READER.read(dir.resolve("s.yaml")))
        .isInstanceOf(SweepFileException.class).hasMessageContaining("bad.yaml:3:").hasMessageContaining("MaxSiz");
  }

  @Test
  void aMissingSweepFileIsAMessage() {
    assertThatThrownBy(() -> READER.read(dir.resolve("none.yaml"))).hasMessageEndingWith("none.yaml: no such file");
  }

  @Test
  @DisplayName("issue 19 item 3: a misspelt Slo or Objective score fails when the file is read, at its line, with a suggestion")
  void misspeltScoresAreRefusedAtTheirLine() {
    assertThatThrownBy(() -> parse(GOOD.replace("{UnservedPercent: 0.1,", "{UnservedPercnt: 0.1,")))
        .isInstanceOf(SweepFileException.class).hasMessageStartingWith("s.yaml:12: ")
        .hasMessageContaining("no score named 'UnservedPercnt'").hasMessageContaining("did you mean UnservedPercent?");
    assertThatThrownBy(() -> parse(GOOD.replace("Objective: Cost", "Objective: Cots")))
        .hasMessageStartingWith("s.yaml:13: ").hasMessageContaining("did you mean Cost?");
    // An input echoed back (PricePerHour) is not a result a sweep can bound or minimise.
    assertThatThrownBy(() -> parse(GOOD.replace("Objective: Cost", "Objective: PricePerHour")))
        .hasMessageContaining("no score named 'PricePerHour'");
    assertThatThrownBy(() -> parse(GOOD.replace("Objective: Cost", "Objective: MeanCpu")))
        .hasMessageStartingWith("s.yaml:13: ").hasMessageContaining("better when higher");
  }

  @Test
  @DisplayName("issue 19 item 9: duplicate keys are refused as in config files")
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> parse(GOOD.replace("Seed: 7", "Seed: 7\nSeeds: 1")))
        .isInstanceOf(SweepFileException.class).hasMessageStartingWith("s.yaml:12:")
        .hasMessageContaining("key Seeds is written twice");
    assertThatThrownBy(() -> parse(GOOD.replace("Slo: {UnservedPercent: 0.1,", "Slo: {UnservedPercent: 0.1, UnservedPercent: 1,")))
        .hasMessageStartingWith("s.yaml:12:").hasMessageContaining("key UnservedPercent is written twice");
  }

  @Test
  @DisplayName("issue 19 item 13: load names are unique and not empty")
  void loadNamesAreUniqueAndNotEmpty() {
    assertThatThrownBy(() -> parse(GOOD.replace("Name: daily", "Name: 'step(20, 90@10m, 20@40m)'")))
        .hasMessageStartingWith("s.yaml:").hasMessageContaining("two loads are named 'step(20, 90@10m, 20@40m)'");
    assertThatThrownBy(() -> parse(GOOD.replace("Name: daily", "Name: ''")))
        .hasMessageStartingWith("s.yaml:").hasMessageContaining("Name must not be empty");
  }

  @Test
  @DisplayName("issue 19 item 2: the size is counted when the file is read and refused over the limit")
  void tooLargeSweepsAreRefusedWithTheCountAndHowToSample() {
    // 2 policies x 100 000 target values x 2 instance types = 400 000 points and the base, x 2 loads x 3 seeds.
    String grid = GOOD.replace("Sample: {Mode: Random, Points: 4, Seed: 9}\n", "")
        .replace("[30, 40.5, 50]", "{From: 1, To: 100000, Step: 1}");
    assertThatThrownBy(() -> parse(grid)).isInstanceOf(SweepFileException.class).hasMessageStartingWith("s.yaml:2: ")
        .hasMessageContaining("= 2,400,006 simulations").hasMessageContaining("at most 1,000,000")
        .hasMessageContaining("Sample: {Mode: Random, Points: 166,665}");
    assertThatThrownBy(() -> parse(GOOD.replace("Seeds: 3", "Seeds: 2147483647")))
        .hasMessageStartingWith("s.yaml:10: ").hasMessageContaining("lower Seeds");
    // A sample of 10^9 from a 4 x 10^10 grid: refused before a single point is drawn.
    assertThatThrownBy(() -> parse(grid.replace("Seeds: 3", "Seeds: 1")
        .replace("Policies:", "  ScalingPolicies[0].EstimatedInstanceWarmup: {From: 0, To: 99999, Step: 1}\nPolicies:")
        .replace("Loads:", "Sample: {Mode: Random, Points: 1000000000}\nLoads:")))
        .hasMessageStartingWith("s.yaml:7: ").hasMessageContaining("1,000,000,001 points");
    // Just under the limit is fine: 166 665 sampled points + the base, x 2 loads x 3 seeds.
    SweepDefinition def = assertDoesNotThrow(() -> parse(grid.replace("Loads:",
        "Sample: {Mode: Random, Points: 166665, Seed: 1}\nLoads:")));
    assertThat(SweepSize.of(def.axes(), def.sampling(), def.loads().size(), def.seeds()).simulations())
        .isEqualTo(999_996);
  }

  @Test
  @DisplayName("issue 19 item 13: a Base config AWS would refuse is bad input, with the base file's line")
  void anInvalidBaseIsRefused() throws Exception {
    String seed = Files.readString(Path.of("../examples/fastcampus-nginx.yaml"));
    Files.writeString(dir.resolve("bad.yaml"), seed.replaceFirst("MinSize: \\d+", "MinSize: 50"));
    Files.writeString(dir.resolve("s.yaml"), "Base: bad.yaml\nLoads: [constant(1)]\n");
    assertThatThrownBy(() -> READER.read(dir.resolve("s.yaml"))).isInstanceOf(SweepFileException.class)
        .hasMessageStartingWith(dir.resolve("s.yaml") + ":1:").hasMessageContaining("AWS would refuse this config")
        .hasMessageContaining(dir.resolve("bad.yaml") + ":9:").hasMessageContaining("MinSize 50 is above MaxSize");
  }
}
