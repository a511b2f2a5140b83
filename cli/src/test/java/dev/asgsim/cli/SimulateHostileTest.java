package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 items 1, 5, 10 and 13 through the command line: refused up front, located, and no debris. */
class SimulateHostileTest {
  static final String SEED = "../examples/fastcampus-nginx.yaml";

  @Test
  void aDurationBeyondTenYearsIsRefusedNamingTheOption(@TempDir Path dir) {
    for (String d : new String[] {"30000d", "10000d", "3651d"}) {
      CliRun o = CliRun.of("simulate", SEED, "--duration", d, "--out", dir.resolve("o").toString());
      assertThat(o.exit()).isEqualTo(2);
      assertThat(o.err()).contains("--duration", "'" + d + "' is not a duration asgsim accepts",
          "the duration is too long: at most 3650d (10 years)").doesNotContain("internal error", "Exception");
    }
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void absurdDemandIsRefusedAtParseTimeWithItsRange(@TempDir Path dir) {
    CliRun scale = CliRun.of("simulate", SEED, "--load-scale", "1e300", "--out", dir.toString());
    assertThat(scale.exit()).isEqualTo(2);
    assertThat(scale.err()).contains("--load-scale: the load scale must be between 0 and 1000000");
    CliRun noise = CliRun.of("simulate", SEED, "--load", "const(10) + noise(1e300)", "--out", dir.toString());
    assertThat(noise.exit()).isEqualTo(2);
    assertThat(noise.err()).contains("--load: bad load spec at column 19: SD is too large: it must be between 0 and "
        + "1000000");
  }

  @Test
  void aBadLoadInTheConfigNamesTheFileLineAndKey(@TempDir Path dir) throws Exception {
    Path c = dir.resolve("c.yaml");
    Files.writeString(c, Files.readString(Path.of(SEED)).replace("Spec: step(20, 90@10m, 20@40m)",
        "Spec: step(20, 90@10m, -20@40m)"));
    CliRun o = CliRun.of("simulate", c.toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).matches("(?s)asgsim: " + java.util.regex.Pattern.quote(c.toString())
        + ":\\d+:\\d+: Load\\.Spec: bad load spec at column 18: V2 cannot be negative.*");
  }

  @Test
  void anEmptyOutIsAUsageErrorAndARefusedRunCreatesNoDirectory(@TempDir Path dir) {
    CliRun empty = CliRun.of("simulate", SEED, "--out", "");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("asgsim: --out is empty; name an output directory, e.g. --out out/run1"
        + System.lineSeparator());
    Path out = dir.resolve("a/b/c");
    CliRun refused = CliRun.of("simulate", SEED, "--load", "const(x)", "--out", out.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(dir.resolve("a")).doesNotExist();
    CliRun ok = CliRun.of("simulate", SEED, "--load", "const(10)", "--duration", "30m", "--out", out.toString());
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(out.resolve("summary.json")).exists();
  }

  @Test
  void anOutThatIsAFileIsRefusedBeforeSimulating(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("f"), "x");
    CliRun o = CliRun.of("simulate", SEED, "--out", file.resolve("sub").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("is not a directory");
  }

  @Test
  void aRunLargerThanTheHeapIsRefusedWithTheMemoryItNeeds() {
    // Ten years of minutes: the load at 16 bytes a minute and the base, about 105 MB: refused in 64 MB, run in 128 MB.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunMemory.check(5_256_000, "--duration 3650d", 64L << 20))
        .isInstanceOf(UserError.class)
        .hasMessage("--duration 3650d: a run of 5256000 simulated minutes needs about 105 MB of memory, and this "
            + "Java may use 64 MB; simulate a shorter period, or give Java more memory "
            + "(ASGSIM_JAVA_OPTS=-Xmx131m ./asgsim ...)");
    RunMemory.check(5_256_000, "--duration 3650d", 128L << 20);
  }

  @Test
  void aTraceWithACenturyGapIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
    Path t = Files.writeString(dir.resolve("t.csv"), "timestamp,value\n1950-01-01 00:00:00,5\n2050-01-01 00:00:00,5\n");
    CliRun o = CliRun.of("simulate", SEED, "--load", t.toString(), "--out", dir.resolve("o").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).startsWith("asgsim: --load: " + t + ":3: time '2050-01-01 00:00:00' is 36525d from the "
        + "first row");
  }
}
