package dev.asgsim.simulator.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.simulator.report.SummaryJson;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScoreTest {
  /** A run's scores with each component set to its position (1, 2, 3, ...), so a swapped accessor shows. */
  private static Scores numbered() throws Exception {
    RecordComponent[] components = Scores.class.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = types[i] == int.class ? (Object) (i + 1) : (Object) (double) (i + 1);
    }
    return Scores.class.getDeclaredConstructor(types).newInstance(args);
  }

  @Test
  @DisplayName("every component of the run's Scores has exactly one catalogue entry, in order, reading that component")
  void theCatalogueCoversEveryScoreOnceInRecordOrder() throws Exception {
    List<String> components = Arrays.stream(Scores.class.getRecordComponents()).map(RecordComponent::getName).toList();
    assertThat(Score.summarised()).extracting(Score::jsonName).containsExactlyElementsOf(components);
    Scores s = numbered();
    for (int i = 0; i < components.size(); i++) {
      assertThat(Score.summarised().get(i).of(s)).as(components.get(i)).isEqualTo(i + 1.0);
      boolean isInt = Scores.class.getRecordComponents()[i].getType() == int.class;
      assertThat(Score.summarised().get(i).whole()).as(components.get(i)).isEqualTo(isInt);
    }
  }

  @Test
  @DisplayName("summary.json keeps its members: the record's names, counts as integers, decimals rounded")
  void summaryJsonIteratesTheCatalogue() throws Exception {
    Map<String, Object> m = SummaryJson.scores(numbered());
    assertThat(m.keySet()).containsExactlyElementsOf(
        Arrays.stream(Scores.class.getRecordComponents()).map(RecordComponent::getName).toList());
    assertThat(m.get("minutes")).isEqualTo(1);
    assertThat(m.get("cost")).hasToString("8");
    assertThat(m).doesNotContainKey("minutesCpuAboveThresholdPerDay");
  }

  @Test
  void sweepsLeaveOutInputsAndAddThePerDayMinutes() throws Exception {
    assertThat(Score.swept()).doesNotContain(Score.MINUTES, Score.PRICE_PER_HOUR, Score.CPU_THRESHOLD_PERCENT)
        .contains(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY);
    assertThat(Score.swept().indexOf(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY))
        .isEqualTo(Score.swept().indexOf(Score.MINUTES_CPU_ABOVE_THRESHOLD) + 1);
    // numbered(): minutes = 1, minutesCpuAboveThreshold = 14 => 14 minutes in 1 minute = 20 160 per day.
    assertThat(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY.of(numbered())).isEqualTo(14 * 1440.0);
  }

  @Test
  void namesAreExactAndAMisspellingGetsASuggestion() {
    assertThat(Score.named("UnservedPercent")).isEqualTo(Score.UNSERVED_PERCENT);
    assertThat(Score.named("MinutesCpuAboveThresholdPerDay")).isEqualTo(Score.MINUTES_CPU_ABOVE_THRESHOLD_PER_DAY);
    assertThatThrownBy(() -> Score.named("unservedpercent")).hasMessageContaining("did you mean UnservedPercent?");
    assertThatThrownBy(() -> Score.named("Cots")).hasMessageContaining("did you mean Cost?");
    assertThatThrownBy(() -> Score.named("Minutes")).hasMessageStartingWith("no score named 'Minutes'");
  }

  @Test
  @DisplayName("simulator/README.md's score table lists every score with its unit and which way is better")
  void theReadmeTableIsTheCatalogue() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (Score s : Score.values()) {
      String row = "| `" + s.scoreName() + "` | `" + (s.use() == Score.Use.DERIVED ? "" : s.jsonName()) + "` | "
          + s.unit() + " | " + s.better().name().toLowerCase(java.util.Locale.ROOT) + " |";
      assertThat(readme).as(s.name()).contains(row);
    }
  }
}
