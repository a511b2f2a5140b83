/** Scores of a run: cost, unserved demand, SLO minutes, SPEC elasticity metrics, reaction times. */
package dev.asgsim.simulator.score;
