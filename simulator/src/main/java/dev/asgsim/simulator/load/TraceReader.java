package dev.asgsim.simulator.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * zone-less times are UTC), {@code minute,value} or {@code second,value} (offsets from the start). Repeated timestamps
 * (NAB's daylight-saving fold) are averaged and reported; a row that goes back in time or does not parse is an error
 * naming the file and line.
 */
public final class TraceReader {
  private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);

  private TraceReader() {}

  public static Trace read(Path file) {
    List<String> lines;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines = r.lines().toList();
    } catch (NoSuchFileException e) {
      throw new LoadSpecException(file + ": no such trace file");
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new LoadSpecException(file + ": cannot read the trace file (" + e.getMessage() + ")");
    }
    return parse(file.toString(), lines);
  }

  static Trace parse(String source, List<String> lines) {
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) {
      first++;
    }
    if (first == lines.size()) {
      throw new LoadSpecException(source + ": the trace file is empty (expected a header such as timestamp,value)");
    }
    String header = stripBom(lines.get(first)).trim().toLowerCase(Locale.ROOT).replace(" ", "");
    String kind = switch (header) {
      case "timestamp,value" -> "timestamp";
      case "minute,value" -> "minute";
      case "second,value" -> "second";
      default -> throw new LoadSpecException(source + ":" + (first + 1) + ": unknown header '" + lines.get(first).trim()
          + "'; expected timestamp,value or minute,value or second,value");
    };
    List<Long> times = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    int repeatedRows = 0;
    String firstRepeat = null;
    for (int i = first + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      int comma = line.indexOf(',');
      if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
        throw new LoadSpecException(source + ":" + lineNo + ": expected two columns '" + kind + ",value', got '"
            + line.trim() + "'");
      }
      String t = line.substring(0, comma).trim();
      String v = line.substring(comma + 1).trim();
      long time = parseTime(source, lineNo, kind, t);
      double value;
      try {
        value = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new LoadSpecException(source + ":" + lineNo + ": cannot read '" + v + "' as a number");
      }
      if (!Double.isFinite(value)) {
        throw new LoadSpecException(source + ":" + lineNo + ": value '" + v + "' is not a finite number");
      }
      int last = times.size() - 1;
      if (last >= 0 && time == times.get(last)) {
        // Merge repeats by averaging: the DST fold puts a whole hour on one timestamp.
        int n = counts.get(last);
        values.set(last, (values.get(last) * n + value) / (n + 1));
        counts.set(last, n + 1);
        repeatedRows++;
        if (firstRepeat == null) {
          firstRepeat = t + " (line " + lineNo + ")";
        }
        continue;
      }
      if (last >= 0 && time < times.get(last)) {
        throw new LoadSpecException(source + ":" + lineNo + ": time '" + t + "' is earlier than the row before; "
            + "sort the file by time");
      }
      times.add(time);
      values.add(value);
      counts.add(1);
    }
    if (times.isEmpty()) {
      throw new LoadSpecException(source + ": the trace file has a header but no rows");
    }
    long start = times.get(0);
    long[] offsets = new long[times.size()];
    double[] vals = new double[times.size()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = times.get(i) - start;
      vals[i] = values.get(i);
    }
    List<String> notes = new ArrayList<>();
    if (repeatedRows > 0) {
      notes.add(source + ": " + repeatedRows + " rows repeated an earlier timestamp (first at " + firstRepeat
          + "); their values were averaged into one sample");
    }
    Trace trace = new Trace(source, kind.equals("timestamp") ? start : null, offsets, vals, notes);
    describeSteps(trace, notes);
    return new Trace(source, trace.startEpochSecond(), offsets, vals, notes);
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
      switch (kind) {
        case "minute":
          return Math.round(Double.parseDouble(t) * 60);
        case "second":
          return Math.round(Double.parseDouble(t));
        default:
          return parseTimestamp(t);
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      String expected = kind.equals("timestamp") ? "an ISO-8601 or YYYY-MM-DD HH:MM:SS timestamp" : "a number of "
          + kind + "s";
      throw new LoadSpecException(source + ":" + lineNo + ": cannot read '" + t + "' as " + expected);
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
}
