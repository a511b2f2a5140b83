package dev.asgsim.simulator.sweep.file;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.ConfigVariator;
import dev.asgsim.simulator.sweep.Finding;
import dev.asgsim.simulator.sweep.InlinePolicySet;
import dev.asgsim.simulator.sweep.InvalidVariationException;
import dev.asgsim.simulator.sweep.Point;
import dev.asgsim.simulator.sweep.Sampling;
import dev.asgsim.simulator.sweep.Slo;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.ValueRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a sweep file (YAML or JSON). Every problem that makes the file unrunnable is a {@link SweepFileException}
 * naming the file and line; an axis whose path names no member of the base config is a finding instead (the rest of
 * the sweep still makes sense without it).
 */
public final class SweepReader {
  private static final ObjectMapper YAML = ConfigMapper.yaml();
  private static final ObjectMapper JSON = ConfigMapper.json();

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
      throw new SweepFileException(at(name, text, e) + InlinePolicySet.friendly(e), e);
    }
    if (file == null) {
      throw new SweepFileException(name + ": the sweep file is empty; it needs at least Base and Loads");
    }
    Located where = new Located(name, text);
    ScalingConfig base = base(file, where, dir);
    List<Finding> findings = new ArrayList<>();
    List<Axis> axes = axes(file, where, base, findings);
    if (file.loads() == null || file.loads().isEmpty()) {
      throw new SweepFileException(where.key("Loads") + "no Loads: list at least one load spec, e.g. Loads: [\"step(20, 90@10m, 20@40m)\"]");
    }
    long seed = file.seed() == null ? SweepDefinition.DEFAULT_SEED : file.seed();
    int seeds = file.seeds() == null ? SweepDefinition.DEFAULT_SEEDS : file.seeds();
    if (seeds < 1) {
      throw new SweepFileException(where.key("Seeds") + "Seeds must be at least 1, not " + seeds);
    }
    Slo slo;
    try {
      slo = file.slo() == null ? Slo.NONE : new Slo(file.slo(), sloStatistic(file, where));
    } catch (IllegalArgumentException e) {
      throw new SweepFileException(where.key("Slo") + e.getMessage());
    }
    return new SweepDefinition(base, axes, sampling(file, where, seed), file.loads(), seeds, seed, slo,
        file.objective(), dir, findings);
  }

  private static ScalingConfig base(SweepFile file, Located where, Path dir) throws SweepFileException {
    SweepFile.Base base = file.base();
    if (base == null) {
      throw new SweepFileException(where.name + ": no Base: name the config to vary (Base: my-group.yaml) or write it inline");
    }
    if (base.inline() != null) {
      return base.inline();
    }
    Path path = dir == null ? Path.of(base.path()) : dir.resolve(base.path());
    if (!Files.exists(path)) {
      throw new SweepFileException(at(where.name, base.location()) + "Base " + base.path() + ": no such file ("
          + path + "); the path is relative to the sweep file");
    }
    try {
      return ConfigReader.load(path).config();
    } catch (ConfigException e) {
      throw new SweepFileException(at(where.name, base.location()) + "Base " + base.path() + ": " + e.getMessage(), e);
    }
  }

  private List<Axis> axes(SweepFile file, Located where, ScalingConfig base, List<Finding> findings)
      throws SweepFileException {
    List<Axis> axes = new ArrayList<>();
    if (file.policies() != null) {
      if (file.policies().isEmpty()) {
        throw new SweepFileException(where.key("Policies") + "Policies is empty: list at least one (aws, hpa, static:4, oracle, a class name)");
      }
      java.util.Set<String> names = new java.util.HashSet<>();
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
        String problem = pathProblem(base, axis);
        if (problem != null) {
          findings.add(new Finding(-1, "Variations." + path, where.key(path) + problem + "; this axis is skipped"));
        } else {
          axes.add(axis);
        }
      }
    }
    return axes;
  }

  /** Whether the axis's path names a member of the base config at all (tried with the axis's first value). */
  private static String pathProblem(ScalingConfig base, Axis axis) {
    ConfigVariator variator = new ConfigVariator(base, List.of(axis), config -> List.of());
    try {
      variator.configOf(new Point(1, List.of(axis.values().get(0))));
      return null;
    } catch (InvalidVariationException e) {
      return e.isPathProblem() ? e.getMessage() : null;
    }
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

  private static String at(String name, JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return name + ": ";
    }
    return name + ":" + location.getLineNr() + ":" + location.getColumnNr() + ": ";
  }

  /**
   * Where a parse error is. Jackson places an unknown member after its value; the key's own line is what a person
   * needs, so look back for it.
   */
  private static String at(String name, String text, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (e instanceof UnrecognizedPropertyException u && location != null && text != null) {
      List<String> lines = text.lines().toList();
      String key = u.getPropertyName();
      for (int i = Math.min(location.getLineNr(), lines.size()) - 1; i >= 0; i--) {
        String line = lines.get(i);
        int col = line.indexOf(key);
        if (col >= 0 && line.indexOf(':', col + key.length()) >= 0) {
          return name + ":" + (i + 1) + ":" + (col + 1) + ": ";
        }
      }
    }
    return at(name, location);
  }


  /** Finds the line of a key in the file text, so that checks made after binding can still point at a line. */
  private static final class Located {
    private final String name;
    private final List<String> lines;

    Located(String name, String text) {
      this.name = name;
      this.lines = text.lines().toList();
    }

    String key(String key) {
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int at = line.indexOf(key);
        if (at >= 0 && line.indexOf(':', at + key.length()) >= 0) {
          return name + ":" + (i + 1) + ": ";
        }
      }
      return name + ": ";
    }

    String value(String key, String value) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(value) && !lines.get(i).trim().startsWith("#")) {
          return name + ":" + (i + 1) + ": ";
        }
      }
      return key(key);
    }
  }
}
