package dev.asgsim.core.config;

import java.io.Serializable;

/** {@code LifecycleHookSpecification} (aws-behaviour §6.5). */
public record LifecycleHookSpecification(
    String lifecycleHookName,
    String lifecycleTransition,
    Integer heartbeatTimeout,
    String defaultResult,
    String notificationMetadata,
    String notificationTargetARN,
    String roleARN) implements Serializable {

  public static final int DEFAULT_HEARTBEAT_TIMEOUT = 3600;
  public static final String LAUNCHING = "autoscaling:EC2_INSTANCE_LAUNCHING";
  public static final String TERMINATING = "autoscaling:EC2_INSTANCE_TERMINATING";

  public int effectiveHeartbeatTimeout() {
    return heartbeatTimeout == null ? DEFAULT_HEARTBEAT_TIMEOUT : heartbeatTimeout;
  }

  /** {@code ABANDON} unless set (aws-behaviour §6.5 [D]). */
  public String effectiveDefaultResult() {
    return defaultResult == null ? "ABANDON" : defaultResult;
  }
}
