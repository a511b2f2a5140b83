package dev.asgsim.simulator.sweep.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Where the written file's trace paths point: the same files, seen from the new file's directory. */
class BestConfigTextTest {
  @Test
  void aRelativeTracePathIsMadeRelativeToTheNewFilesDirectory() {
    UnaryOperator<String> f = BestConfigText.relocate(URI.create("file:///work/cfg/"), URI.create("file:/tmp/out/"));
    assertThat(f.apply("loads/week.csv")).isEqualTo("../../work/cfg/loads/week.csv");
    assertThat(f.apply("../loads/week.csv")).isEqualTo("../../work/loads/week.csv");
    assertThat(f.apply("/data/week.csv")).isEqualTo("/data/week.csv"); // absolute: as written
    assertThat(BestConfigText.relocate(URI.create("file:///work/cfg/"), URI.create("file:///work/cfg/"))
        .apply("./loads/week.csv")).isEqualTo("loads/week.csv");
  }

  @Test
  void onAnotherFileSystemTheTracePathIsAbsolute() {
    // A sweep read from S3 whose file is written locally: the trace is where the base config's directory is.
    UnaryOperator<String> f = BestConfigText.relocate(URI.create("s3a://bucket/cfg/"), URI.create("file:/tmp/out/"));
    assertThat(f.apply("loads/week.csv")).isEqualTo("s3a://bucket/cfg/loads/week.csv");
    assertThat(BestConfigText.relocate(URI.create("file:/work/cfg/"), URI.create("hdfs://nn:8020/out/"))
        .apply("loads/week.csv")).isEqualTo("/work/cfg/loads/week.csv");
    assertThat(BestConfigText.relocate(URI.create("s3a://bucket/cfg/"), URI.create("s3a://other/out/"))
        .apply("w.csv")).isEqualTo("s3a://bucket/cfg/w.csv");
    assertThat(BestConfigText.relocate(URI.create("s3a://bucket/cfg/"), URI.create("s3a://bucket/out/"))
        .apply("w.csv")).isEqualTo("../cfg/w.csv");
  }
}
