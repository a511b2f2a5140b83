package dev.asgsim.spark;

import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SweepResult;
import dev.asgsim.simulator.sweep.report.BestConfigText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code --write-best FILE} of the Spark job: {@link BestConfigText}'s file, the one {@code asgsim sweep --write-best}
 * writes, on any Hadoop file system (written whole, as {@link HadoopOutputs} writes, without a {@code .crc} beside it).
 */
final class BestConfigOutput {
  private BestConfigOutput() {}

  /**
   * Writes the file, or says on {@code err} why it wrote nothing; true when written.
   *
   * @param baseDirectory the base config's directory, which its relative trace paths are relative to
   */
  static boolean write(String file, SweepResult result, Recommendation r, String sweepFile, URI baseDirectory,
      Configuration conf, PrintWriter err) {
    Path path = new Path(file);
    FileSystem fs;
    Path qualified;
    try {
      fs = path.getFileSystem(conf);
      qualified = fs.makeQualified(path);
    } catch (IOException e) {
      throw new SparkSweepMain.UserError("--write-best " + file + ": no file system for it: " + e.getMessage());
    }
    BestConfigText.Written written;
    try {
      written = BestConfigText.of(result, r, sweepFile, file, ConfigFormat.of(java.nio.file.Path.of(path.getName())),
          BestConfigText.relocate(baseDirectory, qualified.getParent().toUri()));
    } catch (BestConfigText.Refused e) {
      err.println("asgsim-spark: " + e.getMessage());
      err.flush();
      return false;
    }
    fs.setWriteChecksum(false);
    try (OutputStream out = fs.create(qualified, true)) {
      out.write(written.text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SparkSweepMain.UserError("--write-best " + file + ": cannot write it: " + e.getMessage());
    }
    written.notes().forEach(n -> err.println("asgsim-spark: " + n));
    err.flush();
    return true;
  }
}
