package dev.asgsim.simulator.sweep.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.SweepDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
      Slo: {UnservedPercent: 0.1, MinutesAbove80PerDay: 10}
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
    assertThat(def.slo().maxima()).containsExactly(java.util.Map.entry("UnservedPercent", 0.1),
        java.util.Map.entry("MinutesAbove80PerDay", 10.0));
    assertThat(def.points()).hasSize(5);
    assertThat(def.basePoint().label(def.axes())).isEqualTo("base");
    assertThat(def.basePoint().values()).extracting(Point::text).containsExactly("aws", "50.0", "t2.nano");
    assertThat(def.findings()).isEmpty();
  }

  @Test
  void takesAnInlineBaseAndDefaults() throws Exception {
    SweepDefinition def = parse("""
        Base:
          AutoScalingGroup: {AutoScalingGroupName: g, MinSize: 1, MaxSize: 4}
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
    assertThat(def.objective()).isEqualTo("Cost");
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
}
