package dev.asgsim.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Turns a file into text, refusing what is not a UTF-8 text file with a problem that says where and why. */
final class InputText {
  /** How far to look for NUL bytes: git's heuristic for "binary". */
  private static final int BINARY_SNIFF_BYTES = 8000;
  /**
   * The largest config read, checked before reading: hand-written configs are kilobytes and AWS CLI output for a
   * hundred groups a few hundred. The bound also caps SnakeYAML's scanner, which is quadratic in a line's length
   * (one 2 MB line took 1.3 s, 8 MB 9 s, 30 MB over a minute).
   */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  /** "file too large: 3.2 MB, at most 2 MB" for a file of {@code size} bytes. */
  static Problem tooLarge(String file, long size) {
    return new Problem("too-large", file, 0, 0, "", String.format(java.util.Locale.ROOT,
        "file too large: %.1f MB, at most %d MB", size / 1048576.0, MAX_BYTES >> 20),
        "a configuration is a few kilobytes: split the file (one group per file)");
  }

  private InputText() {}

  static byte[] readBytes(Path path, String file) throws ConfigException {
    if (Files.isDirectory(path)) {
      throw new ConfigException(new Problem("not-a-file", file, 0, 0, "", "is a directory, not a configuration file",
          "name a .yaml or .json file inside it"));
    }
    if (!Files.exists(path)) {
      throw new ConfigException(new Problem("missing-file", file, 0, 0, "", "no such file",
          "check the path (relative paths start at " + Path.of("").toAbsolutePath() + ")"));
    }
    if (!Files.isRegularFile(path)) {
      throw new ConfigException(new Problem("not-a-file", file, 0, 0, "", "is not a regular file",
          "name a .yaml or .json file"));
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      size = 0; // unreadable: reported below, with the reason
    }
    if (size > MAX_BYTES) {
      throw new ConfigException(tooLarge(file, size));
    }
    try {
      return Files.readAllBytes(path);
    } catch (AccessDeniedException e) {
      throw new ConfigException(new Problem("unreadable", file, 0, 0, "", "permission denied",
          "make the file readable (chmod u+r)"));
    } catch (NoSuchFileException e) {
      throw new ConfigException(new Problem("missing-file", file, 0, 0, "", "no such file", "check the path"));
    } catch (IOException e) {
      throw new ConfigException(new Problem("unreadable", file, 0, 0, "", "cannot be read: " + e.getMessage(),
          "check that the file is readable"));
    }
  }

  /** Decodes strict UTF-8 (a leading BOM is dropped); refuses binary content and empty documents. */
  static String decode(byte[] bytes, String file) throws ConfigException {
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        int[] lc = lineColumn(bytes, i);
        throw new ConfigException(new Problem("binary", file, lc[0], lc[1], "",
            "looks like a binary file (a NUL byte at byte " + i + ")",
            "give a YAML or JSON text file; compressed or binary files are not read"));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int[] lc = lineColumn(bytes, in.position());
      throw new ConfigException(new Problem("encoding", file, lc[0], lc[1], "",
          String.format(java.util.Locale.ROOT, "is not valid UTF-8 (byte 0x%02X at byte %d)",
              bytes[Math.min(in.position(), bytes.length - 1)] & 0xff, in.position()),
          "save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 in > out)"));
    }
    out.flip();
    String text = out.toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new ConfigException(new Problem("empty", file, 1, 1, "", "is empty",
          "write a configuration: start from examples/fastcampus-nginx.yaml"));
    }
    return text;
  }

  /** 1-based line and column (in bytes) of a byte offset. */
  static int[] lineColumn(byte[] bytes, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
