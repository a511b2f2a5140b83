/**
 * What a {@link dev.asgsim.simulator.SimulationListener} is told about the group's instances as a run crosses their
 * clocks: the lifecycle steps of {@link dev.asgsim.simulator.event.InstanceEvent}.
 */
package dev.asgsim.simulator.event;
