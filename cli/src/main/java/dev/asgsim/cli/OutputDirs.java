package dev.asgsim.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks before a long run that {@code --out} can be written, without creating it: the directory is created only when
 * the outputs are written, so a refused or failed run leaves no empty directories behind.
 */
final class OutputDirs {
  private OutputDirs() {}

  /** Throws a {@link UserError} when {@code dir} or the nearest existing directory above it cannot be written. */
  static void checkWritable(Path dir) {
    Path existing = dir.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new UserError("cannot write to --out " + dir + ": no existing directory above it; choose another directory");
    }
    if (!Files.isDirectory(existing)) {
      throw new UserError("cannot write to --out " + dir + ": " + existing + " is not a directory; choose another "
          + "directory");
    }
    if (!existing.equals(dir.toAbsolutePath().normalize())) {
      if (!Files.isWritable(existing)) {
        throw new UserError("cannot write to --out " + dir + ": " + existing + " is not writable; choose another "
            + "directory");
      }
      return;
    }
    try {
      Files.delete(Files.createTempFile(existing, ".asgsim-probe-", ".tmp"));
    } catch (IOException e) {
      throw new UserError("cannot write to --out " + dir + ": " + describe(e) + "; choose another directory");
    }
  }

  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
    }
    if (e instanceof FileSystemException f) {
      return e.getClass().getSimpleName().replace("Exception", "") + " " + f.getFile();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
