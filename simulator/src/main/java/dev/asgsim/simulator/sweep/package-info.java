/**
 * What-if sweeps, defined and run: the axes and points of a grid or a seeded sample, the variation of a base config
 * by path, the work units (point × load × seed), their runner and where they run ({@code SweepExecution}: this JVM's
 * threads, or a cluster through the {@code spark} module), the statistics per point (mean, SD, 95 % CI),
 * the SLO, the Pareto front and the recommendation. Reading sweep files lives in {@code sweep.file}; the files and
 * text a sweep writes live in {@code sweep.report}.
 */
package dev.asgsim.simulator.sweep;
