package dev.asgsim.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The --out directory of simulate and sweep, probed before any work so a bad one fails in a second — without creating
 * it: the directory is created only when the outputs are written, so a refused or failed run leaves no empty
 * directories behind.
 */
final class OutputDirectory {
  private OutputDirectory() {}

  /** A {@link UserError} when {@code dir} could not be created or written; creates nothing that stays. */
  static void check(Path dir) {
    Path target = dir.toAbsolutePath().normalize();
    Path existing = target;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      throw refused(dir, "cannot create the directory (no existing directory above it)");
    }
    if (!Files.isDirectory(existing)) {
      throw refused(dir, "cannot create the directory (" + (existing.equals(target) ? "a file of that name is in the way"
          : existing + " is not a directory") + ")");
    }
    boolean exists = existing.equals(target);
    try {
      // A probe of the kind the run will make: a file in an existing directory, a directory where one must be made.
      Path probe = exists ? Files.createTempFile(existing, ".asgsim-probe-", ".tmp")
          : Files.createTempDirectory(existing, ".asgsim-probe-");
      Files.delete(probe);
    } catch (IOException e) {
      throw refused(dir, (exists ? "cannot write in the directory (" : "cannot create the directory (") + reason(e)
          + ")");
    }
  }

  private static UserError refused(Path dir, String why) {
    return new UserError("--out " + dir + ": " + why + "; choose another one");
  }

  /** An I/O failure in words, without Java class names. */
  static String reason(IOException e) {
    if (e instanceof FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
    }
    if (e instanceof FileSystemException f) {
      return e.getClass().getSimpleName().replace("Exception", "") + " " + f.getFile();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
