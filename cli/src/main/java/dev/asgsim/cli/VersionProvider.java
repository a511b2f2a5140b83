package dev.asgsim.cli;

import dev.asgsim.aws.client.AwsClients;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;
import picocli.CommandLine;

/** asgsim's version and build time (from the jar manifest, "dev" when run from classes), the AWS SDK's and Java's. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    String built = manifestValue("Build-Time");
    return new String[] {
        "asgsim " + (version == null ? "dev" : version) + (built == null ? "" : " (built " + built + ")"),
        "AWS SDK for Java " + AwsClients.sdkVersion(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }

  /** The value from the manifest of the jar holding Main, or null outside a jar. */
  private static String manifestValue(String key) {
    URL self = Main.class.getResource("Main.class");
    if (self == null || !"jar".equals(self.getProtocol())) {
      return null;
    }
    String jar = self.toString().substring(0, self.toString().indexOf('!') + 1);
    try (InputStream in = new URL(jar + "/META-INF/MANIFEST.MF").openStream()) {
      return new Manifest(in).getMainAttributes().getValue(key);
    } catch (IOException e) {
      return null;
    }
  }
}
