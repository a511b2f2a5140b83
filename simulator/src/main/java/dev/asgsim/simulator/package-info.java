/**
 * The simulator: {@link dev.asgsim.simulator.Simulation} runs one group under one load minute by minute on virtual
 * time, with the core policy engine as the single source of AWS's decisions, and returns a
 * {@link dev.asgsim.simulator.SimulationResult} (timeline, activities, decisions, scores).
 */
package dev.asgsim.simulator;
