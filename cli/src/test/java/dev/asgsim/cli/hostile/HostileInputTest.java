package dev.asgsim.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.asgsim.cli.CliRun;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input contract (issue 19): for a few hundred seeded cases per build ({@code -Dhostile.cases=5000} for
 * more, {@code -Dhostile.seed=N} for another set), every run exits 0, 1 or 2 as documented; never prints a stack trace,
 * "internal error" or Java/Jackson internals; refuses bad file content naming the file with a line (and a column for
 * configs); and ends within a per-case budget (a hang guard, not a speed assertion). It prints a report, quoted in the
 * README's Reliability section.
 */
class HostileInputTest {
  private static final int CASES = Integer.getInteger("hostile.cases", 300);
  private static final long SEED = Long.getLong("hostile.seed", 19L);
  private static final Duration BUDGET = Duration.ofSeconds(60);
  private static final Pattern STACK = Pattern.compile("\\tat |\\n\\s+at [a-z]+\\.[\\w.$]+\\(");
  private static final Pattern INTERNALS = Pattern.compile("dev\\.asgsim\\.|com\\.fasterxml|java\\.[a-z]+\\.|org\\.yaml"
      + "|Exception|CoercionConfig|StreamReadConstraints|Cannot construct instance|\\[Source:");

  @Test
  void everyHostileInputGetsADocumentedExitAndALocatedMessage(@TempDir Path root) throws Exception {
    HostileCases cases = new HostileCases(SEED, Path.of("../examples"),
        Path.of("../core/src/test/resources/awscli"));
    Map<Integer, Integer> exits = new TreeMap<>();
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int stackTraces = 0;
    int internalErrors = 0;
    int unlocated = 0;
    long maxMillis = 0;
    long maxAllocated = 0;
    long maxHeap = 0;
    String slowest = "";
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    for (int i = 0; i < CASES; i++) {
      HostileCase c = cases.next();
      int index = i;
      Path dir = root.resolve("case" + i);
      HostileCases.write(c, dir);
      List<String> args = c.args().stream().map(a -> a.replace("{dir}", dir.toString())).toList();
      long start = System.nanoTime();
      long[] allocated = new long[1];
      CliRun run = assertTimeoutPreemptively(BUDGET, () -> {
        long before = threads.getCurrentThreadAllocatedBytes();
        CliRun r = CliRun.of(args.toArray(String[]::new));
        allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
        return r;
      }, () -> "case " + index + " (" + c.kind() + ": " + c.description() + ") ran past " + BUDGET);
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (millis > maxMillis) {
        maxMillis = millis;
        slowest = c.kind() + ": " + c.description();
      }
      maxAllocated = Math.max(maxAllocated, allocated[0]);
      Runtime rt = Runtime.getRuntime();
      maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
      exits.merge(run.exit(), 1, Integer::sum);
      kinds.merge(c.kind(), 1, Integer::sum);
      String output = run.out() + run.err();
      String label = "case " + i + " seed " + SEED + " (" + c.kind() + ": " + c.description() + ") exit " + run.exit()
          + ":\n" + clip(run.err());
      if (STACK.matcher(output).find()) {
        stackTraces++;
        failures.add("stack trace in " + label);
      }
      if (output.contains("internal error")) {
        internalErrors++;
        failures.add("internal error in " + label);
      }
      if (INTERNALS.matcher(run.err()).find()) {
        failures.add("Java or Jackson internals in " + label);
      }
      if (run.exit() < 0 || run.exit() > 2) {
        failures.add("undocumented exit code in " + label);
      }
      if (run.exit() == 2 && c.suspect() != null && !located(run.err(), c)) {
        unlocated++;
        failures.add("no file:line" + (c.kind().equals("config") ? ":column" : "") + " in " + label);
      }
    }
    String report = String.format(Locale.ROOT, "Hostile inputs: %d cases (seed %d; %s)%n"
            + "  exit codes: %s%n  stack traces: %d, internal errors: %d, messages without location: %d%n"
            + "  max time per case: %d ms (%s); max allocated by one case: %d MB; max heap in use: %d MB%n",
        CASES, SEED, kinds, exits, stackTraces, internalErrors, unlocated, maxMillis, clip(slowest),
        maxAllocated >> 20, maxHeap >> 20);
    System.out.print(report);
    Files.writeString(Path.of("target", "hostile-report.txt"), report, StandardCharsets.UTF_8);
    assertThat(failures).as(report).isEmpty();
    assertThat(exits.keySet()).as("the generator must reach refusals and successes").contains(0, 2);
  }

  /**
   * A refusal names the hostile file with a line (config problems also with a column), or is about the whole file
   * (too large, empty, binary) and says so.
   */
  private static boolean located(String err, HostileCase c) {
    String file = Pattern.quote(c.suspect());
    String lineCol = c.kind().equals("config") || c.kind().equals("aws-json") ? ":\\d+:\\d+" : ":\\d+";
    if (Pattern.compile(file + lineCol).matcher(err).find()) {
      return true;
    }
    // About the whole file, or about a member the file lacks (which has no place).
    return Pattern.compile(file + ": (file too large|is empty|holds no document|looks like a binary file|"
        + "the trace file is empty|the trace file has a header but no rows|[A-Za-z.]+ is not set|has no rows|"
        + "has no SpotPriceHistory list|names none of the group's Spot pools)").matcher(err)
        .find();
  }

  private static String clip(String s) {
    return s.length() > 600 ? s.substring(0, 600) + "…" : s;
  }
}
