package dev.asgsim.core.forecast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasts the user got from AWS (aws-behaviour §5.2 [I] source 1): the JSON {@code aws autoscaling
 * get-predictive-scaling-forecast} prints ({@code LoadForecast[0].Timestamps/Values},
 * {@code CapacityForecast.Timestamps/Values}), or a CSV {@code timestamp,load[,capacity]} with one row per hour.
 * Hours the file does not cover have no forecast.
 */
public final class GivenForecast implements Forecaster {
  public static final String NAME = "given";

  private final String source;
  private final long[] hours;
  private final double[] load;
  private final double[] capacity;

  GivenForecast(String source, long[] hours, double[] load, double[] capacity) {
    this.source = source;
    this.hours = hours;
    this.load = load;
    this.capacity = capacity;
  }

  /** Reads {@code file}: JSON when it starts with '{', else CSV. */
  public static GivenForecast read(Path file) throws ConfigException {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(new Problem("unreadable", name, 0, 0, "", "cannot read the forecast: " + e,
          "name a GetPredictiveScalingForecast JSON or a timestamp,load,capacity CSV"));
    }
    return text.stripLeading().startsWith("{") ? json(name, text) : csv(name, text);
  }

  static GivenForecast json(String name, String text) throws ConfigException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new ConfigException(new Problem("bad-json", name, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "", e.getOriginalMessage(), "fix the JSON"));
    }
    JsonNode lf = root.path("LoadForecast").path(0);
    JsonNode cf = root.path("CapacityForecast");
    if (lf.isMissingNode() && cf.isMissingNode()) {
      throw problem(name, 0, "LoadForecast", "neither LoadForecast nor CapacityForecast found",
          "pass the output of aws autoscaling get-predictive-scaling-forecast");
    }
    long[] lh = times(name, lf.path("Timestamps"), "LoadForecast[0].Timestamps");
    double[] lv = values(name, lf.path("Values"), lh.length, "LoadForecast[0].Values");
    long[] ch = times(name, cf.path("Timestamps"), "CapacityForecast.Timestamps");
    double[] cv = values(name, cf.path("Values"), ch.length, "CapacityForecast.Values");
    long[] hours = union(lh, ch);
    double[] load = new double[hours.length];
    double[] capacity = new double[hours.length];
    Arrays.fill(load, Double.NaN);
    Arrays.fill(capacity, Double.NaN);
    for (int i = 0; i < lh.length; i++) {
      load[Arrays.binarySearch(hours, lh[i])] = lv[i];
    }
    for (int i = 0; i < ch.length; i++) {
      capacity[Arrays.binarySearch(hours, ch[i])] = cv[i];
    }
    return new GivenForecast(name + " (GetPredictiveScalingForecast JSON)", hours, load, capacity);
  }

  static GivenForecast csv(String name, String text) throws ConfigException {
    List<String> lines = text.lines().toList();
    long[] hours = new long[lines.size()];
    double[] load = new double[lines.size()];
    double[] capacity = new double[lines.size()];
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || (i == 0 && !Character.isDigit(line.charAt(0)))) {
        continue; // blank, comment or header
      }
      String[] f = line.split(",", -1);
      if (f.length < 2 || f.length > 3) {
        throw problem(name, i + 1, "", "expected timestamp,load[,capacity], got " + f.length + " fields",
            "write e.g. 2026-01-05T10:00:00Z,153,2");
      }
      hours[n] = instant(name, i + 1, f[0].strip());
      if (n > 0 && hours[n] <= hours[n - 1]) {
        throw problem(name, i + 1, "", "timestamps must increase", "sort the rows by time");
      }
      load[n] = number(name, i + 1, f[1].strip());
      capacity[n] = f.length == 3 && !f[2].isBlank() ? number(name, i + 1, f[2].strip()) : Double.NaN;
      n++;
    }
    if (n == 0) {
      throw problem(name, 0, "", "no forecast rows", "write one row per hour: timestamp,load[,capacity]");
    }
    return new GivenForecast(name + " (CSV)", Arrays.copyOf(hours, n), Arrays.copyOf(load, n),
        Arrays.copyOf(capacity, n));
  }

  @Override
  public String name() {
    return NAME + ": " + source;
  }

  @Override
  public boolean forecastLoad(double[] history, int n, long originHour, double[] out) {
    return forecastLoad(history, n, originHour, out, out.length) >= 0;
  }

  /**
   * A forecast when the file has one of the {@code out.length} hours from the origin; the first {@code wanted} written
   * (NaN where the file has none). Without one every hour is written NaN, the forecast kept then reading none.
   */
  @Override
  public int forecastLoad(double[] history, int n, long originHour, double[] out, int wanted) {
    if (!covers(originHour, out.length)) {
      Arrays.fill(out, Double.NaN);
      return -1;
    }
    int written = Math.min(wanted, out.length);
    for (int k = 0; k < written; k++) {
      int i = Arrays.binarySearch(hours, originHour + 3600L * k);
      out[k] = i >= 0 ? load[i] : Double.NaN;
    }
    return written;
  }

  /** Whether the file has the hour {@code originHour + 3600 k} for some k below {@code count} (CSV times may be off the hour). */
  private boolean covers(long originHour, int count) {
    int i = Arrays.binarySearch(hours, originHour);
    for (i = i >= 0 ? i : -i - 1; i < hours.length && hours[i] < originHour + 3600L * count; i++) {
      if ((hours[i] - originHour) % 3600 == 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public double givenCapacity(long hour) {
    int i = Arrays.binarySearch(hours, hour);
    return i >= 0 ? capacity[i] : Double.NaN;
  }

  private static long[] times(String name, JsonNode arr, String path) throws ConfigException {
    if (arr.isMissingNode()) {
      return new long[0];
    }
    long[] t = new long[arr.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = instant(name, 0, arr.get(i).asText());
      if (t[i] % 3600 != 0) {
        throw problem(name, 0, path + "[" + i + "]", "forecast timestamps are hourly (aws-behaviour §5.2)",
            "pass an hourly forecast");
      }
    }
    return t;
  }

  private static double[] values(String name, JsonNode arr, int expected, String path) throws ConfigException {
    if (arr.size() != expected) {
      throw problem(name, 0, path, "has " + arr.size() + " values for " + expected + " timestamps",
          "keep Timestamps and Values the same length");
    }
    double[] v = new double[expected];
    for (int i = 0; i < expected; i++) {
      if (!arr.get(i).isNumber()) {
        throw problem(name, 0, path + "[" + i + "]", "not a number", "write a number");
      }
      v[i] = arr.get(i).asDouble();
    }
    return v;
  }

  private static long[] union(long[] a, long[] b) {
    return java.util.stream.LongStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
  }

  private static long instant(String name, int line, String s) throws ConfigException {
    try {
      return Instant.parse(s).getEpochSecond();
    } catch (DateTimeParseException e) {
      throw problem(name, line, "", "not an ISO-8601 UTC time: '" + s + "'", "write e.g. 2026-01-05T10:00:00Z");
    }
  }

  private static double number(String name, int line, String s) throws ConfigException {
    try {
      double v = Double.parseDouble(s);
      if (Double.isFinite(v) && v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw problem(name, line, "", "not a non-negative number: '" + s + "'", "write a number");
  }

  private static ConfigException problem(String file, int line, String path, String message, String hint) {
    return new ConfigException(new Problem("bad-forecast", file, line, line > 0 ? 1 : 0, path, message, hint));
  }
}
