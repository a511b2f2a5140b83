package dev.asgsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 item 8: Ctrl-C ends asgsim with 130 (128 + SIGINT), as shells expect, and nothing in asgsim turns it into
 * another code. A real process is needed: the signal goes to the JVM.
 */
class InterruptTest {
  @Test
  @DisplayName("SIGINT while a command waits for input exits 130")
  void ctrlC() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // A shell started in the background may ignore SIGINT, and children inherit that: python resets it to the
    // default before exec, so the JVM installs its own handler as it would under a terminal.
    ProcessBuilder pb = new ProcessBuilder("python3", "-c",
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
        java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "history", "--from-file", "/dev/stdin");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    try {
      // Give the JVM time to start and block on standard input, which the test never closes.
      assertThat(p.waitFor(2, TimeUnit.SECONDS)).as("asgsim ended before the signal").isFalse();
      new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isEqualTo(ExitCodes.INTERRUPTED);
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  @DisplayName("the documented exit codes are distinct")
  void distinct() {
    assertThat(List.of(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.BAD_INPUT, ExitCodes.CANCELLED,
        ExitCodes.INTERRUPTED)).doesNotHaveDuplicates();
  }
}
