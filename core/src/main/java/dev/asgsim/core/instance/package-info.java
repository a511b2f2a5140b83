/**
 * EC2 instance types as the simulator needs them: vCPUs, the on-demand price, and for burstable types (T2, T3, T3a,
 * T4g) the CPU-credit figures (earn rate, maximum balance, launch credits, baseline, unlimited by default) of spec
 * §8.1. The built-in table is {@link dev.asgsim.core.instance.InstanceTypes}; a config's
 * {@code Simulation.InstanceTypes} overrides or adds types.
 */
package dev.asgsim.core.instance;
