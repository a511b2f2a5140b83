package dev.asgsim.simulator.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a trace CSV: header {@code timestamp,value} (ISO-8601, with or without zone, or {@code YYYY-MM-DD HH:MM:SS};
 * zone-less times are UTC), {@code minute,value} or {@code second,value} (offsets from the start). Rows are streamed
 * (never the whole file in memory) into primitive arrays.
 *
 * <p>Repeated timestamps (NAB's daylight-saving fold) are averaged and reported. A zone-less local clock that goes back
 * by at most one hour is a daylight-saving fold too (01:30 … 01:55, then 01:00 again): the repeated hour's rows are
 * averaged with the first pass (or fill in the minutes it lacked) and the fold is reported. Any other row that goes
 * back in time, does not parse, or lies more than {@value SpecCursor#MAX_DURATION_TEXT} after the first row is an
 * error naming the file and line, found before anything is allocated for the span.
 */
public final class TraceReader {
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);
  /** Clocks go back by one hour at the end of daylight-saving time. */
  private static final long FOLD_SECONDS = 3600;
  /** A minute or second offset beyond this (about 300 000 years) cannot be a time at all. */
  private static final double MAX_OFFSET_SECONDS = 1e13;
  /** Ten years at one row a minute; finer traces for longer are resampled first. */
  static final int MAX_ROWS = 10_000_000;

  private TraceReader() {}

  public static Trace read(Path file) {
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new LoadSpecException(source + ": is a directory, not a trace file");
    }
    try {
      if (Files.isRegularFile(file) && Files.size(file) > TraceLines.MAX_BYTES) {
        throw new LoadSpecException(String.format(Locale.ROOT, "%s: file too large: %d MB, at most %d MB; resample "
            + "the trace to one row a minute or cut it into shorter periods", source,
            Files.size(file) / (1024 * 1024), TraceLines.MAX_BYTES / (1024 * 1024)));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return parse(source, in);
      }
    } catch (NoSuchFileException e) {
      throw new LoadSpecException(source + ": no such trace file");
    } catch (AccessDeniedException e) {
      throw new LoadSpecException(source + ": permission denied; make the trace readable (chmod u+r)");
    } catch (IOException e) {
      throw new LoadSpecException(source + ": cannot read the trace file (" + e.getMessage() + ")");
    }
  }

  static Trace parse(String source, InputStream stream) throws IOException {
    try (TraceLines lines = new TraceLines(source, stream)) {
      String header = lines.next();
      while (header != null && header.isBlank()) {
        header = lines.next();
      }
      if (header == null) {
        throw new LoadSpecException(source + ": the trace file is empty (expected a header such as timestamp,value)");
      }
      String columns = stripBom(header).trim().toLowerCase(Locale.ROOT).replace(" ", "");
      // asgsim history adds the group's GroupDesiredCapacity as a third column when CloudWatch has it (aws-behaviour §12.1).
      boolean capacity = columns.endsWith("," + CAPACITY_COLUMN);
      if (capacity) {
        columns = columns.substring(0, columns.length() - CAPACITY_COLUMN.length() - 1);
      }
      String kind = switch (columns) {
        case "timestamp,value" -> "timestamp";
        case "minute,value" -> "minute";
        case "second,value" -> "second";
        default -> throw new LoadSpecException(source + ":" + lines.lineNo() + ": unknown header '"
            + clip(header.trim()) + "'; expected timestamp,value or minute,value or second,value (optionally "
            + "followed by ,GroupDesiredCapacity)");
      };
      return readRows(source, kind, capacity, lines);
    }
  }

  private static Trace readRows(String source, String kind, boolean capacity, TraceLines lines) {
    TraceSamples samples = new TraceSamples();
    double initialCapacity = Double.NaN;
    int firstLine = 0;
    int repeatedRows = 0;
    String firstRepeat = null;
    List<String> notes = new ArrayList<>();
    for (TraceLines.Line row = lines.nextChars(); row != null; row = lines.nextChars()) {
      int lineNo = lines.lineNo();
      long time;
      double value;
      String t = null; // the time as written: only made for messages and the fold check, or by the general way
      char[] chars = row.chars;
      int comma = indexOf(chars, row.length, ',', 0);
      // A capacity column is read only on the first row: that row goes the general way, with its messages.
      int end = comma < 0 || (capacity && samples.size() == 0) ? -1 : valueEnd(chars, row.length, comma, capacity);
      long fastTime = end < 0 ? TraceRowParser.NO_TIME : fastTime(kind, chars, comma);
      double fastValue = fastTime == TraceRowParser.NO_TIME ? Double.NaN
          : TraceRowParser.decimal(chars, TraceRowParser.skipLeft(chars, comma + 1, end),
              TraceRowParser.skipRight(chars, comma + 1, end));
      if (fastValue >= 0 && fastValue <= SpecCursor.MAX_LEVEL) {
        time = fastTime;
        value = fastValue;
      } else {
        // The general way: every spelling the format allows, and every error message.
        String line = row.toString();
        if (line.isBlank()) {
          continue;
        }
        int second = comma < 0 ? -1 : line.indexOf(',', comma + 1);
        if (comma < 0 || (capacity ? line.indexOf(',', second + 1) >= 0 : second >= 0)) {
          throw new LoadSpecException(source + ":" + lineNo + ": expected " + (capacity ? "three columns '" + kind
              + ",value,GroupDesiredCapacity'" : "two columns '" + kind + ",value'") + ", got '" + clip(line.trim())
              + "'");
        }
        t = line.substring(0, comma).trim();
        String v = (second < 0 ? line.substring(comma + 1) : line.substring(comma + 1, second)).trim();
        if (second >= 0 && samples.size() == 0 && !line.substring(second + 1).isBlank()) {
          initialCapacity = parseCapacity(source, lineNo, line.substring(second + 1).trim());
        }
        time = parseTime(source, lineNo, kind, t);
        value = parseValue(source, lineNo, v);
      }
      if (samples.size() == 0) {
        firstLine = lineNo;
      } else if (Math.abs(time - samples.first()) > SpecCursor.MAX_DURATION_SECONDS) {
        t = t != null ? t : timeText(chars, comma);
        throw new LoadSpecException(source + ":" + lineNo + ": time '" + t + "' is "
            + Durations.text((Math.abs(time - samples.first()) / 86_400) * 86_400) + " from the first row (line "
            + firstLine + "); a trace may span at most " + SpecCursor.MAX_DURATION_TEXT + " (10 years): remove the "
            + "stray row or cut the trace into shorter periods");
      }
      if (samples.size() > 0 && time <= samples.last()) {
        t = t != null ? t : timeText(chars, comma);
        boolean repeat = time == samples.last();
        if (!repeat && !isFold(kind, t, samples.last() - time)) {
          throw new LoadSpecException(source + ":" + lineNo + ": time '" + t + "' is earlier than the row before; "
              + "sort the file by time");
        }
        if (!repeat && !samples.inFold()) {
          notes.add(source + ":" + lineNo + ": the local time goes back to " + t + " (a daylight-saving fold); the "
              + "repeated hour's rows were averaged with the earlier ones");
        }
        if (samples.merge(time, value)) {
          repeatedRows++;
          if (firstRepeat == null) {
            firstRepeat = t + " (line " + lineNo + ")";
          }
        }
        continue;
      }
      if (samples.size() == MAX_ROWS) {
        throw new LoadSpecException(source + ":" + lineNo + ": the trace has more than " + MAX_ROWS + " rows; "
            + "resample it to one row a minute or cut it into shorter periods");
      }
      samples.append(time, value);
    }
    if (samples.size() == 0) {
      throw new LoadSpecException(source + ": the trace file has a header but no rows");
    }
    if (repeatedRows > 0) {
      notes.add(0, source + ": " + repeatedRows + " rows repeated an earlier timestamp (first at " + firstRepeat
          + "); their values were averaged into one sample");
    }
    Trace trace = samples.toTrace(source, kind.equals("timestamp"), notes);
    describeSteps(trace, notes);
    return new Trace(source, trace.startEpochSecond(), trace.offsets(), trace.values(), notes, initialCapacity);
  }

  /** The capacity column's header, lower case (aws-behaviour §8.3 metric GroupDesiredCapacity). */
  static final String CAPACITY_COLUMN = "groupdesiredcapacity";

  private static double parseCapacity(String source, int lineNo, String v) {
    double c;
    try {
      c = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new LoadSpecException(source + ":" + lineNo + ": GroupDesiredCapacity '" + clip(v) + "' is not a number");
    }
    if (!(c >= 0 && c <= 100_000)) {
      throw new LoadSpecException(source + ":" + lineNo + ": GroupDesiredCapacity " + clip(v) + " must be between 0 "
          + "and 100000 instances");
    }
    return c;
  }

  private static int indexOf(char[] s, int length, char c, int from) {
    for (int i = from; i < length; i++) {
      if (s[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the value column of a row whose first comma is at {@code comma} ends, when the row has exactly the header's
   * columns (two, or three with {@code capacity}: the value then ends at the second comma); -1 when it has not, and
   * the general way says what is wrong.
   */
  static int valueEnd(char[] chars, int length, int comma, boolean capacity) {
    int second = indexOf(chars, length, ',', comma + 1);
    if (!capacity) {
      return second < 0 ? length : -1;
    }
    return second >= 0 && indexOf(chars, length, ',', second + 1) < 0 ? second : -1;
  }

  /**
   * The row's time read the allocation-free way ({@link TraceRowParser}), or {@code NO_TIME} when the time is spelled
   * in a way only the general parser reads.
   */
  private static long fastTime(String kind, char[] chars, int comma) {
    int from = TraceRowParser.skipLeft(chars, 0, comma);
    int to = TraceRowParser.skipRight(chars, 0, comma);
    if (kind.equals("timestamp")) {
      return TraceRowParser.timestamp(chars, from, to);
    }
    double seconds = TraceRowParser.decimal(chars, from, to) * (kind.equals("minute") ? 60 : 1);
    return Math.abs(seconds) <= MAX_OFFSET_SECONDS ? Math.round(seconds) : TraceRowParser.NO_TIME;
  }

  /** The time column of a row, trimmed, as the messages quote it. */
  private static String timeText(char[] chars, int comma) {
    return new String(chars, 0, comma).trim();
  }

  /** A zone-less local time going back by at most an hour: the clock was set back at the end of daylight saving. */
  private static boolean isFold(String kind, String t, long back) {
    if (!kind.equals("timestamp") || back > FOLD_SECONDS) {
      return false;
    }
    try {
      OffsetDateTime.parse(t);
      return false;
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  private static double parseValue(String source, int lineNo, String v) {
    double value;
    try {
      value = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new LoadSpecException(source + ":" + lineNo + ": cannot read '" + clip(v) + "' as a number");
    }
    if (!Double.isFinite(value)) {
      throw new LoadSpecException(source + ":" + lineNo + ": value '" + clip(v) + "' is not a finite number");
    }
    if (value < 0 || value > SpecCursor.MAX_LEVEL) {
      throw new LoadSpecException(source + ":" + lineNo + ": value " + clip(v) + " must be between 0 and "
          + SpecCursor.MAX_LEVEL_TEXT + " (% of one instance's CPU)");
    }
    return value;
  }

  private static void describeSteps(Trace trace, List<String> notes) {
    long typical = trace.typicalStepSeconds();
    long[] o = trace.offsets();
    int gaps = 0;
    int irregular = 0;
    long longest = 0;
    for (int i = 1; i < o.length; i++) {
      long step = o[i] - o[i - 1];
      if (step > typical * 3 / 2) {
        gaps++;
        longest = Math.max(longest, step);
      } else if (step != typical) {
        irregular++;
      }
    }
    if (gaps > 0) {
      notes.add(trace.source() + ": " + gaps + " gaps longer than 1.5 × the usual " + typical + " s step (longest "
          + longest + " s)");
    }
    if (irregular > 0) {
      notes.add(trace.source() + ": " + irregular + " steps differ from the usual " + typical + " s");
    }
  }

  private static long parseTime(String source, int lineNo, String kind, String t) {
    try {
      if (kind.equals("timestamp")) {
        return parseTimestamp(t);
      }
      double seconds = Double.parseDouble(t) * (kind.equals("minute") ? 60 : 1);
      if (!(Math.abs(seconds) <= MAX_OFFSET_SECONDS)) {
        throw new LoadSpecException(source + ":" + lineNo + ": " + kind + " '" + clip(t) + "' is out of range; a "
            + "trace may span at most " + SpecCursor.MAX_DURATION_TEXT + " (10 years) from its first row");
      }
      return Math.round(seconds);
    } catch (NumberFormatException | DateTimeParseException e) {
      String expected = kind.equals("timestamp") ? "an ISO-8601 or YYYY-MM-DD HH:MM:SS timestamp" : "a number of "
          + kind + "s";
      throw new LoadSpecException(source + ":" + lineNo + ": cannot read '" + clip(t) + "' as " + expected);
    }
  }

  static long parseTimestamp(String t) {
    if (t.length() > 10 && t.charAt(10) == ' ') {
      return LocalDateTime.parse(t, SPACED).toEpochSecond(ZoneOffset.UTC);
    }
    try {
      return OffsetDateTime.parse(t).toEpochSecond();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
    }
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  /** The text as a message quotes it: control characters shown as '?', at most 60 characters. */
  private static String clip(String s) {
    String shown = s.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
  }
}
