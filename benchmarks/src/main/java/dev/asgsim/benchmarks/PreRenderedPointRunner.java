package dev.asgsim.benchmarks;

import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.sweep.PointRunner;
import dev.asgsim.simulator.sweep.RunRequest;
import dev.asgsim.simulator.sweep.Scores;
import java.util.Map;

/**
 * Runs a sweep point with the real simulator on loads rendered in memory once up front (by {@link
 * dev.asgsim.simulator.sweep.LoadCase} name), scores only, and reports every score of the run under its PascalCase
 * name, as {@link dev.asgsim.simulator.sweep.SimulationPointRunner} does ({@link Simulation#runScores}). Stateless
 * between calls, so the sweep may call it from all threads.
 */
final class PreRenderedPointRunner implements PointRunner {
  private final Map<String, LoadSeries> loads;

  PreRenderedPointRunner(Map<String, LoadSeries> loads) {
    this.loads = Map.copyOf(loads);
  }

  @Override
  public Scores run(RunRequest request) {
    LoadSeries load = loads.get(request.load().name());
    if (load == null) {
      throw new IllegalArgumentException("load '" + request.load().name() + "' was not rendered; have " + loads.keySet());
    }
    return dev.asgsim.simulator.sweep.Scores.of(Simulation.builder(request.config())
        .load(load)
        .seed(request.seed())
        .recordTimeline(false)
        .recordActivities(false)
        .build()
        .runScores());
  }
}
