package dev.asgsim.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 10: Ctrl-C or SIGTERM while writing leaves no hidden .asgsim-NNN.tmp files. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void committedAndDiscardedFilesAreNoLongerPending() throws IOException {
    Path a = AtomicFiles.stage(dir);
    Path b = AtomicFiles.stage(dir);
    assertThat(AtomicFiles.pending()).contains(a, b);
    AtomicFiles.commit(a, dir.resolve("a.txt"));
    AtomicFiles.discard(b);
    assertThat(AtomicFiles.pending()).doesNotContain(a, b);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("a.txt");
    }
  }

  /** Stages a file and waits to be killed; run by the test below in its own JVM. */
  public static void main(String[] args) throws Exception {
    Path staged = AtomicFiles.stage(Path.of(args[0]));
    Files.write(staged, new byte[1 << 20]);
    System.out.println("staged");
    System.out.flush();
    Thread.sleep(60_000);
  }

  @Test
  void sigtermWhileAFileIsStagedLeavesNoTemporaryFile() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
        AtomicFilesTest.class.getName(), dir.toString())).redirectErrorStream(true).start();
    try {
      String first = new String(p.getInputStream().readNBytes(6));
      assertThat(first).isEqualTo("staged");
      try (var files = Files.list(dir)) {
        assertThat(files.toList()).singleElement().satisfies(f -> assertThat(f.getFileName().toString())
            .startsWith(".asgsim-").endsWith(".tmp"));
      }
      p.destroy(); // SIGTERM, as Ctrl-C's SIGINT: shutdown hooks run
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).isEmpty();
    }
  }
}
