/**
 * Scores of a run — cost, unserved demand, SLO minutes, SPEC elasticity metrics, reaction times — accumulated per
 * minute, and the catalogue ({@link dev.asgsim.simulator.score.Score}) that defines each one once: name, JSON
 * member, unit, which way is better, accessor.
 */
package dev.asgsim.simulator.score;
