/**
 * Predictive scaling's evaluation in a run (aws-behaviour §5.2): forecast against what happened, hour by hour, with MAPE and
 * WAPE, and what ForecastAndScale would have changed.
 */
package dev.asgsim.simulator.predictive;
