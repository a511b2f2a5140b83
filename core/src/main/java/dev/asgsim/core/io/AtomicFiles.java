package dev.asgsim.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader never sees half of one: bytes go to a temporary file beside the target, which is then
 * renamed over it. Temporary files are created owner-only; the result gets the usual {@code rw-r--r--}.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** A temporary file in {@code dir} (created if needed), to be filled and then {@link #commit committed}. */
  public static Path stage(Path dir) throws IOException {
    Files.createDirectories(dir);
    return Files.createTempFile(dir, ".asgsim-", ".tmp");
  }

  /** Renames a staged file over {@code target}, atomically where the file system allows it. */
  public static void commit(Path staged, Path target) throws IOException {
    if (Files.getFileStore(staged).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(staged, PosixFilePermissions.fromString("rw-r--r--"));
    }
    try {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Writes {@code bytes} to {@code target} all-or-nothing. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = stage(target.toAbsolutePath().getParent());
    try {
      Files.write(tmp, bytes);
      commit(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
