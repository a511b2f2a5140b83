package dev.asgsim.core.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable line of ASCII bytes, for files written row by row: a year's timeline.csv is 525 600 rows and five million
 * numbers, and formatting them straight into bytes (digits, signs, separators) skips the {@code StringBuilder} and
 * the copy to bytes of every row. Only ASCII may be appended; {@link #append(String)} checks.
 */
public final class AsciiBuffer {
  private byte[] bytes;
  private int length;

  public AsciiBuffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  public int length() {
    return length;
  }

  /** Empties the buffer, keeping its capacity. */
  public AsciiBuffer clear() {
    length = 0;
    return this;
  }

  public AsciiBuffer append(char c) {
    if (c > 0x7f) {
      throw new IllegalArgumentException("not ASCII: " + c);
    }
    ensure(1);
    bytes[length++] = (byte) c;
    return this;
  }

  public AsciiBuffer append(String ascii) {
    int n = ascii.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = ascii.charAt(i);
      if (c > 0x7f) {
        throw new IllegalArgumentException("not ASCII: " + ascii);
      }
      bytes[length + i] = (byte) c;
    }
    length += n;
    return this;
  }

  /** Appends bytes made by {@link #bytes}: the words a row repeats, checked once instead of on every row. */
  public AsciiBuffer append(byte[] ascii) {
    ensure(ascii.length);
    System.arraycopy(ascii, 0, bytes, length, ascii.length);
    length += ascii.length;
    return this;
  }

  /** The bytes of an ASCII string, for {@link #append(byte[])}. */
  public static byte[] bytes(String ascii) {
    return new AsciiBuffer(ascii.length()).append(ascii).toBytes();
  }

  private byte[] toBytes() {
    return Arrays.copyOf(bytes, length);
  }

  /** The decimal digits of {@code v}, as {@link Long#toString(long)} writes them. */
  public AsciiBuffer append(long v) {
    ensure(20);
    if (v >= 0 && v < 10) { // most counts in a timeline row: one digit, no division
      bytes[length++] = (byte) ('0' + v);
      return this;
    }
    if (v == Long.MIN_VALUE) {
      return append(Long.toString(v));
    }
    if (v < 0) {
      bytes[length++] = '-';
      v = -v;
    }
    if (v <= Integer.MAX_VALUE) {
      return digits((int) v);
    }
    int digits = 1;
    for (long p = 10; digits < 19 && v >= p; p *= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    length += digits;
    return this;
  }

  /** The digits of {@code v} ≥ 0, in int arithmetic (cheaper than long division). */
  private AsciiBuffer digits(int v) {
    int digits = 1;
    for (int p = 10; digits < 10 && v >= p; p *= 10) {
      digits++;
    }
    for (int i = length + digits - 1; i >= length; i--) {
      bytes[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    length += digits;
    return this;
  }

  /** Two digits of {@code v} (0 to 99), zero-padded: times of day. */
  public AsciiBuffer appendTwoDigits(int v) {
    ensure(2);
    bytes[length++] = (byte) ('0' + v / 10);
    bytes[length++] = (byte) ('0' + v % 10);
    return this;
  }

  /** Writes the bytes to {@code out}. */
  public void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, length);
  }

  @Override
  public String toString() {
    return new String(bytes, 0, length, StandardCharsets.US_ASCII);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
