package dev.asgsim.simulator.sweep.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.io.SourceMap;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.ConfigVariator;
import dev.asgsim.simulator.sweep.Finding;
import dev.asgsim.simulator.sweep.InlinePolicySet;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.Slo;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepSize;
import dev.asgsim.simulator.sweep.ValueRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a sweep file (YAML or JSON). Every problem that makes the file unrunnable is a {@link SweepFileException}
 * naming the file and line; an axis whose path names no member of the base config is a finding instead (the rest of
 * the sweep still makes sense without it).
 */
public final class SweepReader {
  // Duplicate keys are refused, as in config files: a parser would silently keep only the last (issue 19 item 9).
  private static final ObjectMapper YAML = ConfigMapper.yaml().copy()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectMapper JSON = ConfigMapper.json().copy()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final Consumer<String> policyCheck;

  /** @param policyCheck throws {@link IllegalArgumentException} with the reason when a Policies entry is unusable */
  public SweepReader(Consumer<String> policyCheck) {
    this.policyCheck = policyCheck;
  }

  public SweepDefinition read(Path file) throws SweepFileException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new SweepFileException(file + ": no such file");
    } catch (IOException e) {
      throw new SweepFileException(file + ": cannot read: " + e.getMessage());
    }
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), ConfigFormat.of(file), dir);
  }

  /** Parses sweep text; {@code name} is used in messages, {@code dir} resolves a relative {@code Base} path. */
  public SweepDefinition parse(String text, String name, ConfigFormat format, Path dir) throws SweepFileException {
    SweepFile file;
    try {
      file = (format == ConfigFormat.JSON ? JSON : YAML).readValue(text, SweepFile.class);
    } catch (JsonProcessingException e) {
      throw new SweepFileException(Located.at(name, text, e) + duplicateOrFriendly(e), e);
    }
    if (file == null) {
      throw new SweepFileException(name + ": the sweep file is empty; it needs at least Base and Loads");
    }
    Located where = new Located(name, text);
    ScalingConfig base = base(file, where, dir);
    List<Finding> findings = new ArrayList<>();
    List<Axis> axes = axes(file, where, base, findings);
    loads(file, where);
    long seed = file.seed() == null ? SweepDefinition.DEFAULT_SEED : file.seed();
    int seeds = file.seeds() == null ? SweepDefinition.DEFAULT_SEEDS : file.seeds();
    if (seeds < 1) {
      throw new SweepFileException(where.key("Seeds") + "Seeds must be at least 1, not " + seeds);
    }
    Sampling sampling = sampling(file, where, seed);
    String tooLarge = SweepSize.of(axes, sampling, file.loads().size(), seeds).problem();
    if (tooLarge != null) {
      throw new SweepFileException(where.key(seeds > SweepSize.MAX_SIMULATIONS / file.loads().size() ? "Seeds"
          : sampling.mode() == Sampling.Mode.RANDOM ? "Sample" : "Variations") + tooLarge);
    }
    Slo slo;
    try {
      slo = file.slo() == null ? Slo.NONE : new Slo(sloScores(file, where), sloStatistic(file, where));
    } catch (IllegalArgumentException e) {
      throw new SweepFileException(where.key("Slo") + e.getMessage());
    }
    return new SweepDefinition(base, axes, sampling, file.loads(), seeds, seed, slo, objective(file, where), dir,
        findings, baseDirectory(file, dir));
  }

  /** At least one load; names (a load's spec when it has no Name) unique, so tables and findings are unambiguous. */
  private static void loads(SweepFile file, Located where) throws SweepFileException {
    if (file.loads() == null || file.loads().isEmpty()) {
      throw new SweepFileException(where.key("Loads") + "no Loads: list at least one load spec, e.g. Loads: [\"step(20, 90@10m, 20@40m)\"]");
    }
    Set<String> names = new HashSet<>();
    for (LoadCase load : file.loads()) {
      if (load == null) {
        throw new SweepFileException(where.key("Loads") + "an empty Loads entry: write a load spec or {Name, Spec}");
      }
      if (!names.add(load.name())) {
        throw new SweepFileException(where.value("Loads", load.name()) + "two loads are named '" + load.name()
            + "': give each load its own Name (results.csv tells loads apart by name)");
      }
    }
  }

  /** The Slo's bounds by catalogue score; a misspelt name is refused here, before any simulation runs. */
  private static Map<Score, Double> sloScores(SweepFile file, Located where) throws SweepFileException {
    Map<Score, Double> maxima = new LinkedHashMap<>();
    for (Map.Entry<String, Double> bound : file.slo().entrySet()) {
      try {
        maxima.put(Score.named(bound.getKey()), bound.getValue());
      } catch (IllegalArgumentException e) {
        throw new SweepFileException(where.key(bound.getKey()) + "Slo: " + e.getMessage());
      }
    }
    return maxima;
  }

  /** The score to minimise: a catalogue score for which lower is not worse. */
  private static Score objective(SweepFile file, Located where) throws SweepFileException {
    if (file.objective() == null) {
      return SweepDefinition.DEFAULT_OBJECTIVE;
    }
    Score score;
    try {
      score = Score.named(file.objective());
    } catch (IllegalArgumentException e) {
      throw new SweepFileException(where.key("Objective") + "Objective: " + e.getMessage());
    }
    if (score.better() == Score.Better.HIGHER) {
      throw new SweepFileException(where.key("Objective") + "Objective: " + score.scoreName() + " is better when "
          + "higher, and the objective is minimised; choose a score where lower is better, e.g. Cost");
    }
    return score;
  }

  /** Jackson's duplicate-key message in the config reader's words; every other parse error as before. */
  private static String duplicateOrFriendly(JsonProcessingException e) {
    String original = e.getOriginalMessage();
    if (original != null && original.startsWith("Duplicate field '")) {
      String key = original.substring("Duplicate field '".length(), original.indexOf('\'', 17));
      return "key " + key + " is written twice; keep one of them (a parser would silently keep only the last)";
    }
    return InlinePolicySet.friendly(e);
  }

  /** The directory the base config's own trace paths are relative to: its file's, or the sweep's when inline. */
  private static Path baseDirectory(SweepFile file, Path dir) {
    if (file.base().inline() != null) {
      return dir;
    }
    return (dir == null ? Path.of(file.base().path()) : dir.resolve(file.base().path())).toAbsolutePath().getParent();
  }

  private static ScalingConfig base(SweepFile file, Located where, Path dir) throws SweepFileException {
    SweepFile.Base base = file.base();
    if (base == null) {
      throw new SweepFileException(where.name() + ": no Base: name the config to vary (Base: my-group.yaml) or write it inline");
    }
    String at = Located.at(where.name(), base.location());
    if (base.inline() != null) {
      return valid(base.inline(), SourceMap.EMPTY, at + "Base");
    }
    Path path = dir == null ? Path.of(base.path()) : dir.resolve(base.path());
    if (!Files.exists(path)) {
      throw new SweepFileException(at + "Base " + base.path() + ": no such file (" + path
          + "); the path is relative to the sweep file");
    }
    try {
      ConfigDocument doc = ConfigReader.load(path);
      return valid(doc.config(), doc.sourceMap(), at + "Base " + base.path());
    } catch (ConfigException e) {
      throw new SweepFileException(at + "Base " + base.path() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The base config must pass the validator, the one gate of every config (issue 10 item 4): a sweep of variations
   * of a config AWS would refuse is bad input (exit 2), not a sweep in which no point meets the SLO.
   */
  private static ScalingConfig valid(ScalingConfig config, SourceMap sourceMap, String what)
      throws SweepFileException {
    List<dev.asgsim.core.validate.Finding> errors = Validator.defaults().validate(config, sourceMap).stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    if (errors.isEmpty()) {
      return config;
    }
    StringBuilder sb = new StringBuilder(what).append(": AWS would refuse this config (").append(errors.size())
        .append(errors.size() == 1 ? " error" : " errors").append("; asgsim validate lists them all):");
    errors.forEach(f -> sb.append("\n  ").append(f.location() != null && f.line() > 0 ? f.location() + ": " : "")
        .append(f.path()).append(": ").append(f.message()));
    throw new SweepFileException(sb.toString());
  }

  private List<Axis> axes(SweepFile file, Located where, ScalingConfig base, List<Finding> findings)
      throws SweepFileException {
    List<Axis> axes = new ArrayList<>();
    if (file.policies() != null) {
      if (file.policies().isEmpty()) {
        throw new SweepFileException(where.key("Policies") + "Policies is empty: list at least one (aws, hpa, static:4, oracle, a class name)");
      }
      Set<String> names = new HashSet<>();
      for (JsonNode policy : file.policies()) {
        String name = Point.text(policy);
        try {
          if (policy.isTextual()) {
            policyCheck.accept(name);
          } else if (policy.isObject()) {
            InlinePolicySet.parse(policy);
          } else {
            throw new IllegalArgumentException("a Policies entry is a name (aws, hpa, static:4, oracle, a class name)"
                + " or {Name: ..., ScalingPolicies: [...]}, not " + policy);
          }
        } catch (IllegalArgumentException e) {
          throw new SweepFileException(where.value("Policies", name) + e.getMessage());
        }
        if (!names.add(name)) {
          throw new SweepFileException(where.value("Policies", name) + "Policies names '" + name + "' twice");
        }
      }
      axes.add(Axis.policies(file.policies()));
    }
    if (file.variations() != null) {
      for (Map.Entry<String, JsonNode> entry : file.variations().entrySet()) {
        String path = entry.getKey();
        Axis axis;
        try {
          axis = Axis.member(path, ValueRange.values(path, entry.getValue()));
        } catch (IllegalArgumentException e) {
          throw new SweepFileException(where.key(path) + e.getMessage());
        }
        String problem = ConfigVariator.pathProblem(base, axis);
        if (problem != null) {
          findings.add(new Finding(-1, "Variations." + path, where.key(path) + problem + "; this axis is skipped"));
        } else {
          axes.add(axis);
        }
      }
    }
    return axes;
  }

  private static Slo.Statistic sloStatistic(SweepFile file, Located where) throws SweepFileException {
    String s = file.sloStatistic();
    if (s == null || s.equalsIgnoreCase("Mean")) {
      return Slo.Statistic.MEAN;
    }
    if (s.equalsIgnoreCase("Ci95High")) {
      return Slo.Statistic.CI95_HIGH;
    }
    throw new SweepFileException(where.key("SloStatistic") + "SloStatistic must be Mean or Ci95High, not " + s);
  }

  private static Sampling sampling(SweepFile file, Located where, long seed) throws SweepFileException {
    SweepFile.Sample sample = file.sample();
    if (sample == null || sample.mode() == null || sample.mode().equalsIgnoreCase("Grid")) {
      return Sampling.GRID;
    }
    if (!sample.mode().equalsIgnoreCase("Random")) {
      throw new SweepFileException(where.key("Mode") + "Sample.Mode must be Grid or Random, not " + sample.mode());
    }
    if (sample.points() == null || sample.points() < 1) {
      throw new SweepFileException(where.key("Sample") + "a random sample needs Points: N (N >= 1)");
    }
    return Sampling.random(sample.points(), sample.seed() == null ? seed : sample.seed());
  }
}
