package dev.asgsim.aws.client;

/**
 * An AWS call that failed after the SDK's retries, with a message naming the call and what to do. Never carries
 * credentials: it is built from the service's error code and message only.
 */
public final class AwsCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String call;
  private final String errorCode;

  public AwsCallException(String call, String errorCode, String message, Throwable cause) {
    super(message, cause);
    this.call = call;
    this.errorCode = errorCode;
  }

  /** The API call, e.g. {@code autoscaling:PutScalingPolicy}. */
  public String call() {
    return call;
  }

  /** The service's error code ({@code ValidationError}, {@code AccessDenied}, {@code Throttling}...) or null. */
  public String errorCode() {
    return errorCode;
  }
}
