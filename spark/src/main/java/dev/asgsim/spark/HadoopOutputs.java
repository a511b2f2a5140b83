package dev.asgsim.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output directory of a Spark sweep, on any Hadoop file system: written by the driver only. Files are written
 * whole under their final names (an object store such as S3 shows a file only once it is closed); no {@code .crc}
 * checksum files are left beside them on a local disk.
 */
final class HadoopOutputs {
  private final FileSystem fs;
  private final Path dir;

  HadoopOutputs(String dir, Configuration conf) throws IOException {
    Path path = new Path(dir);
    this.fs = path.getFileSystem(conf);
    this.dir = fs.makeQualified(path);
    fs.setWriteChecksum(false);
    fs.mkdirs(this.dir);
  }

  /** A writer for {@code name} (UTF-8), replacing any file of that name. */
  Writer writer(String name) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(fs.create(path(name), true), StandardCharsets.UTF_8));
  }

  void write(String name, byte[] bytes) throws IOException {
    try (OutputStream out = fs.create(path(name), true)) {
      out.write(bytes);
    }
  }

  Path path(String name) {
    return new Path(dir, name);
  }
}
