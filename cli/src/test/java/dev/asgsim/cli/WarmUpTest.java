package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.simulator.load.TracePrefetch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link WarmUp} (what {@code simulate} runs on the idle core while picocli starts) reads a config the validator
 * accepts, so it goes through the whole of reading and validating; and it leaves nothing behind that a command reads.
 */
class WarmUpTest {
  private static final Path SEED = Path.of("../examples/fastcampus-nginx.yaml");

  @Test
  void itsConfigGoesThroughReadingAndValidationWithoutErrors() throws Exception {
    var doc = ConfigReader.parse(WarmUp.CONFIG, "warm-up.yaml", ConfigFormat.YAML);
    assertThat(doc.config().scalingPolicies()).hasSize(1);
    assertThat(doc.config().load()).isNotNull();
    List<Finding> findings = ConfigGate.findings(doc, Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void findsTheLoadOptionAsPicocliReadsIt() {
    assertThat(WarmUp.loadOption(new String[] {"simulate", "c.yaml", "--load", "year.csv", "--duration", "365d"}))
        .isEqualTo("year.csv");
    assertThat(WarmUp.loadOption(new String[] {"simulate", "--load=trace(a.csv) + noise(5)", "c.yaml"}))
        .isEqualTo("trace(a.csv) + noise(5)");
    assertThat(WarmUp.loadOption(new String[] {"simulate", "c.yaml", "--", "--load", "x.csv"})).isNull();
    assertThat(WarmUp.loadOption(new String[] {"simulate", "c.yaml", "--load"})).isNull();
    assertThat(WarmUp.loadOption(new String[] {"simulate", "c.yaml"})).isNull();
  }

  @Test
  void theTracesReadAheadGoOnlyToTheCommandThatNamesTheSameLoadAndOnlyOnce() throws Exception {
    Path trace = Files.createTempFile("warm-up", ".csv");
    try {
      Files.writeString(trace, "minute,value\n0,10\n1,20\n");
      String spec = trace.toString();
      WarmUp.startFor(new String[] {"simulate", SEED.toString(), "--load", spec});
      assertThat(WarmUp.traces("sine(150,120,24h)")).isNull(); // another load: the command reads its own
      WarmUp.startFor(new String[] {"simulate", SEED.toString(), "--load", spec});
      assertThat(WarmUp.traces(spec)).isNotNull().isNotSameAs(TracePrefetch.NONE);
      assertThat(WarmUp.traces(spec)).isNull(); // taken
    } finally {
      Files.delete(trace);
    }
  }

  @Test
  void aCommandAfterTheWarmUpReadsAndJudgesTheSame() throws Exception {
    var before = ConfigLoading.loadOrFail(SEED);
    List<Finding> judgedBefore = ConfigGate.findings(before, null);
    WarmUp.run();
    var after = ConfigLoading.loadOrFail(SEED);
    assertThat(after.config()).isEqualTo(before.config());
    assertThat(ConfigGate.findings(after, null)).isEqualTo(judgedBefore);
  }
}
