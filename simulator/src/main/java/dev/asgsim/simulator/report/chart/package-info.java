/**
 * The charts of a run: per-pixel-column aggregation of the timeline ({@link dev.asgsim.simulator.report.chart.Columns}),
 * the PNG panels drawn with JFreeChart, and the same aggregated series for the interactive report.
 */
package dev.asgsim.simulator.report.chart;
