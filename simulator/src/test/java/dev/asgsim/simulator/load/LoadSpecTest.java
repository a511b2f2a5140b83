package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadSpecTest {
  static double[] render(String spec, int minutes) {
    return LoadSpec.parse(spec).render(minutes, 42).toArray();
  }

  @Test
  void stepHoldsEachValueFromItsTime() {
    double[] d = render("step(20, 90@10m, 20@40m)", 50);
    assertThat(d[0]).isEqualTo(20);
    assertThat(d[9]).isEqualTo(20);
    assertThat(d[10]).isEqualTo(90);
    assertThat(d[39]).isEqualTo(90);
    assertThat(d[40]).isEqualTo(20);
  }

  @Test
  void rampIsLinearBetweenStartAndEnd() {
    double[] d = render("ramp(0, 100, 10m, 20m)", 30);
    assertThat(d[10]).isEqualTo(0);
    assertThat(d[15]).isCloseTo(50, within(1e-9));
    assertThat(d[20]).isEqualTo(100);
    assertThat(d[29]).isEqualTo(100);
  }

  @Test
  void diurnalSinePeaksAtPeakAt() {
    double[] d = render("sine(50, 30, 24h, 14h)", 1440);
    assertThat(d[14 * 60]).isCloseTo(80, within(1e-9));
    assertThat(d[2 * 60]).isCloseTo(20, within(1e-9));
  }

  @Test
  void spikesAddHeightForWidthEveryPeriod() {
    double[] d = render("const(10) + spikes(50, 5m, 1h, 30m)", 180);
    assertThat(d[29]).isEqualTo(10);
    assertThat(d[30]).isEqualTo(60);
    assertThat(d[34]).isEqualTo(60);
    assertThat(d[35]).isEqualTo(10);
    assertThat(d[90]).isEqualTo(60);
  }

  @Test
  void noiseAndWalkAreSeededAndWalkStaysInBounds() {
    LoadModel m = LoadSpec.parse("const(50) + noise(10) + walk(5, -20, 20)");
    assertThat(m.render(500, 7).toArray()).isEqualTo(m.render(500, 7).toArray());
    assertThat(m.render(500, 7).toArray()).isNotEqualTo(m.render(500, 8).toArray());
    double[] w = render("walk(5, 0, 30)", 2000);
    for (double v : w) {
      assertThat(v).isBetween(0.0, 30.0);
    }
    // Two noise terms of one spec are independent streams.
    double[] two = render("const(10) + noise(1) + noise(1)", 5);
    double[] one = render("const(10) + noise(1)", 5);
    assertThat(two[0] - 10).isNotEqualTo(2 * (one[0] - 10));
  }

  @Test
  void demandBelowZeroFromASineTroughIsClampedAtZero() {
    // sine(10, 30, …) swings to -20: levels are checked, the sum's troughs are clamped (LoadModel.render).
    double[] d = render("sine(10, 30, 1h, 0m)", 60);
    assertThat(d[30]).isEqualTo(0.0);
    assertThat(d[0]).isEqualTo(40.0);
  }

  @Test
  void describeRoundTrips() {
    String spec = "step(20, 90@10m, 20@40m) + sine(50, 30, 1d, 14h) + noise(2.5)";
    LoadModel m = LoadSpec.parse(spec);
    assertThat(LoadSpec.parse(m.describe()).render(100, 3).toArray()).isEqualTo(m.render(100, 3).toArray());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "step(20, 90@10x)|15|expected a unit",
      "stp(20)|1|unknown component 'stp'",
      "const(20|9|expected ')'",
      "const(20) + |12|expected a component",
      "const(abc)|7|expected a number",
      "ramp(0, 10, 20m, 10m)|18|the ramp must end after it starts",
      "step(1, 2@10m, 3@5m)|18|step times must increase",
      "noise(-1)|7|SD cannot be negative: it must be between 0 and 1000000 (% of one instance's CPU)",
      "const(-50)|7|V cannot be negative: it must be between 0 and 1000000 (% of one instance's CPU)",
      "step(10, -5@1m)|10|V1 cannot be negative",
      "const(1e308)|7|V is too large: it must be between 0 and 1000000",
      "ramp(0, 1e300, 0m, 1m)|9|TO is too large",
      "walk(1, -1e300, 5)|9|MIN must be between -1000000 and 1000000",
      "const(1e999)|7|expected a finite number",
      "sine(5, 1, 30000d)|12|PERIOD is too long: at most 3650d (10 years)",
      "cnst(5)|1|unknown component 'cnst'; did you mean const?",
      "trace('a.csv|7|the file name's quote ' is not closed",
      "const(1) const(2)|10|expected '+'"})
  void badSpecsPointAtTheOffendingCharacter(String spec, int column, String message) {
    assertThatThrownBy(() -> LoadSpec.parse(spec))
        .isInstanceOf(LoadSpecException.class)
        .hasMessageContaining("column " + column + ": " + message)
        .hasMessageContaining("\n  " + spec + "\n  " + " ".repeat(column - 1) + "^");
  }

  @Test
  void aCsvPathMeansTraceReplay(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("t.csv"), "minute,value\n0,10\n2,30\n");
    LoadModel bare = LoadSpec.parse("t.csv", dir, TraceLoad.Gaps.HOLD);
    LoadModel called = LoadSpec.parse("trace(t.csv) + const(1)", dir, TraceLoad.Gaps.HOLD);
    assertThat(bare.render(4, 1).toArray()).containsExactly(10, 10, 30, 30);
    assertThat(called.render(4, 1).toArray()).containsExactly(11, 11, 31, 31);
    assertThat(LoadSpec.parse("t.csv", dir, TraceLoad.Gaps.INTERPOLATE).render(4, 1).toArray())
        .containsExactly(10, 20, 30, 30);
  }

  @Test
  void durationsParse() {
    assertThat(LoadSpec.parseDurationSeconds("90s")).isEqualTo(90);
    assertThat(LoadSpec.parseDurationSeconds("10m")).isEqualTo(600);
    assertThat(LoadSpec.parseDurationSeconds("2h")).isEqualTo(7200);
    assertThat(LoadSpec.parseDurationSeconds("7d")).isEqualTo(604_800);
    assertThatThrownBy(() -> LoadSpec.parseDurationSeconds("7")).hasMessageContaining("expected a unit");
  }

  @RepeatedTest(20)
  @DisplayName("random compositions: a sum renders as its parts added, noise has the SD it was given, describe() "
      + "round-trips")
  void randomCompositionsAddUpAndKeepTheirStatistics(RepetitionInfo info) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(info.getCurrentRepetition());
    int minutes = 3000;
    // Deterministic parts that are non-negative by construction, so the clamp at 0 never hides a wrong sum.
    String sine = "sine(" + (30 + r.nextInt(50)) + ", " + r.nextInt(30) + ", " + (1 + r.nextInt(48)) + "h)";
    String spikes = "spikes(" + r.nextInt(100) + ", " + (1 + r.nextInt(30)) + "m, " + (31 + r.nextInt(120)) + "m)";
    String ramp = "ramp(" + r.nextInt(50) + ", " + r.nextInt(50) + ", " + r.nextInt(60) + "m, "
        + (61 + r.nextInt(600)) + "m)";
    double[] a = render(sine, minutes);
    double[] b = render(spikes, minutes);
    double[] c = render(ramp, minutes);
    double[] sum = render(sine + " + " + spikes + " + " + ramp, minutes);
    for (int i = 0; i < minutes; i++) {
      assertThat(sum[i]).as("minute %d of %s + %s + %s", i, sine, spikes, ramp).isCloseTo(a[i] + b[i] + c[i],
          within(1e-9));
    }

    // Gaussian noise around a level 10 SD above 0 (the clamp never bites): mean and SD as given.
    int sd = 1 + r.nextInt(20);
    double[] noisy = render("const(" + 10 * sd + ") + noise(" + sd + ")", minutes);
    org.apache.commons.math3.stat.descriptive.SummaryStatistics stats =
        new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
    for (double v : noisy) {
      stats.addValue(v);
    }
    assertThat(stats.getMean()).isCloseTo(10 * sd, within(4 * sd / Math.sqrt(minutes)));
    assertThat(stats.getStandardDeviation()).isCloseTo(sd, within(0.1 * sd));

    LoadModel m = LoadSpec.parse(sine + " + " + spikes + " + " + ramp + " + noise(" + sd + ")");
    assertThat(LoadSpec.parse(m.describe()).render(minutes, 7).toArray()).isEqualTo(m.render(minutes, 7).toArray());
  }

  @Test
  void listsTheTraceFilesASpecNamesWithoutReadingThem() {
    assertThat(LoadSpec.traceFiles("trace(../loads/week.csv) + noise(5)")).containsExactly("../loads/week.csv");
    assertThat(LoadSpec.traceFiles("base.csv + trace(s3-copy/other.csv)")).containsExactly("base.csv", "s3-copy/other.csv");
    assertThat(LoadSpec.traceFiles("sine(40, 20, 24h) + spikes(120, 30m, 24h, 12h)")).isEmpty();
    assertThatThrownBy(() -> LoadSpec.traceFiles("trace(")).isInstanceOf(LoadSpecException.class);
  }

  @Test
  void renamesEachTraceFileAndKeepsTheRestOfTheSpec() {
    assertThat(LoadSpec.renameTraceFiles("trace( week.csv ) + noise(5)", n -> "../cfg/" + n))
        .isEqualTo("trace( ../cfg/week.csv ) + noise(5)");
    assertThat(LoadSpec.renameTraceFiles("base.csv + trace('a b.csv')", n -> "x/" + n))
        .isEqualTo("x/base.csv + trace('x/a b.csv')");
    // A new name that its old place cannot hold gets quotes (or becomes trace("...")).
    assertThat(LoadSpec.renameTraceFiles("trace(w.csv)", n -> "(1)/" + n)).isEqualTo("trace(\"(1)/w.csv\")");
    assertThat(LoadSpec.renameTraceFiles("w.csv + sine(40, 20, 24h)", n -> "a (1)/" + n))
        .isEqualTo("trace(\"a (1)/w.csv\") + sine(40, 20, 24h)");
    assertThat(LoadSpec.renameTraceFiles("sine(40, 20, 24h)", n -> "never")).isEqualTo("sine(40, 20, 24h)");
    // What was renamed reads back as the new names.
    assertThat(LoadSpec.traceFiles(LoadSpec.renameTraceFiles("w.csv + trace(v.csv)", n -> "a (1)/" + n)))
        .containsExactly("a (1)/w.csv", "a (1)/v.csv");
  }
}
