/**
 * Spot price and interruption hazard histories per pool (an instance type in an Availability Zone, aws-behaviour
 * §7.11): {@link dev.asgsim.simulator.spot.PoolHistoryReader} reads the files with file:line messages,
 * {@link dev.asgsim.simulator.spot.PoolSeries} is the step function a run reads, one per group pool.
 */
package dev.asgsim.simulator.spot;
