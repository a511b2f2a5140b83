package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every "§N" citation in the repository (main and test code, resources, READMEs, examples, docs) names a section of
 * docs/aws-behaviour.md, and nothing cites a document a clone does not have. The cli module runs it because its tests
 * start in a directory whose parent is the repository root.
 */
class DocsCitationTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path DOC = ROOT.resolve("docs/aws-behaviour.md");

  /** "§1.5", "§ 12.1a", "§11": two levels at most, as the document's headings. */
  static final Pattern CITATION = Pattern.compile("§\\s?(\\d+(?:\\.\\d+)?[a-z]?)");
  /** "§13 Q5", "§13, Q13": an open question of §13. */
  static final Pattern QUESTION = Pattern.compile("§13,?\\s+(Q\\d+)");
  static final Pattern HEADING = Pattern.compile("(?m)^#{2,3} (\\d+(?:\\.\\d+)?[a-z]?)[. ]");
  static final Pattern QUESTION_ITEM = Pattern.compile("(?m)^\\* \\*\\*(Q\\d+) ");
  /** Notes outside the repository that citations used to point at. */
  static final Pattern FOREIGN = Pattern.compile(
      "aws-asg-semantics|peers\\.md|DESIGN\\.md|java-stack\\.md|shared/spec|\\bspec §|\\(spec \"");
  static final Set<String> TEXT = Set.of("java", "md", "yaml", "yml", "json", "txt", "properties", "html");

  static Set<String> all(Pattern p, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  static List<Path> textFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> {
            Path rel = ROOT.relativize(f);
            for (Path part : rel) {
              String n = part.toString();
              if (n.startsWith(".git") || n.equals("target") || n.equals("out")) {
                return false;
              }
            }
            return true;
          })
          .filter(f -> {
            String n = f.getFileName().toString();
            return TEXT.contains(n.substring(n.lastIndexOf('.') + 1));
          })
          .sorted()
          .toList();
    }
  }

  static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (MalformedInputException e) {
      return ""; // not UTF-8 text (a test fixture of the reader's error path)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("every §N and §13 Qn cited anywhere in the repository is a section of docs/aws-behaviour.md")
  void everyCitationResolves() throws IOException {
    String doc = Files.readString(DOC);
    Set<String> sections = all(HEADING, doc);
    Set<String> questions = all(QUESTION_ITEM, doc);
    assertThat(sections).as("the document's headings").contains("1.5", "2.2", "8.4", "11.3", "12.1a", "18");
    assertThat(questions).as("the open questions of §13").contains("Q1", "Q16");

    List<String> unresolved = new ArrayList<>();
    int citations = 0;
    for (Path f : textFiles()) {
      String text = read(f);
      for (String s : all(CITATION, text)) {
        citations++;
        if (!sections.contains(s)) {
          unresolved.add(ROOT.relativize(f) + ": §" + s);
        }
      }
      for (String q : all(QUESTION, text)) {
        if (!questions.contains(q)) {
          unresolved.add(ROOT.relativize(f) + ": §13 " + q);
        }
      }
    }
    assertThat(citations).as("citations found (the scan must see the sources)").isGreaterThan(200);
    assertThat(unresolved).isEmpty();
  }

  @Test
  @DisplayName("nothing cites the research notes outside the repository (spec, peers.md, DESIGN.md)")
  void nothingCitesNotesOutsideTheRepository() throws IOException {
    List<String> foreign = new ArrayList<>();
    for (Path f : textFiles()) {
      if (f.endsWith("DocsCitationTest.java")) {
        continue; // its own patterns name them
      }
      String[] lines = read(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (FOREIGN.matcher(lines[i]).find()) {
          foreign.add(ROOT.relativize(f) + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  @DisplayName("the citation patterns find what they should (so an empty result above means something)")
  void patternsMatch() {
    assertThat(all(CITATION, "(aws-behaviour §1.5, §12.1a; § 11)")).containsExactly("1.5", "11", "12.1a");
    assertThat(all(QUESTION, "§13 Q5 and §13, Q13")).containsExactly("Q13", "Q5");
    assertThat(all(HEADING, "## 1. Target\n### 1.5 How\n### 12.1a Targets\n#### 9 no\n")).containsExactly(
        "1", "1.5", "12.1a");
    assertThat(FOREIGN.matcher("(spec §2.1)").find()).isTrue();
    assertThat(FOREIGN.matcher("\" (spec \" + section").find()).isTrue();
    assertThat(FOREIGN.matcher("a load spec: step(20)").find()).isFalse();
    assertThat(FOREIGN.matcher("if (spec == null || spec instanceof X) // (spec or trace file)").find()).isFalse();
  }
}
