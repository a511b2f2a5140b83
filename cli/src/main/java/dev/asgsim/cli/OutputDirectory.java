package dev.asgsim.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The --out directory of simulate and sweep, made and probed before any work so a bad one fails in a second. */
final class OutputDirectory {
  private OutputDirectory() {}

  /** Creates {@code dir} (and its parents) and checks a file can be written there; a {@link UserError} if not. */
  static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UserError("--out " + dir + ": cannot create the directory (" + reason(e) + "); choose another one");
    }
    try {
      Path probe = Files.createTempFile(dir, ".asgsim-probe-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new UserError("--out " + dir + ": cannot write in the directory (" + reason(e) + "); choose another one");
    }
  }

  static String reason(IOException e) {
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof java.nio.file.AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof java.nio.file.NoSuchFileException f) {
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
