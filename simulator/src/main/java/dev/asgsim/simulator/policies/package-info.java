/**
 * The policy test bench: policies that compete with AWS's on the same loads — a Kubernetes-HPA-style controller, a
 * static fleet, a clairvoyant oracle, or a user's own {@link dev.asgsim.core.policy.PluginPolicy} named by class —
 * and the registry that turns a name in a sweep's {@code Policies} axis into one of them.
 */
package dev.asgsim.simulator.policies;
