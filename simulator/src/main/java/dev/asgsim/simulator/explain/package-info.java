/**
 * {@code asgsim explain}: reads what {@code simulate} wrote ({@link dev.asgsim.simulator.explain.RunFiles}) and tells,
 * in one paragraph, what happened at a moment and why ({@link dev.asgsim.simulator.explain.Explanation}).
 */
package dev.asgsim.simulator.explain;
