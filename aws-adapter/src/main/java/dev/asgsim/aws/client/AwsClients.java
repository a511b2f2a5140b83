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

/** The two SDK clients asgsim needs, built from {@link AwsSettings}; close it to release them. */
public final class AwsClients implements AutoCloseable {
  private final AutoScalingClient autoScaling;
  private final CloudWatchClient cloudWatch;

  public AwsClients(AutoScalingClient autoScaling, CloudWatchClient cloudWatch) {
    this.autoScaling = Objects.requireNonNull(autoScaling);
    this.cloudWatch = Objects.requireNonNull(cloudWatch);
  }

  public static AwsClients create(AwsSettings settings) {
    return new AwsClients(
        configure(AutoScalingClient.builder(), settings).build(),
        configure(CloudWatchClient.builder(), settings).build());
  }

  public AutoScalingClient autoScaling() {
    return autoScaling;
  }

  public CloudWatchClient cloudWatch() {
    return cloudWatch;
  }

  private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, AwsSettings s) {
    builder.httpClientBuilder(UrlConnectionHttpClient.builder()
        .connectionTimeout(or(s.connectTimeout(), AwsSettings.DEFAULT_CONNECT_TIMEOUT))
        .socketTimeout(or(s.readTimeout(), AwsSettings.DEFAULT_READ_TIMEOUT)));
    builder.overrideConfiguration(c -> c
        .retryStrategy(s.retryStrategy() != null ? s.retryStrategy() : AwsRetryStrategy.standardRetryStrategy())
        .apiCallTimeout(or(s.apiCallTimeout(), AwsSettings.DEFAULT_API_CALL_TIMEOUT)));
    builder.credentialsProvider(credentials(s));
    if (s.region() != null) {
      builder.region(Region.of(s.region()));
    } else if (s.profile() != null) {
      builder.region(DefaultAwsRegionProviderChain.builder().profileName(s.profile()).build().getRegion());
    }
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
  }
}
