package dev.asgsim.cli.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded generator of hostile inputs (issue 19): mutated configs, load specs, traces, command-line flags and AWS CLI
 * JSON. The same seed gives the same cases, so a failure is reproduced by its seed and index.
 */
final class HostileCases {
  /** Values that have broken readers before: non-finite, huge, blank, control characters, wrong types. */
  static final List<String> VALUES = List.of(".nan", ".inf", "-.inf", "\"\"", "\" \"", "\"\\u0000\"", "\"\\t\"",
      "1e308", "-1e308", "-1", "0", "9223372036854775807", "2147483648", "1.5", "true", "null", "~", "[]", "{}",
      "[1, 2]", "\"abc\"", "0x1F", "1_000", "'", "\"", "[", "{", "&a", "*a", "!!binary AAAA", "!!float .nan",
      "\"" + "x".repeat(5000) + "\"", "1" + "0".repeat(1200), "2024-13-45T99:99:99Z");
  static final List<String> NUMBERS = List.of("0", "1", "-1", "-50", "1e308", "1e-320", "1e999", "NaN", "Infinity",
      "", "abc", "5.5.5", "9223372036854775807", "1000000", "1000001", "+3", "1e", ".5", "-0", "0x10");
  static final List<String> DURATIONS = List.of("0m", "1m", "30m", "90s", "2h", "1d", "-5m", "30000d", "10000d",
      "3650d", "3651d", "7x", "", "1e308d", "NaNd", "m", "1.5h", "99999999999999999999s");
  /** Run lengths: the refused ones and short ones (a valid ten-year run takes seconds, too long for every build). */
  static final List<String> RUN_DURATIONS = List.of("0m", "1m", "30m", "90s", "1d", "-5m", "30000d", "10000d",
      "3651d", "7x", "", "1e308d", "NaNd", "m", "1.5h", "99999999999999999999s");
  static final List<String> SHAPES = List.of("const", "step", "ramp", "sine", "spikes", "noise", "walk", "trace",
      "cnst", "", "CONST");

  private final SplittableRandom random;
  private final List<String> configs;
  private final List<byte[]> awsJson;

