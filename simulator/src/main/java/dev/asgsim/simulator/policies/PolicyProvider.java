package dev.asgsim.simulator.policies;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.policy.PluginPolicy;
import java.util.function.Function;

/**
 * A named sweep policy: the {@code hpa} of {@code Policies: [aws, hpa:60]}. The built-in policies are providers, and
 * so is a user's: put a class implementing this interface (public, with a public no-argument constructor) in a jar
 * with its name in {@code META-INF/services/dev.asgsim.simulator.policies.PolicyProvider}, pass the jar with
 * {@code asgsim sweep --policy-path}, and the sweep file names it by {@link #name()}, with an argument after a colon
 * ({@code my-policy:0.8}). {@link PolicyRegistry} finds providers with {@link java.util.ServiceLoader}.
 */
public interface PolicyProvider {
  /** The short name a sweep file uses, lower case, without a colon: {@code hpa}. */
  String name();

  /** One line for messages and help: the accepted forms, e.g. {@code hpa, hpa:TARGET}. */
  default String usage() {
    return name();
  }

  /**
   * The policy for one {@code Policies} entry.
   *
   * @param written  the entry as written ({@code hpa:60}), the policy's name in tables
   * @param argument the text after the colon, trimmed, or null without one
   * @throws IllegalArgumentException saying what is wrong with the argument and what is accepted
   */
  BenchPolicy policy(String written, String argument);

  /**
   * A policy that replaces the config's scaling policies with a fresh plug-in per run ({@code factory} gets the
   * point's config, e.g. to borrow its CPU target); what a user's provider usually returns.
   */
  static BenchPolicy replacingPolicies(String written, Function<ScalingConfig, PluginPolicy> factory) {
    return new BenchPolicy(written, PolicyRegistry::withoutPolicies, factory);
  }
}
