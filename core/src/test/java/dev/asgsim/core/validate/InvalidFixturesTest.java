package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code invalid/} is the valid {@code valid/fixture-base.yaml} with one edit, and its first line
 * says what must be reported: {@code # expect: RULE @ PATH line N}. RULE is a validator rule id (an ERROR finding)
 * or a reader problem code; PATH is {@code -} for problems with no path.
 */
class InvalidFixturesTest {
  private static final Path DIR = Path.of("src/test/resources/invalid");
  private static final Pattern EXPECT = Pattern.compile("# expect: (\\S+) @ (\\S+) line (\\d+)");

  record Expectation(String rule, String path, int line) {}

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @Test
  void thereAreAtLeastSixtyFixtures() throws IOException {
    assertThat(fixtures().count()).isGreaterThanOrEqualTo(60);
  }

  @Test
  void theBaseOfAllFixturesHasNoError() throws IOException {
    ConfigDocument doc = ConfigReader.load(Path.of("src/test/resources/valid/fixture-base.yaml"));
    List<Finding> findings = Validator.defaults().validate(doc);
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsTheExpectedRuleAtTheExpectedLine(Path fixture) throws IOException {
    String first = Files.readAllLines(fixture).get(0);
    Matcher m = EXPECT.matcher(first);
    assertThat(m.matches()).as("header of %s", fixture).isTrue();
    Expectation want = new Expectation(m.group(1), m.group(2).equals("-") ? "" : m.group(2),
        Integer.parseInt(m.group(3)));
    ConfigDocument doc;
    try {
      doc = ConfigReader.load(fixture);
    } catch (ConfigException e) {
      List<Expectation> got = e.problems().stream()
          .map(p -> new Expectation(p.code(), p.path(), p.line())).toList();
      assertThat(got).as("reader problems of %s:%n%s", fixture, e.getMessage()).contains(want);
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(fixture.toString()));
      return;
    }
    List<Finding> findings = Validator.defaults().validate(doc);
    List<Expectation> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
        .map(f -> new Expectation(f.ruleId(), f.path(), f.line())).toList();
    assertThat(errors).as("errors of %s:%n%s", fixture,
        String.join("\n", findings.stream().map(Finding::format).toList())).contains(want);
  }

  /**
   * {@link Validator#errors} (a sweep point's gate) leaves out the advice-only rules: on every fixture that reads and
   * every example it gives exactly the ERROR findings of {@link Validator#validate}, in their order.
   */
  @Test
  void errorsAreTheErrorFindingsOfTheFullValidation() throws IOException {
    List<Path> files = new java.util.ArrayList<>(fixtures().toList());
    try (Stream<Path> s = Files.list(Path.of("../examples"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    int refused = 0;
    for (Path file : files) {
      ConfigDocument doc;
      try {
        doc = ConfigReader.load(file);
      } catch (ConfigException e) {
        continue; // a reader problem: no config to validate
      }
      List<Finding> errors = Validator.defaults().errors(doc.config());
      assertThat(errors).as(file.toString()).isEqualTo(Validator.defaults().validate(doc.config()).stream()
          .filter(f -> f.severity() == Severity.ERROR).toList());
      refused += errors.isEmpty() ? 0 : 1;
    }
    assertThat(refused).isGreaterThanOrEqualTo(40);
  }
}
