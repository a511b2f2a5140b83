package dev.asgsim.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.simulator.load.LoadSpec;
import dev.asgsim.simulator.load.LoadSpecException;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.file.SweepFileException;
import dev.asgsim.simulator.sweep.file.SweepReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a sweep on the driver from any Hadoop file system ({@code s3a://}, {@code hdfs://}, {@code file:}, or the
 * cluster's default file system for a path without a scheme). A local sweep file is read in place. A remote one is
 * copied, with the files it names (its {@code Base} config, the traces of its {@code Loads} and the Spot histories of
 * the base config and of its axes, relative to the base config), into a local
 * directory that mirrors the remote paths, so that relative paths such as {@code ../loads/week.csv} still resolve;
 * then the sweep is read there exactly as {@code asgsim sweep} reads it, messages naming the remote file.
 */
final class SweepInputs {
  private SweepInputs() {}

  static SweepDefinition read(String sweep, Configuration conf, SweepReader reader, java.nio.file.Path staging)
      throws SweepFileException {
    Path path = new Path(sweep);
    FileSystem fs = fileSystem(path, conf, sweep);
    if ("file".equals(fs.getScheme())) {
      return reader.read(java.nio.file.Path.of(fs.makeQualified(path).toUri()));
    }
    return stage(fs, fs.makeQualified(path), sweep, reader, staging);
  }

  /** Copies the sweep file and the files it names under {@code staging}, and reads the copy. */
  static SweepDefinition stage(FileSystem fs, Path sweep, String name, SweepReader reader,
      java.nio.file.Path staging) throws SweepFileException {
    java.nio.file.Path local = copy(fs, sweep, staging, name);
    String text;
    try {
      text = Files.readString(local, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SweepFileException(name + ": cannot read the copy at " + local + ": " + e.getMessage());
    }
    ConfigFormat format = ConfigFormat.of(local);
    for (String ref : references(text, format)) {
      Path remote = new Path(sweep.getParent(), ref);
      try {
        if (fs.exists(remote)) {
          copy(fs, remote, staging, name);
        }
      } catch (IOException e) {
        throw new SweepFileException(name + ": cannot read " + remote + ", which it names: " + e.getMessage());
      }
    }
    copySpotHistories(fs, sweep, text, format, staging, name);
    return reader.parse(text, name, format, local.getParent());
  }

  /**
   * Copies the Spot history files the sweep's points name ({@code Simulation.Spot.PriceHistory},
   * {@code InterruptionHistory}: the base config's and its axes' values), relative to the base config's directory as
   * the config file reads them (aws-behaviour §7.11).
   */
  private static void copySpotHistories(FileSystem fs, Path sweep, String text, ConfigFormat format,
      java.nio.file.Path staging, String name) throws SweepFileException {
    JsonNode tree = tree(text, format);
    if (tree == null) {
      return;
    }
    Path baseDir = sweep.getParent();
    JsonNode base = tree.path("Base");
    if (base.isTextual()) {
      Path remote = new Path(sweep.getParent(), base.asText());
      baseDir = remote.getParent();
      java.nio.file.Path local = localPath(staging, remote);
      try {
        base = tree(Files.readString(local, StandardCharsets.UTF_8), ConfigFormat.of(local));
      } catch (IOException e) {
        return; // reading the sweep reports the missing base, with its name
      }
    }
    List<String> refs = new ArrayList<>();
    JsonNode spot = base == null ? null : base.path("Simulation").path("Spot");
    for (String member : List.of("PriceHistory", "InterruptionHistory")) {
      if (spot != null && spot.path(member).isTextual()) {
        refs.add(spot.get(member).asText());
      }
      tree.path("Variations").fields().forEachRemaining(axis -> {
        if (axis.getKey().equalsIgnoreCase("Simulation.Spot." + member)) {
          axis.getValue().forEach(v -> {
            if (v.isTextual() && !v.asText().isBlank()) {
              refs.add(v.asText());
            }
          });
        }
      });
    }
    for (String ref : refs) {
      Path remote = new Path(baseDir, ref.trim());
      try {
        if (fs.exists(remote)) {
          copy(fs, remote, staging, name);
        }
      } catch (IOException e) {
        throw new SweepFileException(name + ": cannot read " + remote + ", which it names: " + e.getMessage());
      }
    }
  }

  private static JsonNode tree(String text, ConfigFormat format) {
    try {
      return (format == ConfigFormat.JSON ? ConfigMapper.json() : ConfigMapper.yaml()).readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Where the staging directory mirrors {@code remote}: its authority ("_" without one), then its path. */
  private static java.nio.file.Path localPath(java.nio.file.Path staging, Path remote) {
    URI uri = remote.toUri();
    String authority = uri.getAuthority() == null ? "_" : uri.getAuthority();
    return staging.resolve(authority).resolve(uri.getPath().replaceFirst("^/+", "")).normalize();
  }

  /**
   * The files a sweep names, relative to it: its {@code Base} when that is a path, and the traces of its
   * {@code Loads}. A file that does not parse names nothing here; reading it then says what is wrong, with the line.
   */
  static List<String> references(String text, ConfigFormat format) {
    JsonNode tree;
    try {
      tree = (format == ConfigFormat.JSON ? ConfigMapper.json() : ConfigMapper.yaml()).readTree(text);
    } catch (JsonProcessingException e) {
      return List.of();
    }
    List<String> refs = new ArrayList<>();
    if (tree == null) {
      return refs;
    }
    if (tree.path("Base").isTextual()) {
      refs.add(tree.get("Base").asText());
    }
    for (JsonNode load : tree.path("Loads")) {
      JsonNode spec = load.isTextual() ? load : load.path("Spec");
      if (spec.isTextual()) {
        try {
          refs.addAll(LoadSpec.traceFiles(spec.asText()));
        } catch (LoadSpecException e) {
          // Reported, with the load's name, when the loads are rendered.
        }
      }
    }
    return refs;
  }

  /**
   * The base config's directory of {@code def}, read by {@link #read}, as a URI on the sweep's own file system: the
   * remote directory that a staged copy under {@code staging} mirrors ({@code <staging>/<authority>/<path>}).
   */
  static URI baseDirectory(SweepDefinition def, String sweep, Configuration conf, java.nio.file.Path staging)
      throws SweepFileException {
    java.nio.file.Path local = def.baseDirectory().toAbsolutePath().normalize();
    FileSystem fs = fileSystem(new Path(sweep), conf, sweep);
    return "file".equals(fs.getScheme()) ? local.toUri() : mirrored(local, staging, fs.getScheme());
  }

  /** The remote directory ({@code scheme}) that {@code local} mirrors under {@code staging}; else {@code local}. */
  static URI mirrored(java.nio.file.Path local, java.nio.file.Path staging, String scheme) {
    java.nio.file.Path root = staging.toAbsolutePath().normalize();
    if (!local.startsWith(root) || local.equals(root)) {
      return local.toUri();
    }
    java.nio.file.Path mirror = root.relativize(local);
    String authority = mirror.getName(0).toString();
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < mirror.getNameCount(); i++) {
      path.append('/').append(mirror.getName(i));
    }
    try {
      return new URI(scheme, "_".equals(authority) ? null : authority, path + "/", null, null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("cannot name the remote directory of " + local + ": " + e.getMessage(), e);
    }
  }

  /** Copies {@code remote} to its mirror under {@code staging}: {@code <staging>/<authority>/<path>}. */
  private static java.nio.file.Path copy(FileSystem fs, Path remote, java.nio.file.Path staging, String name)
      throws SweepFileException {
    java.nio.file.Path local = localPath(staging, remote);
    try (InputStream in = fs.open(remote)) {
      Files.createDirectories(local.getParent());
      Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
    } catch (FileNotFoundException e) {
      throw new SweepFileException(remote + ": no such file");
    } catch (IOException e) {
      throw new SweepFileException(name + ": cannot read " + remote + ": " + e.getMessage());
    }
    return local;
  }

  private static FileSystem fileSystem(Path path, Configuration conf, String name) throws SweepFileException {
    try {
      return path.getFileSystem(conf);
    } catch (IOException e) {
      throw new SweepFileException(name + ": no file system for it (" + e.getMessage() + "); for S3 use s3a:// with "
          + "hadoop-aws on the class path (EMR's s3:// works there too)");
    }
  }
}
