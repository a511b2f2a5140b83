package dev.asgsim.simulator.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a trace file line by line with bounds: no line longer than {@link #MAX_LINE_CHARS}, no more than
 * {@link #MAX_BYTES} in all, strict UTF-8. A device such as {@code /dev/zero} or a pipe that never ends is therefore
 * refused at a line number instead of filling the heap. One buffer is reused for every line.
 */
final class TraceLines implements AutoCloseable {
  /** A row is a timestamp and a number: 200 characters leaves room for any spelling of both. */
  static final int MAX_LINE_CHARS = 200;
  /** The largest trace read: ten years at one row a minute is about 160 MB. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private final String source;
  private final Reader in;
  private final char[] buf = new char[8192];
  private int len;
  private int at;
  private long charsRead;
  private final Line line = new Line();
  private int lineNo;

  TraceLines(String source, InputStream stream) {
    this.source = source;
    this.in = new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** The next line without its line break, or null at the end of the file. */
  String next() {
    CharSequence l = nextChars();
    return l == null ? null : l.toString();
  }

  /** The next line as this reader's own buffer (valid until the next call), or null at the end of the file. */
  Line nextChars() {
    line.length = 0;
    lineNo++;
    while (true) {
      if (at == len && !fill()) {
        return line.length == 0 ? null : line;
      }
      // The characters up to the next line break or '\r' (dropped wherever it is) go in at once: a year's trace is
      // fifteen million characters.
      int start = at;
      while (at < len && buf[at] != '\n' && buf[at] != '\r') {
        at++;
      }
      if (line.length + (at - start) > MAX_LINE_CHARS) {
        throw new LoadSpecException(source + ":" + lineNo + ": line is longer than " + MAX_LINE_CHARS
            + " characters; a trace row is 'timestamp,value' (is this a CSV trace?)");
      }
      System.arraycopy(buf, start, line.chars, line.length, at - start);
      line.length += at - start;
      if (at < len && buf[at++] == '\n') {
        return line;
      }
    }
  }

  /**
   * The current line: a row's parse reads its characters straight from the array ({@link TraceRowParser}: each of them
   * once or twice, where a {@code StringBuilder} would check its coder and bounds on every one).
   */
  static final class Line implements CharSequence {
    final char[] chars = new char[MAX_LINE_CHARS];
    int length;

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return toString().substring(start, end);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** The 1-based number of the line {@link #next} returned last. */
  int lineNo() {
    return lineNo;
  }

  private boolean fill() {
    try {
      len = in.read(buf);
    } catch (CharacterCodingException e) {
      throw new LoadSpecException(source + ":" + lineNo + ": is not valid UTF-8 text; save the trace as UTF-8");
    } catch (IOException e) {
      throw new LoadSpecException(source + ": cannot read the trace file (" + e.getMessage() + ")");
    }
    at = 0;
    if (len <= 0) {
      len = 0;
      return false;
    }
    charsRead += len;
    if (charsRead > MAX_BYTES) {
      throw new LoadSpecException(source + ":" + lineNo + ": the trace is larger than " + MAX_BYTES / (1024 * 1024)
          + " MB; resample it to one row a minute or cut it into shorter periods");
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
