package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 19 items 6, 7 and 8: hostile configs are refused at a place, in the reader's words, before any big work. */
class HostileConfigTest {
  @TempDir Path dir;

  private static final String GROUP = "AutoScalingGroup:\n  AutoScalingGroupName: g\n  MinSize: 1\n  MaxSize: 2\n";

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static Problem only(Path file) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigReader.load(file));
    assertThat(e).as("%s must be refused", file).isNotNull();
    assertThat(e.getMessage()).doesNotContainPattern("dev\\.asgsim|com\\.fasterxml|Exception|StreamReadConstraints"
        + "|CoercionConfig|Cannot construct instance|`");
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", ".NaN", ".inf", "-.inf", "+.Inf"})
  void yamlNanAndInfinityAreReadAndReportedAsNotFinite(String v) throws IOException {
    Path f = write("a.yaml", GROUP + "ScalingPolicies:\n  - PolicyName: p\n    PolicyType: TargetTrackingScaling\n"
        + "    TargetTrackingConfiguration:\n      TargetValue: " + v + "\n");
    Problem p = only(f);
    assertThat(p.format()).startsWith(f + ":9:20: TargetValue must be a finite number, not " + v);
    assertThat(p.path()).isEqualTo("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue");
  }

  @Test
  void aMisspeltTopLevelKeyShowsItsLineEvenWithAListValue() throws IOException {
    Problem p = only(write("a.yaml", GROUP + "ScalingPolicys:\n  - PolicyName: p\n"));
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(1);
    assertThat(p.path()).isEqualTo("ScalingPolicys");
    assertThat(p.hint()).isEqualTo("did you mean ScalingPolicies?");
    Problem deep = only(write("b.yaml", GROUP + "Deep: " + "[".repeat(60) + "]".repeat(60) + "\n"));
    assertThat(deep.line()).isEqualTo(5);
    assertThat(deep.path()).isEqualTo("Deep");
  }

  @Test
  void unknownKeysWithListValuesInsideARecordShowTheirOwnLines() throws IOException {
    Path f = write("a.yaml", GROUP + "  Extra: [1, 2]\n  TargetGroupARN:\n    - arn\nSimulation:\n  Extra: [3]\n");
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigReader.load(f));
    assertThat(e.problems()).extracting(Problem::path, Problem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("AutoScalingGroup.Extra", 5),
        org.assertj.core.groups.Tuple.tuple("AutoScalingGroup.TargetGroupARN", 6),
        org.assertj.core.groups.Tuple.tuple("Simulation.Extra", 9));
    assertThat(e.problems().get(1).hint()).isEqualTo("did you mean TargetGroupARNs?");
  }

  @Test
  void nestingBeyondAThousandLevelsHasALocationAndOurWording() throws IOException {
    Problem p = only(write("a.yaml", GROUP + "Deep: " + "[".repeat(1200) + "]".repeat(1200) + "\n"));
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isPositive();
    assertThat(p.message()).isEqualTo("nests lists and mappings more than 1000 levels deep");
    Problem json = only(write("a.json", "{\"AutoScalingGroup\": " + "[".repeat(1200) + "]".repeat(1200) + "}"));
    assertThat(json.line()).isEqualTo(1);
    assertThat(json.message()).isEqualTo("nests lists and mappings more than 1000 levels deep");
  }

  @Test
  void anOverLongFileIsRefusedBySizeBeforeParsing() throws IOException {
    // One long line: SnakeYAML's scanner is quadratic in it, so the size is checked first.
    Problem yaml = only(write("a.yaml", GROUP + "  Tags: [" + "{Key: k, Value: v},".repeat(140_000) + "]\n"));
    assertThat(yaml.code()).isEqualTo("too-large");
    assertThat(yaml.format()).startsWith(dir.resolve("a.yaml") + ": file too large: 2.5 MB, at most 2 MB");
    Problem json = only(write("b.json", "{\"AutoScalingGroup\": {\"Tags\": [" + "{\"Key\": \"k\"},".repeat(400_000)
        + "{}]}}"));
    assertThat(json.message()).isEqualTo("file too large: 5.0 MB, at most 2 MB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\"", "\" \"", "\"\\u0000\"", "\"\\t\"", "\"\\u0001 \""})
  void blankOrControlTextInANumberIsAWrongTypeNotUnset(String v) throws IOException {
    Problem p = only(write("a.yaml", GROUP + "  HealthCheckGracePeriod: " + v + "\n"));
    assertThat(p.code()).isEqualTo("wrong-type");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.message()).startsWith("expected a whole number but found");
    assertThat(p.message()).doesNotContain("\u0000");
  }

  @Test
  void blankTextInABooleanOrADecimalIsAWrongType() throws IOException {
    assertThat(only(write("a.yaml", GROUP + "  CapacityRebalance: \" \"\n")).message())
        .isEqualTo("expected true or false but found blank text");
    Problem bound = only(write("b.yaml", GROUP + "ScalingPolicies:\n  - PolicyName: p\n    PolicyType: StepScaling\n"
        + "    StepAdjustments:\n      - MetricIntervalLowerBound: 0\n        MetricIntervalUpperBound: \"\"\n"
        + "        ScalingAdjustment: 1\n"));
    assertThat(bound.message()).isEqualTo("expected a number but found blank text");
    assertThat(bound.line()).isEqualTo(10);
  }

  @Test
  void aScalarWhereAMappingBelongsNamesNoJavaClass() throws IOException {
    Problem p = only(write("a.yaml", GROUP + "  MetricsCollection: G\n"));
    assertThat(p.message()).isEqualTo("expected a mapping of keys to values but found text G");
    assertThat(p.line()).isEqualTo(5);
  }

  @Test
  void aFileThatIsNotRegularOrDoesNotExistIsStillAProblem() {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigReader.load(dir.resolve("x.yaml")));
    assertThat(e.problems()).extracting(Problem::code).isEqualTo(List.of("missing-file"));
  }
}
