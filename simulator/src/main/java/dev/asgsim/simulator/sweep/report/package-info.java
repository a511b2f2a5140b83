/** What a sweep writes: results.csv, pareto.png, sweep.html, the --json document and the recommendation text. */
package dev.asgsim.simulator.sweep.report;