  HostileCases(long seed, Path examples, Path awsFixtures) {
    this.random = new SplittableRandom(seed);
    try (var files = Files.list(examples)) {
      configs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(HostileCases::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (var files = Files.list(awsFixtures)) {
      awsJson = files.filter(p -> p.toString().endsWith(".json") && p.getFileName().toString().startsWith("groups"))
          .sorted().map(p -> read(p).getBytes(StandardCharsets.UTF_8)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HostileCase next() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> config();
      case 3, 4 -> loadSpec();
      case 5 -> trace();
      case 6 -> random.nextBoolean() ? trace() : spotHistory();
      case 7, 8 -> flags();
      default -> awsJson();
    };
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private String base() {
    return pick(configs);
  }

  /** An example config with one line changed: a hostile value, a misspelt or repeated key, a cut, or noise bytes. */
  private HostileCase config() {
    String text = base();
    List<String> lines = new ArrayList<>(text.lines().toList());
    int i = random.nextInt(lines.size());
    String line = lines.get(i);
    String what;
    int colon = line.indexOf(": ");
    switch (random.nextInt(8)) {
      case 0, 1, 2 -> {
        String v = pick(VALUES);
        if (colon > 0 && !line.trim().startsWith("#")) {
          lines.set(i, line.substring(0, colon + 2) + v);
        } else {
          lines.add(i, "  Extra: " + v);
        }
        what = "value " + v + " at line " + (i + 1);
      }
      case 3 -> {
        if (colon > 0) {
          String key = line.substring(0, colon);
          int k = key.length() - 1 - random.nextInt(Math.max(1, key.trim().length()));
          lines.set(i, key.substring(0, Math.max(0, k)) + key.substring(Math.min(key.length(), k + 1)) + line.substring(colon));
        }
        what = "misspelt key at line " + (i + 1);
      }
      case 4 -> {
        lines.add(i, line);
        what = "repeated line " + (i + 1);
      }
      case 5 -> {
        int depth = 500 + random.nextInt(1200);
        String deep = "[".repeat(depth) + (random.nextBoolean() ? "]".repeat(depth) : "");
        lines.add(i, "Deep: " + deep);
        what = "deep nesting at line " + (i + 1);
      }
      case 6 -> {
        byte[] noise = new byte[1 + random.nextInt(8)];
        random.nextBytes(noise);
        lines.set(i, line + new String(noise, StandardCharsets.ISO_8859_1));
        what = "noise bytes at line " + (i + 1);
      }
      default -> {
        lines.subList(i, lines.size()).clear();
        lines.add(line.substring(0, random.nextInt(line.length() + 1)));
        what = "cut at line " + (i + 1);
      }
    }
    // Noise bytes go in raw (often invalid UTF-8); everything else as UTF-8 text.
    byte[] bytes = String.join("\n", lines).getBytes(what.startsWith("noise") ? StandardCharsets.ISO_8859_1
        : StandardCharsets.UTF_8);
    String cmd = random.nextBoolean() ? "validate" : "simulate";
    List<String> args = cmd.equals("validate") ? List.of("validate", "{dir}/c.yaml")
        : List.of("simulate", "{dir}/c.yaml", "--duration", "30m", "--out", "{dir}/out");
    return new HostileCase("config", what, Map.of("c.yaml", bytes), args, "c.yaml");
  }

  /** A random load spec: real and misspelt shapes, hostile numbers and durations, stray characters. */
  private HostileCase loadSpec() {
    if (random.nextBoolean()) {
      return validSpec();
    }
    int n = 1 + random.nextInt(4);
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String shape = pick(SHAPES);
      List<String> argList = new ArrayList<>();
      int arity = random.nextInt(5);
      for (int a = 0; a < arity; a++) {
        argList.add(random.nextInt(3) == 0 ? pick(DURATIONS) : pick(NUMBERS) + (random.nextInt(4) == 0 ? "@"
            + pick(DURATIONS) : ""));
      }
      String body = shape.equals("trace") ? pick(List.of("/dev/zero", "nope.csv", "\"a (1).csv\"", "", "'x"))
          : String.join(", ", argList);
      parts.add(shape + "(" + body + (random.nextInt(8) == 0 ? "" : ")"));
    }
    if (random.nextInt(10) == 0) {
      parts = new ArrayList<>(java.util.Collections.nCopies(2000 + random.nextInt(8000), "const(1)"));
    }
    String spec = String.join(pick(List.of(" + ", "+", " ", " + + ")), parts);
    return new HostileCase("load-spec", spec.length() > 80 ? spec.substring(0, 80) + "…" : spec,
        Map.of("c.yaml", base().getBytes(StandardCharsets.UTF_8)),
        List.of("simulate", "{dir}/c.yaml", "--load", spec, "--duration", pick(List.of("30m", "1h", "2h")),
            "--out", "{dir}/out"), null);
  }

  /** A well-formed spec at the edges of the ranges: it must run (exit 0) or be refused for its size, never crash. */
  private HostileCase validSpec() {
    List<String> parts = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n; k++) {
      String level = pick(List.of("0", "1", "50", "999999", "1000000", "0.0001"));
      parts.add(switch (random.nextInt(7)) {
        case 0 -> "const(" + level + ")";
        case 1 -> "step(" + level + ", " + level + "@" + pick(List.of("1m", "10m", "3650d")) + ")";
        case 2 -> "ramp(0, " + level + ", 0m, " + pick(List.of("1m", "1h", "3650d")) + ")";
        case 3 -> "sine(" + level + ", " + level + ", " + pick(List.of("1s", "1m", "24h", "3650d")) + ")";
        case 4 -> "spikes(" + level + ", 1m, " + pick(List.of("1s", "2m", "3650d")) + ")";
        case 5 -> "noise(" + level + ")";
        default -> "walk(" + level + ", -1000000, 1000000)";
      });
    }
    String spec = String.join(" + ", parts);
    return new HostileCase("load-spec", spec, Map.of("c.yaml", base().getBytes(StandardCharsets.UTF_8)),
        List.of("simulate", "{dir}/c.yaml", "--load", spec, "--load-scale", pick(List.of("1", "0", "1000000")),
            "--duration", pick(List.of("30m", "2h")), "--out", "{dir}/out"), null);
  }

  /** A trace CSV with a hostile header, row, span, order or value. */
  private HostileCase trace() {
    String kind = pick(List.of("timestamp", "minute", "second"));
    StringBuilder csv = new StringBuilder(random.nextInt(10) == 0 ? "time,load" : kind + ",value").append('\n');
    int rows = 1 + random.nextInt(40);
    long t0 = 1_700_000_000L;
    for (int r = 0; r < rows; r++) {
      String time = switch (kind) {
        case "timestamp" -> java.time.LocalDateTime.ofEpochSecond(t0 + r * 300L, 0, java.time.ZoneOffset.UTC)
            .toString().replace('T', ' ');
        case "minute" -> Integer.toString(r * 5);
        default -> Integer.toString(r * 300);
      };
      csv.append(time).append(',').append(10 + random.nextInt(90)).append('\n');
    }
    String hostile = pick(List.of("1950-01-01 00:00:00,5", "2050-01-01 00:00:00,5", "1000000000,5",
        "9223372036854775807,5", "0,-5", "0,1e308", "0,NaN", "0,", ",", "a,b,c", "0,1,2", "\u0000\u0000",
        "x".repeat(500), "2023-11-14 22:00:00,5", "-1,5", "1e20,5", ""));
    String text = csv.toString();
    String what = "row " + hostile.replaceAll("\\p{Cntrl}", "?");
    if (random.nextInt(3) == 0) {
      what = "well-formed";
    } else if (random.nextBoolean()) {
      int cut = text.indexOf('\n') + 1 + random.nextInt(Math.max(1, text.length() - text.indexOf('\n') - 1));
      text = text.substring(0, cut) + hostile + "\n" + text.substring(cut);
    } else {
      text = text + hostile + "\n";
    }
    return new HostileCase("trace", what, Map.of("c.yaml", base().getBytes(StandardCharsets.UTF_8),
        "t.csv", text.getBytes(StandardCharsets.UTF_8)),
        List.of("simulate", "{dir}/c.yaml", "--load", "{dir}/t.csv", "--duration", "1h", "--out", "{dir}/out"),
        "t.csv");
  }

  /**
   * A Spot price history (aws-behaviour §7.11) for examples/spot-fleet.yaml, as the AWS CLI's JSON or a CSV, with a
   * hostile row, value, order or cut.
   */
  private HostileCase spotHistory() {
    String fleet = configs.stream().filter(c -> c.contains("PriceHistory") || c.contains("  Spot:\n")).findFirst()
        .orElseThrow();
    boolean json = random.nextBoolean();
    String name = json ? "p.json" : "p.csv";
    StringBuilder text = new StringBuilder(json ? "{\"SpotPriceHistory\": [\n" : "timestamp,instance_type,"
        + "availability_zone,price\n");
    int rows = 1 + random.nextInt(20);
    for (int r = 0; r < rows; r++) {
      long t = 1_700_000_000L + (json ? rows - r : r) * 3600L;
      String az = "us-east-1" + "abc".charAt(random.nextInt(3));
      String time = java.time.Instant.ofEpochSecond(t).toString();
      text.append(json ? "{\"AvailabilityZone\": \"" + az + "\", \"InstanceType\": \"m6i.large\", "
          + "\"ProductDescription\": \"Linux/UNIX\", \"SpotPrice\": \"0.0" + (30 + random.nextInt(20))
          + "\", \"Timestamp\": \"" + time + "\"}" + (r + 1 < rows ? "," : "") + "\n"
          : time + ",m6i.large," + az + ",0.0" + (30 + random.nextInt(20)) + "\n");
    }
    if (json) {
      text.append("]}\n");
    }
    String hostile = pick(json ? List.of("{", "]", "{\"SpotPrice\": \"-1\"}", "{\"SpotPrice\": \"NaN\", "
        + "\"Timestamp\": \"x\"}", "\"\u0000\"", "null", "1e308", ",,") : List.of("2023-11-14T22:13:20Z,"
        + "m6i.large,us-east-1a,0.03", "x,m6i.large,us-east-1a,0.03", "2024-01-01T00:00:00Z,m6i.large,us east,0.03",
        "2024-01-01T00:00:00Z,m6i.large,us-east-1a,-0.01", "2024-01-01T00:00:00Z,m6i.large,us-east-1a,1e308",
        "2024-01-01T00:00:00Z,,us-east-1a,0.03", "a,b", "x".repeat(2000), "\u0000", ""));
    String body = text.toString();
    String what = name + " " + hostile.replaceAll("\\p{Cntrl}", "?");
    if (random.nextInt(4) == 0) {
      what = name + " well-formed";
    } else {
      int cut = body.indexOf('\n') + 1 + random.nextInt(Math.max(1, body.length() - body.indexOf('\n') - 1));
      body = body.substring(0, cut) + hostile + "\n" + body.substring(cut);
    }
    String config = fleet.replaceFirst("(?m)^  Spot:\n", "  Spot:\n    PriceHistory: " + name + "\n");
    return new HostileCase("spot-history", what, Map.of("c.yaml", config.getBytes(StandardCharsets.UTF_8),
        name, body.getBytes(StandardCharsets.UTF_8)),
        List.of("simulate", "{dir}/c.yaml", "--load", "const(50)", "--duration", "1h", "--out", "{dir}/out"), name);
  }

  /** Options with hostile values, unknown options, missing operands. */
  private HostileCase flags() {
    List<String> args = new ArrayList<>(List.of("simulate", "{dir}/c.yaml", "--out", "{dir}/out"));
    int n = 1 + random.nextInt(3);
    for (int k = 0; k < n; k++) {
      switch (random.nextInt(8)) {
        case 0 -> args.addAll(List.of("--duration", pick(RUN_DURATIONS)));
        case 1 -> args.addAll(List.of("--load-scale", pick(NUMBERS)));
        case 2 -> args.addAll(List.of("--seed", pick(NUMBERS)));
        case 3 -> args.addAll(List.of("--gaps", pick(List.of("hold", "interpolate", "", "HOLD", "zigzag"))));
        case 4 -> args.addAll(List.of("--out", pick(List.of("", " ", "/proc/x", "{dir}/c.yaml", "{dir}/new/deep"))));
        case 5 -> args.add(pick(List.of("--nope", "--json", "-x", "--", "--load")));
        case 6 -> args.addAll(List.of("--load", pick(List.of("", " ", "const(1)", "step(1, 2@1m)"))));
        default -> args.set(0, pick(List.of("simulate", "validate", "simulat", "sweep", "help")));
      }
    }
    if (!args.contains("--duration")) {
      args.addAll(List.of("--duration", "30m"));
    }
    return new HostileCase("flags", String.join(" ", args.subList(2, args.size())),
        Map.of("c.yaml", base().getBytes(StandardCharsets.UTF_8)), args, null);
  }

  /** AWS CLI describe output with members asgsim does not know, or hostile values in known members. */
  private HostileCase awsJson() {
    String json = new String(pick(awsJson), StandardCharsets.UTF_8);
    String what;
    int at = json.indexOf("\"AutoScalingGroupName\"");
    if (random.nextBoolean() && at > 0) {
      json = json.substring(0, at) + "\"SomeMemberAwsAddsNextYear\": {\"Nested\": [1, 2]}, " + json.substring(at);
      what = "unknown member";
    } else {
      String v = pick(List.of("\"\"", "-1", "1e308", "null", "[]", "\"\\u0000\"", "true", "NaN"));
      json = json.replaceFirst("\"MinSize\": *\\d+", java.util.regex.Matcher.quoteReplacement("\"MinSize\": " + v));
      what = "MinSize " + v;
    }
    return new HostileCase("aws-json", what, Map.of("groups.json", json.getBytes(StandardCharsets.UTF_8)),
        List.of("validate", "{dir}/groups.json"), "groups.json");
  }

  /** The case's files written into {@code dir}. */
  static void write(HostileCase c, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> f : new LinkedHashMap<>(c.files()).entrySet()) {
      Files.write(dir.resolve(f.getKey()), f.getValue());
    }
    Files.write(dir.resolve("a (1).csv"), "minute,value\n0,10\n5,20\n".getBytes(StandardCharsets.UTF_8));
  }
}
