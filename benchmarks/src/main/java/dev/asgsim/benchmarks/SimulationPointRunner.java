package dev.asgsim.benchmarks;

import dev.asgsim.simulator.Simulation;
import dev.asgsim.simulator.load.LoadSeries;
import dev.asgsim.simulator.sweep.PointRunner;
import dev.asgsim.simulator.sweep.RunRequest;
import dev.asgsim.simulator.sweep.Scores;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a sweep point with the real simulator on loads rendered once up front (by {@link
 * dev.asgsim.simulator.sweep.LoadCase} name), scores only, and reports every score of the run under its PascalCase
 * name. Stateless between calls, so the sweep may call it from all threads.
 */
final class SimulationPointRunner implements PointRunner {
  private static final RecordComponent[] SCORES = dev.asgsim.simulator.score.Scores.class.getRecordComponents();

  private final Map<String, LoadSeries> loads;

  SimulationPointRunner(Map<String, LoadSeries> loads) {
    this.loads = Map.copyOf(loads);
  }

  @Override
  public Scores run(RunRequest request) throws ReflectiveOperationException {
    LoadSeries load = loads.get(request.load().name());
    if (load == null) {
      throw new IllegalArgumentException("load '" + request.load().name() + "' was not rendered; have " + loads.keySet());
    }
    dev.asgsim.simulator.score.Scores s = Simulation.builder(request.config())
        .load(load)
        .seed(request.seed())
        .recordTimeline(false)
        .recordActivities(false)
        .build()
        .run()
        .scores();
    Map<String, Double> named = new LinkedHashMap<>();
    for (RecordComponent c : SCORES) {
      Object v = c.getAccessor().invoke(s);
      named.put(Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1), ((Number) v).doubleValue());
    }
    return new Scores(named);
  }
}
