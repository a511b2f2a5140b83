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

/** Each kind of unreadable input names the file, the line and column, and what to do; never a stack trace. */
class ConfigReaderErrorTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static List<Problem> problems(Path file) {
    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigReader.load(file));
    assertThat(e).as("%s must be refused", file).isNotNull();
    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.file()).isEqualTo(file.toString());
      assertThat(p.hint()).isNotBlank();
    });
    assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\tat ");
    return e.problems();
  }

  private static Problem only(Path file) {
    List<Problem> problems = problems(file);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void yamlSyntaxError() throws IOException {
    Problem p = only(write("a.yaml", "AutoScalingGroup:\n  MinSize: 1\n   MaxSize: 2\n"));
    assertThat(p.code()).isEqualTo("syntax");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isPositive();
    assertThat(p.message()).startsWith("YAML syntax error");
  }

  @Test
  void jsonSyntaxError() throws IOException {
    Problem p = only(write("a.json", "{\n  \"AutoScalingGroup\": {\n    \"MinSize\": 1,\n  }\n}\n"));
    assertThat(p.code()).isEqualTo("syntax");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).startsWith("JSON syntax error");
  }

  @Test
  void wrongTypeNamesPathLineAndWhatWasFound() throws IOException {
    Problem p = only(write("a.yaml", "AutoScalingGroup:\n  AutoScalingGroupName: g\n  MinSize: one\n"));
    assertThat(p.code()).isEqualTo("wrong-type");
    assertThat(p.path()).isEqualTo("AutoScalingGroup.MinSize");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).contains("whole number").contains("one");
  }

  @Test
  void allUnknownKeysAtOnceWithDidYouMean() throws IOException {
    List<Problem> problems = problems(write("a.yaml", """
        AutoScalingGroup:
          AutoScalingGroupName: g
          MinSiz: 1
          MaxSize: 2
          LaunchTemplate: {LaunchTemplateName: lt, Versoin: $Latest}
        ScalingPolicies:
          - PolicyName: p
            policyType: TargetTrackingScaling
        Simulaton:
          InstanceType: t2.nano
        """));
    assertThat(problems).extracting(Problem::code).containsOnly("unknown-key");
    assertThat(problems).extracting(Problem::path).containsExactly("AutoScalingGroup.MinSiz",
        "AutoScalingGroup.LaunchTemplate.Versoin", "ScalingPolicies[0].policyType", "Simulaton");
    assertThat(problems).extracting(Problem::line).containsExactly(3, 5, 8, 9);
    assertThat(problems).extracting(Problem::hint).containsExactly("did you mean MinSize?",
        "did you mean Version?", "names are case-sensitive: write PolicyType", "did you mean Simulation?");
  }

  @Test
  void typeErrorsAndUnknownKeysTogether() throws IOException {
    List<Problem> problems = problems(write("a.yaml", "AutoScalingGroup:\n  MinSize: x\n  MaxSize: y\n  Foo: 1\n"));
    assertThat(problems).extracting(Problem::code).containsExactly("wrong-type", "wrong-type", "unknown-key");
    assertThat(problems).extracting(Problem::line).containsExactly(2, 3, 4);
  }

  @Test
  void numberOutOfRangeForInt() throws IOException {
    Problem p = only(write("a.yaml", "AutoScalingGroup:\n  MaxSize: 99999999999\n"));
    assertThat(p.code()).isEqualTo("out-of-range");
    assertThat(p.path()).isEqualTo("AutoScalingGroup.MaxSize");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.message()).contains("99999999999");
  }

  @Test
  void emptyFile() throws IOException {
    Problem p = only(write("a.yaml", ""));
    assertThat(p.code()).isEqualTo("empty");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(1);
    assertThat(only(write("b.yaml", "   \n\n")).code()).isEqualTo("empty");
    assertThat(only(write("c.yaml", "# only a comment\n")).code()).isEqualTo("empty");
  }

  @Test
  void directory() {
    Problem p = only(dir);
    assertThat(p.code()).isEqualTo("not-a-file");
    assertThat(p.message()).contains("directory");
  }

  @Test
  void missingFile() {
    Problem p = only(dir.resolve("nope.yaml"));
    assertThat(p.code()).isEqualTo("missing-file");
    assertThat(p.format()).startsWith(dir.resolve("nope.yaml") + ": no such file");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] gzip = {0x1f, (byte) 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03};
    Problem p = only(write("a.yaml.gz", gzip));
    assertThat(p.code()).isEqualTo("binary");
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.column()).isEqualTo(4);
  }

  @Test
  void nonUtf8File() throws IOException {
    byte[] latin1 = "AutoScalingGroup:\n  AutoScalingGroupName: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Problem p = only(write("a.yaml", latin1));
    assertThat(p.code()).isEqualTo("encoding");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(28);
    assertThat(p.message()).contains("UTF-8").contains("0xE9");
  }

  @Test
  void duplicateKey() throws IOException {
    Problem p = only(write("a.yaml", "AutoScalingGroup:\n  MinSize: 1\n  MinSize: 2\n"));
    assertThat(p.code()).isEqualTo("duplicate-key");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("line 2");
  }

  @Test
  void aListIsNotADocument() throws IOException {
    Problem p = only(write("a.yaml", "- AutoScalingGroup: {}\n"));
    assertThat(p.code()).isEqualTo("wrong-type");
    assertThat(p.line()).isEqualTo(1);
  }

  @Test
  void severalYamlDocuments() throws IOException {
    Problem p = only(write("a.yaml", "AutoScalingGroup:\n  MinSize: 1\n---\nAutoScalingGroup:\n  MinSize: 2\n"));
    assertThat(p.code()).isEqualTo("syntax");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).contains("2 documents");
  }

  @Test
  void byteOrderMarkIsAccepted() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "AutoScalingGroup:\n  MinSize: 1\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    assertThat(ConfigReader.load(write("a.yaml", all)).config().autoScalingGroup().minSize()).isEqualTo(1);
  }

  @Test
  void unquotedLaunchTemplateVersionNumberIsText() throws IOException {
    Path p = write("a.yaml", "AutoScalingGroup:\n  LaunchTemplate: {LaunchTemplateName: lt, Version: 2}\n");
    assertThat(ConfigReader.load(p).config().autoScalingGroup().launchTemplate().version()).isEqualTo("2");
  }

  @Test
  void sourceMapNamesKeysAndListItems() throws IOException {
    ConfigDocument doc = ConfigReader.load(Path.of("../examples/fastcampus-nginx.yaml"));
    SourceMap map = doc.sourceMap();
    assertThat(map.exact("AutoScalingGroup.MinSize")).get().extracting(Location::line).isEqualTo(9);
    assertThat(map.exact("ScalingPolicies[0]")).get().extracting(Location::line).isEqualTo(30);
    assertThat(map.exact("ScalingPolicies[0].TargetTrackingConfiguration.TargetValue")).get()
        .extracting(Location::line).isEqualTo(36);
    // An absent member resolves to its nearest written ancestor.
    assertThat(map.find("AutoScalingGroup.DefaultInstanceWarmup")).get().extracting(Location::line).isEqualTo(4);
    assertThat(map.exact("AutoScalingGroup.DefaultInstanceWarmup")).isEmpty();
  }
}
