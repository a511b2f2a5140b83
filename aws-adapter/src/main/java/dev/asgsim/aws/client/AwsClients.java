package dev.asgsim.aws.client;

import java.time.Duration;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The SDK clients asgsim needs, built from {@link AwsSettings}, and the Region they talk to; close it to release
 * them. STS is only asked who the caller is (GetCallerIdentity needs no IAM permission), so that every command that
 * changes or compares an account can name it.
 */
public final class AwsClients implements AutoCloseable {
  private final AutoScalingClient autoScaling;
  private final CloudWatchClient cloudWatch;
  private final StsClient sts;
  private final String region;
  /** Only for DescribeSpotPriceHistory; null when the caller gave none. */
  private final Ec2Client ec2;

  public AwsClients(AutoScalingClient autoScaling, CloudWatchClient cloudWatch, StsClient sts, String region) {
    this(autoScaling, cloudWatch, sts, null, region);
  }

  public AwsClients(AutoScalingClient autoScaling, CloudWatchClient cloudWatch, StsClient sts, Ec2Client ec2,
      String region) {
    this.autoScaling = Objects.requireNonNull(autoScaling);
    this.cloudWatch = Objects.requireNonNull(cloudWatch);
    this.sts = Objects.requireNonNull(sts);
    this.ec2 = ec2;
    this.region = Objects.requireNonNull(region);
  }

  /**
   * Builds the clients. The Region is resolved here (the option, else the SDK's chain: AWS_REGION, the profile) so
   * that a missing one is one clear message instead of the SDK's list of every provider it tried.
   */
  public static AwsClients create(AwsSettings settings) {
    String region = settings.region() != null ? settings.region() : defaultRegion(settings.profile());
    return new AwsClients(
        configure(AutoScalingClient.builder(), settings, region).build(),
        configure(CloudWatchClient.builder(), settings, region).build(),
        configure(StsClient.builder(), settings, region).build(),
        configure(Ec2Client.builder(), settings, region).build(),
        region);
  }

  /** The version of the AWS SDK for Java in use (for {@code asgsim --version}). */
  public static String sdkVersion() {
    return software.amazon.awssdk.core.util.VersionInfo.SDK_VERSION;
  }

  /** The Region every client talks to. */
  public String region() {
    return region;
  }

  public StsClient sts() {
    return sts;
  }

  private static String defaultRegion(String profile) {
    try {
      return DefaultAwsRegionProviderChain.builder().profileName(profile).build().getRegion().id();
    } catch (SdkClientException e) {
      throw new AwsCallException("client setup", null, "no AWS Region is set"
          + (profile == null ? "" : " (profile " + profile + " names none)")
          + ": give --region REGION, set AWS_REGION, or add 'region = REGION' to the profile in ~/.aws/config", e);
    }
  }

  public AutoScalingClient autoScaling() {
    return autoScaling;
  }

  public CloudWatchClient cloudWatch() {
    return cloudWatch;
  }

  /** The EC2 client (Spot price history). */
  public Ec2Client ec2() {
    if (ec2 == null) {
      throw new IllegalStateException("these AWS clients were built without EC2");
    }
    return ec2;
  }

  private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, AwsSettings s,
      String region) {
    builder.httpClientBuilder(UrlConnectionHttpClient.builder()
        .connectionTimeout(or(s.connectTimeout(), AwsSettings.DEFAULT_CONNECT_TIMEOUT))
        .socketTimeout(or(s.readTimeout(), AwsSettings.DEFAULT_READ_TIMEOUT)));
    builder.overrideConfiguration(c -> c
        .retryStrategy(s.retryStrategy() != null ? s.retryStrategy() : AwsRetryStrategy.standardRetryStrategy())
        .apiCallTimeout(or(s.apiCallTimeout(), AwsSettings.DEFAULT_API_CALL_TIMEOUT)));
    builder.credentialsProvider(credentials(s));
    builder.region(Region.of(region));
    if (s.endpoint() != null) {
      builder.endpointOverride(s.endpoint());
    }
    return builder;
  }

  private static AwsCredentialsProvider credentials(AwsSettings s) {
    if (s.credentials() != null) {
      return s.credentials();
    }
    if (s.profile() != null) {
      return ProfileCredentialsProvider.create(s.profile());
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private static Duration or(Duration d, Duration fallback) {
    return d == null ? fallback : d;
  }

  @Override
  public void close() {
    autoScaling.close();
    cloudWatch.close();
    sts.close();
    if (ec2 != null) {
      ec2.close();
    }
  }
}
