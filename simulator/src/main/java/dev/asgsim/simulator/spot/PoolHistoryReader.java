// Over 300 lines because both formats AWS users have (the CLI's JSON and a CSV) share one set of checks and file:line
// messages, so a rule about rows (order, duplicates, ranges, bounds) has one home; most of its lines are those messages.
package dev.asgsim.simulator.spot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a Spot history file (aws-behaviour §7.11): the JSON {@code aws ec2 describe-spot-price-history} prints
 * ({@code SpotPriceHistory[].{AvailabilityZone, InstanceType, ProductDescription, SpotPrice, Timestamp}}, each pool
 * newest first as the CLI prints it, or oldest first as older API references describe the reply) for prices, or a CSV {@code timestamp,instance_type,availability_zone,<value>}
 * (each pool oldest first; lines starting with {@code #} are comments). Timestamps are ISO-8601 with a zone
 * ({@code 2024-05-01T10:00:00Z}, {@code +00:00}) or epoch seconds. Every problem names file:line and what to do.
 * Memory is bounded: at most {@value #MAX_BYTES} bytes of regular file and {@value #MAX_ROWS} rows.
 */
public final class PoolHistoryReader {
  /** The largest file read: years of hourly changes for hundreds of pools fit well under it. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;
  public static final int MAX_ROWS = 2_000_000;
  /** A price above this (USD per instance-hour) is a typo: the dearest EC2 instance costs far less. */
  static final double MAX_PRICE = 10_000;
  /** A hazard above this (per instance-hour) interrupts every instance within a second. */
  static final double MAX_HAZARD = 3600;
  private static final int MAX_LINE_CHARS = 1000;

  private final String source;
  private final PoolHistory.Kind kind;
  private final Map<String, Pool> pools = new HashMap<>();
  private int rows;
  private String product;
  private int productLine;

  /** One pool's rows as read, and the line of its last. */
  private static final class Pool {
    long[] times = new long[16];
    double[] values = new double[16];
    int n;
    int lastLine;
    /** -1: newest first, 1: oldest first, 0: not known yet. */
    int direction;
  }

  private PoolHistoryReader(String source, PoolHistory.Kind kind) {
    this.source = source;
    this.kind = kind;
  }

  /** Reads {@code file}; {@code source} is how messages name it (the path as the config wrote it). */
  public static PoolHistory read(Path file, String source, PoolHistory.Kind kind) {
    PoolHistoryReader r = new PoolHistoryReader(source, kind);
    boolean json;
    try {
      if (!Files.exists(file)) {
        throw new NoSuchFileException(file.toString());
      }
      if (!Files.isRegularFile(file)) {
        throw r.fail(0, "is not a regular file; name a " + kind.words + " history file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw r.fail(0, "is " + Files.size(file) / (1024 * 1024) + " MB, more than the " + MAX_BYTES / (1024 * 1024)
            + " MB a " + kind.words + " history may hold; keep only the pools and weeks the group runs in");
      }
      byte[] head = new byte[256];
      int n;
      try (InputStream in = Files.newInputStream(file)) {
        n = in.readNBytes(head, 0, head.length);
      }
      json = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading().startsWith("{");
      if (json && !kind.json) {
        throw r.fail(1, "is JSON, but " + kind.words + " histories are CSV files with the header '" + kind.header()
            + "'");
      }
      if (json) {
        r.readJson(file);
      } else {
        r.readCsv(file);
      }
    } catch (NoSuchFileException e) {
      throw new SpotHistoryException(source + ": no such file (a relative path is relative to the config file)");
    } catch (CharacterCodingException e) {
      throw r.fail(0, "is not valid UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw r.fail(0, "cannot be read (" + e.getMessage() + ")");
    }
    return r.finish();
  }

  private void readCsv(Path file) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      boolean header = false;
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.length() > MAX_LINE_CHARS) {
          throw fail(lineNo, "line is longer than " + MAX_LINE_CHARS + " characters; a row is '" + kind.header() + "'");
        }
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] f = l.split(",", -1);
        if (!header) {
          if (!String.join(",", Arrays.stream(f).map(String::strip).toList()).equalsIgnoreCase(kind.header())) {
            throw fail(lineNo, "the first row must be the header '" + kind.header() + "', not '" + l + "'");
          }
          header = true;
          continue;
        }
        if (f.length != 4) {
          throw fail(lineNo, "has " + f.length + " fields; a row is '" + kind.header() + "'");
        }
        add(lineNo, time(lineNo, f[0].strip()), f[1].strip(), f[2].strip(), value(lineNo, f[3].strip()), 1);
      }
      if (!header) {
        throw fail(0, "is empty; it needs the header '" + kind.header() + "' and one row per change");
      }
    }
  }

  private void readJson(Path file) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail(line(p), "must be the JSON object 'aws ec2 describe-spot-price-history' prints");
      }
      boolean found = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (!"SpotPriceHistory".equals(name)) {
          p.skipChildren();
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          throw fail(line(p), "SpotPriceHistory must be a list");
        }
        found = true;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          jsonRow(p);
        }
      }
      if (!found) {
        throw fail(0, "has no SpotPriceHistory list; save what 'aws ec2 describe-spot-price-history' prints "
            + "(or asgsim history --spot-prices)");
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw fail(line, "is not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
  }

  private void jsonRow(JsonParser p) throws IOException {
    int line = line(p);
    String az = null;
    String type = null;
    String prod = null;
    String price = null;
    String time = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken t = p.nextToken();
      String text = t.isScalarValue() ? p.getText() : null;
      if (!t.isScalarValue()) {
        p.skipChildren();
      }
      switch (name) {
        case "AvailabilityZone" -> az = text;
        case "InstanceType" -> type = text;
        case "ProductDescription" -> prod = text;
        case "SpotPrice" -> price = text;
        case "Timestamp" -> time = text;
        default -> { }
      }
    }
    for (String[] m : new String[][] {{"AvailabilityZone", az}, {"InstanceType", type}, {"SpotPrice", price},
        {"Timestamp", time}}) {
      if (m[1] == null || m[1].isBlank()) {
        throw fail(line, "this SpotPriceHistory entry has no " + m[0]);
      }
    }
    if (prod != null) {
      if (product == null) {
        product = prod;
        productLine = line;
      } else if (!product.equals(prod)) {
        throw fail(line, "mixes ProductDescription '" + prod + "' with '" + product + "' (line " + productLine
            + "); fetch one product (--product-descriptions \"Linux/UNIX\"), as asgsim history --spot-prices does");
      }
    }
    add(line, time(line, time.strip()), type.strip(), az.strip(), value(line, price.strip()), 0);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private long time(int line, String text) {
    if (text.matches("-?\\d{1,12}")) {
      return Long.parseLong(text);
    }
    try {
      return OffsetDateTime.parse(text).toEpochSecond();
    } catch (DateTimeException e) {
      throw fail(line, "timestamp '" + text + "' is not ISO-8601 with a zone (2024-05-01T10:00:00Z) or epoch seconds");
    }
  }

  private double value(int line, String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw fail(line, kind.words + " '" + text + "' is not a number");
    }
    double max = kind == PoolHistory.Kind.PRICE ? MAX_PRICE : MAX_HAZARD;
    if (!(v >= 0 && v <= max)) {
      throw fail(line, kind.words + " " + text + " must be 0 or more and at most " + (long) max
          + (kind == PoolHistory.Kind.PRICE ? " USD per instance-hour" : " per instance-hour"));
    }
    return v;
  }

  /**
   * A row; {@code direction} 1: each pool's rows must go forward in time (a CSV), 0: either way, the same way
   * throughout the pool (the AWS CLI's JSON).
   */
  private void add(int line, long time, String type, String az, double value, int direction) {
    if (type.isEmpty() || az.isEmpty()) {
      throw fail(line, "names no " + (type.isEmpty() ? "instance type" : "Availability Zone"));
    }
    if (!az.matches("[A-Za-z0-9-]+")) {
      throw fail(line, "'" + az + "' is not an Availability Zone name (us-east-1a)");
    }
    if (++rows > MAX_ROWS) {
      throw fail(line, "has more than " + MAX_ROWS + " rows; keep only the pools and weeks the group runs in");
    }
    Pool pool = pools.computeIfAbsent(PoolHistory.key(type, az), k -> new Pool());
    if (pool.n > 0) {
      long previous = pool.times[pool.n - 1];
      if (time == previous) {
        throw fail(line, "repeats the timestamp of line " + pool.lastLine + " for " + type + " in " + az
            + "; a pool has one value per time");
      }
      int step = time > previous ? 1 : -1;
      if (pool.direction == 0) {
        pool.direction = direction != 0 ? direction : step;
      }
      if (step != pool.direction) {
        throw fail(line, "is " + (step > 0 ? "newer" : "older") + " than line " + pool.lastLine + " for " + type
            + " in " + az + "; " + (direction != 0 ? "a CSV lists each pool oldest first"
            : "each pool's prices go one way in time (the AWS CLI prints them newest first)") + ": sort the file");
      }
    }
    if (pool.n == pool.times.length) {
      pool.times = Arrays.copyOf(pool.times, pool.n * 2);
      pool.values = Arrays.copyOf(pool.values, pool.n * 2);
    }
    pool.times[pool.n] = time;
    pool.values[pool.n] = value;
    pool.n++;
    pool.lastLine = line;
  }

  private PoolHistory finish() {
    if (pools.isEmpty()) {
      throw fail(0, "has no rows; it needs one row per change of a pool's " + kind.words);
    }
    Map<String, PoolHistory.Changes> out = new HashMap<>();
    pools.forEach((key, p) -> {
      long[] t = Arrays.copyOf(p.times, p.n);
      double[] v = Arrays.copyOf(p.values, p.n);
      if (p.direction < 0) {
        reverse(t, v);
      }
      out.put(key, new PoolHistory.Changes(t, v));
    });
    return new PoolHistory(source, kind, out, product);
  }

  private static void reverse(long[] t, double[] v) {
    for (int i = 0, j = t.length - 1; i < j; i++, j--) {
      long tt = t[i];
      t[i] = t[j];
      t[j] = tt;
      double vv = v[i];
      v[i] = v[j];
      v[j] = vv;
    }
  }

  private SpotHistoryException fail(int line, String message) {
    return new SpotHistoryException(source + (line > 0 ? ":" + line : "") + ": " + message);
  }
}
