package dev.asgsim.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.io.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Throws seeded mutations of the examples and fixtures (keys deleted, types changed, numbers swapped, junk bytes,
 * truncation, shuffled lines) at the reader and the validator: the only acceptable outcomes are a document with
 * findings or a {@link ConfigException} whose problems name the file.
 */
class GeneratedInputTest {
  private static final long SEED = 20_211_202L;
  private static final int DOCUMENTS = 1200;
  private static final String[] JUNK_VALUES = {"abc", "-1", "0", "99999999999", "1.5", "[]", "{}", "null", "true",
      "\"\"", "-2147483649", "1e400", "NaN", ".inf", "~", "[1, [2]]", "{a: {b: c}}", "\"\\u0000\"", "&a", "*a",
      "!!binary AAAA", "'unterminated", "- x", ": :", "\t"};

  @Test
  void mutatedDocumentsNeverEscapeAsExceptions() throws IOException {
    List<Source> sources = sources();
    Random random = new Random(SEED);
    Validator validator = Validator.defaults().withNow(Instant.parse("2026-01-01T00:00:00Z"));
    int refused = 0;
    int validated = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      Source source = sources.get(random.nextInt(sources.size()));
      byte[] doc = source.bytes;
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        doc = mutate(doc, random);
      }
      String name = "generated-" + i + "-" + source.name;
      try {
        ConfigDocument parsed = ConfigReader.parse(doc, name, source.format, null);
        List<Finding> findings = validator.validate(parsed);
        findings.forEach(Finding::format);
        validated++;
      } catch (ConfigException e) {
        assertThat(e.problems()).isNotEmpty();
        for (Problem p : e.problems()) {
          assertThat(p.file()).isEqualTo(name);
          assertThat(p.message()).isNotBlank();
          assertThat(p.format()).doesNotContain("\tat ");
          // "unreadable" is the reader's catch-all for a failure it did not foresee: none may occur here.
          assertThat(p.code()).as("%s%n%s", p.format(), new String(doc, StandardCharsets.UTF_8))
              .isNotEqualTo("unreadable");
        }
        refused++;
      } catch (Throwable t) {
        fail("document " + i + " (from " + source.name + ") escaped as " + t + ":\n"
            + new String(doc, StandardCharsets.UTF_8), t);
      }
    }
    // Both paths must really be exercised, or the test proves nothing.
    assertThat(refused).isGreaterThan(DOCUMENTS / 10);
    assertThat(validated).isGreaterThan(DOCUMENTS / 10);
  }

  record Source(String name, byte[] bytes, ConfigFormat format) {}

  private static List<Source> sources() throws IOException {
    List<Source> out = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("../examples"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    files.add(Path.of("src/test/resources/valid/fixture-base.yaml"));
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/awscli"))) {
      s.filter(p -> p.getFileName().toString().startsWith("groups-")).sorted().forEach(files::add);
    }
    for (Path p : files) {
      out.add(new Source(p.getFileName().toString(), Files.readAllBytes(p), ConfigFormat.of(p)));
    }
    return out;
  }

  private static byte[] mutate(byte[] doc, Random r) {
    String text = new String(doc, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = lines.isEmpty() ? 0 : r.nextInt(lines.size());
    switch (r.nextInt(9)) {
      case 0 -> { // delete a key (a line)
        if (!lines.isEmpty()) {
          lines.remove(line);
        }
      }
      case 1 -> { // change a value's type
        String l = lines.get(line);
        int colon = l.indexOf(": ");
        if (colon > 0) {
          lines.set(line, l.substring(0, colon + 2) + JUNK_VALUES[r.nextInt(JUNK_VALUES.length)]);
        }
      }
      case 2 -> { // swap a number for another number
        lines.set(line, lines.get(line).replaceAll("\\d+", Integer.toString(r.nextInt(200_000) - 100_000)));
      }
      case 3 -> { // insert junk bytes
        byte[] junk = new byte[1 + r.nextInt(8)];
        r.nextBytes(junk);
        int at = r.nextInt(doc.length + 1);
        byte[] out = new byte[doc.length + junk.length];
        System.arraycopy(doc, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(doc, at, out, at + junk.length, doc.length - at);
        return out;
      }
      case 4 -> { // truncate
        return Arrays.copyOf(doc, r.nextInt(doc.length + 1));
      }
      case 5 -> { // swap two lines
        int other = r.nextInt(lines.size());
        String t = lines.get(line);
        lines.set(line, lines.get(other));
        lines.set(other, t);
      }
      case 6 -> { // duplicate a line
        lines.add(line, lines.get(line));
      }
      case 7 -> { // re-indent a line
        String l = lines.get(line);
        lines.set(line, r.nextBoolean() ? "  " + l : l.stripLeading());
      }
      default -> { // rename a key by one character
        String l = lines.get(line);
        int colon = l.indexOf(':');
        if (colon > 1) {
          int at = r.nextInt(colon);
          lines.set(line, l.substring(0, at) + (char) ('A' + r.nextInt(58)) + l.substring(at + 1));
        }
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
