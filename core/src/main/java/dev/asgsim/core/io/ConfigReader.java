package dev.asgsim.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.config.ScalingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a config file: asgsim's YAML/JSON tree (DESIGN.md), or the JSON that {@code aws autoscaling
 * describe-auto-scaling-groups} prints (recognised by its root key, spec §10). Every failure is a
 * {@link ConfigException} whose problems name file, line, column and what to do; all unknown keys of a document are
 * reported at once.
 */
public final class ConfigReader {
  private ConfigReader() {}

  /** The config in {@code path}. */
  public static ScalingConfig read(Path path) throws IOException {
    return load(path).config();
  }

  /** The config in {@code text}; the format is a hint (text starting with '{' is read as JSON). */
  public static ScalingConfig parse(String text, ConfigFormat format) throws IOException {
    return parse(text, null, format).config();
  }

  /** The config in {@code path} with its source map. */
  public static ConfigDocument load(Path path) throws ConfigException {
    return load(path, null);
  }

  /**
   * The config in {@code path} with its source map.
   *
   * @param groupName for AWS CLI output holding several groups: which one; {@code null} otherwise
   */
  public static ConfigDocument load(Path path, String groupName) throws ConfigException {
    String file = path.toString();
    return parse(InputText.readBytes(path, file), file, ConfigFormat.of(path), groupName);
  }

  /**
   * One document per group for AWS CLI output holding several groups and no {@code groupName}; otherwise the one
   * config {@link #load(Path, String)} reads.
   */
  public static List<ConfigDocument> loadEach(Path path, String groupName) throws ConfigException {
    String file = path.toString();
    ParsedText parsed = ParsedText.parse(InputText.readBytes(path, file), file, ConfigFormat.of(path));
    if (AwsCliJson.isDescribeOutput(parsed.tree())) {
      return AwsCliJson.each(parsed, null, null, groupName);
    }
    return List.of(fromParsed(parsed, groupName));
  }

  /** The config in {@code bytes} (strict UTF-8), reported as coming from {@code file}. */
  public static ConfigDocument parse(byte[] bytes, String file, ConfigFormat format, String groupName)
      throws ConfigException {
    return fromParsed(ParsedText.parse(bytes, file, format), groupName);
  }

  /** The config in {@code text}, reported as coming from {@code file} (may be {@code null}). */
  public static ConfigDocument parse(String text, String file, ConfigFormat format) throws ConfigException {
    return parse(text.getBytes(StandardCharsets.UTF_8), file, format, null);
  }

  private static ConfigDocument fromParsed(ParsedText parsed, String groupName) throws ConfigException {
    JsonNode root = parsed.tree();
    if (AwsCliJson.isDescribeOutput(root)) {
      return AwsCliJson.fromParsed(parsed, null, null, groupName);
    }
    ScalingConfig config = Binder.bind(parsed.mapper(), root, ScalingConfig.class,
        parsed.file(), parsed.sourceMap());
    return new ConfigDocument(parsed.file(), config, parsed.sourceMap(), ConfigDocument.Source.ASGSIM);
  }
}
