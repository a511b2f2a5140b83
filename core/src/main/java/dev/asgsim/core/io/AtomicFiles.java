package dev.asgsim.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that a reader never sees half of one: bytes go to a temporary file beside the target, which is then
 * renamed over it. Temporary files are created owner-only; the result gets the usual {@code rw-r--r--}.
 *
 * <p>Every staged file not yet committed or discarded is deleted when the JVM shuts down, so Ctrl-C or SIGTERM in the
 * middle of writing leaves no hidden {@code .asgsim-NNN.tmp} behind (a {@code kill -9} cannot be caught).
 */
public final class AtomicFiles {
  private static final Set<Path> STAGED = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::discardAll, "asgsim-tmp-cleanup"));
  }

  private AtomicFiles() {}

  /** A temporary file in {@code dir} (created if needed), to be filled and then {@link #commit committed}. */
  public static Path stage(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".asgsim-", ".tmp");
    STAGED.add(tmp);
    return tmp;
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
    STAGED.remove(staged);
  }

  /** Deletes a staged file that will not be committed (after a failure); nothing happens if it is gone. */
  public static void discard(Path staged) throws IOException {
    try {
      Files.deleteIfExists(staged);
    } finally {
      STAGED.remove(staged);
    }
  }

  /** Writes {@code bytes} to {@code target} all-or-nothing. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = stage(target.toAbsolutePath().getParent());
    try {
      Files.write(tmp, bytes);
      commit(tmp, target);
    } finally {
      discard(tmp);
    }
  }

  /** The staged files not yet committed or discarded (for tests of the shutdown clean-up). */
  static Set<Path> pending() {
    return Set.copyOf(STAGED);
  }

  /** Deletes every staged file; run at JVM shutdown. */
  static void discardAll() {
    for (Path p : STAGED) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException ignored) {
        // Best effort while the JVM goes down: nothing else can be done about a file that will not delete.
      }
      STAGED.remove(p);
    }
  }
}
