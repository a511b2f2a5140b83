package dev.asgsim.cli.aws;

import dev.asgsim.aws.client.AwsSettings;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Option;

/** The options every AWS command shares. Credentials come from the SDK's chain or a profile, never from the command line. */
public final class AwsOptions {
  @Option(names = "--region", paramLabel = "REGION",
      description = "AWS Region (default: AWS_REGION, then the profile's region).")
  String region;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Named profile from ~/.aws/config and ~/.aws/credentials (default: AWS_PROFILE or 'default').")
  String profile;

  @Option(names = "--endpoint-url", paramLabel = "URL",
      description = "Send requests to this endpoint instead of AWS's (e.g. a local moto_server).")
  String endpointUrl;

  /** These options with another Region (apply of a saved plan goes back to the plan's Region). */
  AwsOptions withRegion(String v) {
    AwsOptions copy = new AwsOptions();
    copy.region = v;
    copy.profile = profile;
    copy.endpointUrl = endpointUrl;
    return copy;
  }

  public AwsSettings settings() {
    AwsSettings s = AwsSettings.defaults().withRegion(region).withProfile(profile);
    if (endpointUrl != null) {
      try {
        URI uri = new URI(endpointUrl);
        if (uri.getScheme() == null || uri.getHost() == null) {
          throw new URISyntaxException(endpointUrl, "needs a scheme and a host");
        }
        s = s.withEndpoint(uri);
      } catch (URISyntaxException e) {
        throw new dev.asgsim.cli.UserError("--endpoint-url " + endpointUrl + " is not a URL like "
            + "http://127.0.0.1:5000 (" + e.getReason() + ")");
      }
    }
    return s;
  }
}
