/**
 * Output files of a run, one renderer each, listed in the {@link dev.asgsim.simulator.report.OutputFile} registry:
 * timeline.csv, activities.json, summary.json, chart.png, report.html.
 */
package dev.asgsim.simulator.report;
