/**
 * Internal, not API: the group's instances as cohorts in primitive arrays — lifecycle and health clocks, victim
 * choice, CPU credits, billing. Public only so that {@code dev.asgsim.simulator}'s run loop can drive it; nothing else
 * may use it (ArchitectureTest), and it may change at any time. Callers observe a run through
 * {@link dev.asgsim.simulator.SimulationListener} and {@link dev.asgsim.simulator.SimulationResult}.
 */
package dev.asgsim.simulator.internal.group;
