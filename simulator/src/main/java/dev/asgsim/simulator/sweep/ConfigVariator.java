package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.validate.Validator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Makes the config of a point: the base config is written to a tree once; each point copies the tree, sets its
 * values by path and binds the tree back with the file format's own rules (unknown members and wrong types are
 * refused exactly as in a config file). Only the top-level members the axes reach are copied and bound
 * ({@link ConfigMembers}); the others are the base tree's, bound once, which is what binding the whole tree would
 * give them. A point whose members do not bind is bound again as a whole tree, so that what it is told (the member's
 * path, Jackson's words) is the same. Thread-safe: the base tree is never modified.
 */
public final class ConfigVariator {
  private static final ObjectMapper MAPPER = ConfigMapper.json();

  private final ScalingConfig base;
  private final ObjectNode baseTree;
  private final List<Axis> axes;
  /**
   * Whether a point's config may be simulated: the core validator's ERROR findings, as for {@code simulate}, one
   * sentence each (issue 10 item 4: the validator is the only gate).
   */
  private static final Function<ScalingConfig, List<String>> VALIDATOR = config ->
      Validator.defaults().errors(config).stream().map(f -> f.path() + ": " + f.message()).toList();
  private final Function<ScalingConfig, List<String>> check;
  private final boolean variesSizesOnly;
  /** The top-level members the axes set, each once; null when one of them cannot be bound on its own. */
  private final List<String> roots;
  /** The base tree bound, whose members a point does not set are the point's; null: bind whole trees. */
  private final ScalingConfig bound;

  public ConfigVariator(ScalingConfig base, List<Axis> axes) {
    this(base, axes, VALIDATOR);
  }

  private ConfigVariator(ScalingConfig base, List<Axis> axes, Function<ScalingConfig, List<String>> check) {
    this.base = Objects.requireNonNull(base, "base");
    this.baseTree = MAPPER.valueToTree(base);
    this.axes = List.copyOf(axes);
    this.check = Objects.requireNonNull(check, "check");
    this.variesSizesOnly = axes.stream().anyMatch(a -> isGroupMember(a, "MinSize") || isGroupMember(a, "MaxSize"))
        && axes.stream().noneMatch(a -> isGroupMember(a, "DesiredCapacity"));
    List<String> members = this.axes.stream().filter(a -> !a.isPolicies()).map(a -> a.path().root()).distinct()
        .toList();
    this.roots = members.stream().allMatch(ConfigMembers::known) ? members : null;
    this.bound = roots == null ? null : boundOrNull(baseTree);
  }

  private static ScalingConfig boundOrNull(ObjectNode tree) {
    try {
      return bind(tree);
    } catch (InvalidVariationException e) {
      return null; // every point then binds its whole tree and is told why it does not bind
    }
  }

  /** Whether the axis's path names a member of {@code base} at all (tried with its first value); null if so. */
  public static String pathProblem(ScalingConfig base, Axis axis) {
    ConfigVariator variator = new ConfigVariator(base, List.of(axis), config -> List.of());
    try {
      variator.configOf(new Point(1, List.of(axis.values().get(0))));
      return null;
    } catch (InvalidVariationException e) {
      return e.isPathProblem() ? e.getMessage() : null;
    }
  }

  private static boolean isGroupMember(Axis axis, String member) {
    return !axis.isPolicies() && axis.name().equals("AutoScalingGroup." + member);
  }

  public ScalingConfig base() {
    return base;
  }

  /** The config of {@code point}, or the reason it is not a valid config. */
  public ScalingConfig configOf(Point point) throws InvalidVariationException {
    ScalingConfig config;
    if (point.isBase()) {
      config = base;
    } else {
      config = bound == null ? null : bindMembers(point);
      if (config == null) {
        ObjectNode tree = baseTree.deepCopy();
        set(tree, point);
        config = bind(tree);
      }
      config = followSizes(config);
    }
    List<String> problems = check.apply(config);
    if (!problems.isEmpty()) {
      throw new InvalidVariationException(String.join("; ", problems));
    }
    return config;
  }

  private void set(ObjectNode tree, Point point) throws InvalidVariationException {
    for (int i = 0; i < axes.size(); i++) {
      Axis axis = axes.get(i);
      if (axis.isPolicies()) {
        continue;
      }
      try {
        axis.path().set(tree, point.values().get(i));
      } catch (IllegalArgumentException e) {
        throw new InvalidVariationException(e.getMessage(), true);
      }
    }
  }

  /**
   * The point's config with only the members its axes set bound, the rest {@link #bound}'s; null when something does
   * not set or bind (the whole tree, bound again, says what).
   */
  private ScalingConfig bindMembers(Point point) {
    ObjectNode tree = baseTree.objectNode();
    for (String root : roots) {
      JsonNode member = baseTree.get(root);
      if (member != null) {
        tree.set(root, member.deepCopy());
      }
    }
    ScalingConfig.Builder b = bound.toBuilder();
    try {
      set(tree, point);
      for (String root : roots) {
        JsonNode member = tree.get(root);
        if (member == null || member.isNull()) {
          return null;
        }
        ConfigMembers.bind(MAPPER, root, member, b);
      }
    } catch (InvalidVariationException | JsonProcessingException | IllegalArgumentException e) {
      return null;
    }
    return b.build();
  }

  /**
   * A point is the base config updated, as UpdateAutoScalingGroup would: raising MinSize above the desired capacity
   * (or lowering MaxSize below it) without setting DesiredCapacity moves desired to the new bound ([D] aws-behaviour §7.1).
   * Without this, sweeping MinSize over [1, 2] on a group with DesiredCapacity 1 would reject every MinSize 2.
   */
  private ScalingConfig followSizes(ScalingConfig config) {
    if (!variesSizesOnly) {
      return config;
    }
    AutoScalingGroup g = config.autoScalingGroup();
    if (g == null || g.desiredCapacity() == null || g.minSize() == null || g.maxSize() == null
        || g.minSize() > g.maxSize()) {
      return config;
    }
    int desired = Math.max(g.minSize(), Math.min(g.maxSize(), g.desiredCapacity()));
    if (desired == g.desiredCapacity()) {
      return config;
    }
    return config.toBuilder().autoScalingGroup(g.toBuilder().desiredCapacity(desired).build()).build();
  }

  private static ScalingConfig bind(ObjectNode tree) throws InvalidVariationException {
    try {
      return MAPPER.treeToValue(tree, ScalingConfig.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InvalidVariationException("unknown member '" + e.getPropertyName() + "' in "
          + where(e) + "; known members: " + known(e), true);
    } catch (InvalidFormatException e) {
      throw new InvalidVariationException(where(e) + ": " + e.getValue() + " is not a valid "
          + e.getTargetType().getSimpleName());
    } catch (MismatchedInputException e) {
      throw new InvalidVariationException(where(e) + ": wrong kind of value for "
          + (e.getTargetType() == null ? "this member" : e.getTargetType().getSimpleName()));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new InvalidVariationException(e.getMessage());
    }
  }

  /** The path of the failing member, in the file's spelling: {@code ScalingPolicies[0].TargetTrackingConfiguration}. */
  private static String where(MismatchedInputException e) {
    StringBuilder sb = new StringBuilder();
    List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path = e.getPath();
    int end = e instanceof UnrecognizedPropertyException ? path.size() - 1 : path.size();
    for (int i = 0; i < end; i++) {
      var ref = path.get(i);
      if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.length() == 0 ? "the config" : sb.toString();
  }

  private static String known(UnrecognizedPropertyException e) {
    if (e.getKnownPropertyIds() == null) {
      return "?";
    }
    return e.getKnownPropertyIds().stream().map(String::valueOf)
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
  }
}
