package dev.asgsim.core.config;

import java.io.Serializable;

/** A group tag ({@code Tag}). */
public record Tag(String key, String value, Boolean propagateAtLaunch, String resourceId, String resourceType)
    implements Serializable {
  public static Tag of(String key, String value) {
    return new Tag(key, value, null, null, null);
  }
}
