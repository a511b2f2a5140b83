package dev.asgsim.core.config;

import java.io.Serializable;

/** {@code LaunchTemplateSpecification}: the template by id or by name, and a version ({@code $Latest}, {@code $Default}, "2"). */
public record LaunchTemplateSpecification(String launchTemplateId, String launchTemplateName, String version)
    implements Serializable {
  public static LaunchTemplateSpecification byName(String name, String version) {
    return new LaunchTemplateSpecification(null, name, version);
  }
}
