package dev.asgsim.simulator.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigReader;
import dev.asgsim.core.policy.PluginPolicy;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's policy provider, compiled here as a user would build it (a class and its
 * {@code META-INF/services} line in a directory given to {@code --policy-path}), found by the registry by its short
 * name with an argument.
 */
class PolicyProviderTest {
  @TempDir
  Path dir;

  private static final String SOURCE = """
      package com.example;

      import dev.asgsim.core.policy.ControlPlaneView;
      import dev.asgsim.core.policy.GroupView;
      import dev.asgsim.core.policy.PluginPolicy;
      import dev.asgsim.simulator.policies.BenchPolicy;
      import dev.asgsim.simulator.policies.PolicyProvider;

      public class %1$s implements PolicyProvider {
        public String name() { return "%2$s"; }
        public String usage() { return "%2$s:N"; }
        public BenchPolicy policy(String written, String argument) {
          if (argument == null) throw new IllegalArgumentException("'" + written + "': say N, e.g. %2$s:3");
          int n = Integer.parseInt(argument);
          return PolicyProvider.replacingPolicies(written, config -> new PluginPolicy() {
            public String name() { return written; }
            public int propose(long now, GroupView group, ControlPlaneView plane) { return n; }
          });
        }
      }
      """;

  /** Compiles providers {@code name -> class} into {@code dir} with their service file; a class loader over it. */
  private ClassLoader userJar(String... classAndName) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path src = Files.createDirectories(dir.resolve("src/com/example"));
    Path out = Files.createDirectories(dir.resolve("classes"));
    StringBuilder services = new StringBuilder();
    for (int i = 0; i < classAndName.length; i += 2) {
      Path file = src.resolve(classAndName[i] + ".java");
      Files.writeString(file, SOURCE.formatted(classAndName[i], classAndName[i + 1]));
      int rc = javac.run(null, null, null, "-d", out.toString(), "-cp", System.getProperty("java.class.path"),
          file.toString());
      assertThat(rc).as("javac " + file).isZero();
      services.append("com.example.").append(classAndName[i]).append('\n');
    }
    Path meta = Files.createDirectories(out.resolve("META-INF/services"));
    Files.writeString(meta.resolve(PolicyProvider.class.getName()), services);
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, PolicyProviderTest.class.getClassLoader());
  }

  private static ScalingConfig seed() throws Exception {
    return ConfigReader.read(Path.of("../examples/fastcampus-nginx.yaml"));
  }

  @Test
  @DisplayName("a provider in the user's jar gets a short name and an argument; built-ins stay")
  void aUserProviderIsFoundByItsShortName() throws Exception {
    PolicyRegistry registry = new PolicyRegistry(userJar("FixedAt", "fixed-at"));
    BenchPolicy mine = registry.resolve("fixed-at:5");
    assertThat(mine.name()).isEqualTo("fixed-at:5");
    assertThat(mine.configFor(seed()).policies()).isEmpty();
    PluginPolicy plugin = mine.newPlugin(seed());
    assertThat(plugin.propose(0, null, null)).isEqualTo(5);
    assertThat(mine.newPlugin(seed())).isNotSameAs(plugin);
    assertThat(registry.accepted()).contains("fixed-at:N", "hpa:TARGET", "static:N");
    assertThat(registry.resolve("hpa").name()).isEqualTo("hpa");
    assertThatThrownBy(() -> registry.resolve("fixed-at")).hasMessageContaining("say N, e.g. fixed-at:3");
    // Without the jar the name is unknown.
    assertThatThrownBy(() -> new PolicyRegistry().resolve("fixed-at:5")).hasMessageContaining("unknown policy");
  }

  @Test
  @DisplayName("a user's provider cannot silently take a built-in's name")
  void aNameClashIsRefused() throws Exception {
    ClassLoader jar = userJar("MyHpa", "hpa");
    assertThatThrownBy(() -> new PolicyRegistry(jar)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two policy providers are named 'hpa'").hasMessageContaining("com.example.MyHpa");
  }

  @Test
  @DisplayName("issue 19 item 4: static:N is bounded when the sweep file is read")
  void aHugeStaticFleetIsRefused() {
    PolicyRegistry registry = new PolicyRegistry();
    assertThatThrownBy(() -> registry.resolve("static:1000000000"))
        .hasMessageContaining("from 0 to " + StaticPolicyProvider.MAX_INSTANCES);
    assertThatThrownBy(() -> registry.resolve("static:99999999999")).hasMessageContaining("whole number");
    assertThat(registry.resolve("static:" + StaticPolicyProvider.MAX_INSTANCES).name()).isEqualTo("static:10000");
  }
}
