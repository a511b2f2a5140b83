package dev.asgsim.aws.client;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * How to reach AWS. Every member is optional: {@code null} means the SDK's default chain (credentials, region) or our
 * default (timeouts, the SDK's standard retry strategy). Tests set region, credentials and endpoint explicitly so that
 * nothing ever reaches the default chains or the instance-metadata address.
 */
public record AwsSettings(
    String region,
    String profile,
    URI endpoint,
    AwsCredentialsProvider credentials,
    Duration connectTimeout,
    Duration readTimeout,
    Duration apiCallTimeout,
    RetryStrategy retryStrategy) {

  /** Connecting to an AWS endpoint takes well under a second; 5 s leaves room for a slow network. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** One Describe page or GetMetricData page answers in seconds; 30 s catches a hung socket. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** A whole call including the standard strategy's retries (3 attempts, backoff up to 20 s). */
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(120);

  public static AwsSettings defaults() {
    return new AwsSettings(null, null, null, null, null, null, null, null);
  }

  public AwsSettings withRegion(String v) {
    return new AwsSettings(v, profile, endpoint, credentials, connectTimeout, readTimeout, apiCallTimeout, retryStrategy);
  }

  public AwsSettings withProfile(String v) {
    return new AwsSettings(region, v, endpoint, credentials, connectTimeout, readTimeout, apiCallTimeout, retryStrategy);
  }

  public AwsSettings withEndpoint(URI v) {
    return new AwsSettings(region, profile, v, credentials, connectTimeout, readTimeout, apiCallTimeout, retryStrategy);
  }

  public AwsSettings withCredentials(AwsCredentialsProvider v) {
    return new AwsSettings(region, profile, endpoint, v, connectTimeout, readTimeout, apiCallTimeout, retryStrategy);
  }

  public AwsSettings withTimeouts(Duration connect, Duration read, Duration apiCall) {
    return new AwsSettings(region, profile, endpoint, credentials, connect, read, apiCall, retryStrategy);
  }

  public AwsSettings withRetryStrategy(RetryStrategy v) {
    return new AwsSettings(region, profile, endpoint, credentials, connectTimeout, readTimeout, apiCallTimeout, v);
  }

  /** Never prints the credentials: only whether they come from the default chain, a profile or were given. */
  @Override
  public String toString() {
    return "AwsSettings[region=" + (region == null ? "(default chain)" : region)
        + ", profile=" + (profile == null ? "(default)" : profile)
        + ", endpoint=" + (endpoint == null ? "(AWS)" : endpoint)
        + ", credentials=" + (credentials == null ? "(default chain)" : "(given)") + "]";
  }
}
