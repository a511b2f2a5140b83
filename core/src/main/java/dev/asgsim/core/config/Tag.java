package dev.asgsim.core.config;

/** A group tag ({@code Tag}). */
public record Tag(String key, String value, Boolean propagateAtLaunch, String resourceId, String resourceType) {
  public static Tag of(String key, String value) {
    return new Tag(key, value, null, null, null);
  }
}
