package dev.asgsim.cli;

import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.report.BestConfigText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code asgsim sweep --write-best FILE}: writes {@link BestConfigText}'s file atomically, its relative trace paths
 * moved from the base config's directory to FILE's; or says on stderr why nothing was written.
 */
final class BestConfigFile {
  private BestConfigFile() {}

  /** Writes the file, or says on {@code err} why it wrote nothing; true when written. */
  static boolean write(Path file, SweepResult result, Recommendation r, Path sweepFile, PrintWriter err) {
    BestConfigText.Written written;
    try {
      Path baseDir = result.definition().baseDirectory().toAbsolutePath().normalize();
      Path fileDir = file.toAbsolutePath().normalize().getParent();
      written = BestConfigText.of(result, r, sweepFile.toString(), file.toString(), ConfigFormat.of(file),
          BestConfigText.relocate(baseDir.toUri(), fileDir.toUri()));
    } catch (BestConfigText.Refused e) {
      err.println("asgsim: " + e.getMessage());
      err.flush();
      return false;
    }
    try {
      AtomicFiles.write(file, written.text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserError("--write-best " + file + ": cannot write it: " + e.getMessage());
    }
    written.notes().forEach(n -> err.println("asgsim: " + n));
    err.flush();
    return true;
  }
}
