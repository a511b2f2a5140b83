/** Output files of a run: timeline.csv, activities.json, summary.json, chart.png, report.html. */
package dev.asgsim.simulator.report;
