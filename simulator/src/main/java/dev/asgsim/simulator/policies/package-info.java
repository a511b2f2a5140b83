/**
 * The policy test bench: policies that compete with AWS's on the same loads — a Kubernetes-HPA-style controller, a
 * static fleet, a clairvoyant oracle, or a user's own {@link dev.asgsim.core.policy.PluginPolicy} named by class —
 * and the registry that turns a name in a sweep's {@code Policies} axis into one of them. Each named policy is a
 * {@link dev.asgsim.simulator.policies.PolicyProvider} found with {@link java.util.ServiceLoader}: adding one is a
 * provider class and one line in {@code META-INF/services}, in this module or in a user's jar.
 */
package dev.asgsim.simulator.policies;
