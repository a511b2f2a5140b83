package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.core.config.SpotSettings;
import dev.asgsim.simulator.spot.PoolHistory;
import dev.asgsim.simulator.spot.SpotHistories;
import dev.asgsim.simulator.spot.SpotHistoryException;
import java.util.Locale;

/**
 * The Spot history files a sweep's points name (aws-behaviour §7.11), read once before any point runs: the base
 * config's {@code Simulation.Spot.PriceHistory} and {@code InterruptionHistory}, and every value of an axis over one
 * of them. Paths are relative to the base config's directory (the sweep file's for an inline base), as the config
 * file would read them. A bad file stops the sweep here with its file:line.
 */
final class SweepSpotHistories {
  static final String PRICE = "simulation.spot.pricehistory";
  static final String HAZARD = "simulation.spot.interruptionhistory";

  private SweepSpotHistories() {}

  static SpotHistories read(SweepDefinition definition) {
    SpotHistories histories = new SpotHistories(definition.baseDirectory());
    SpotSettings spot = definition.base().effectiveSimulation().spot();
    try {
      if (spot != null) {
        histories.get(spot.priceHistory(), PoolHistory.Kind.PRICE);
        histories.get(spot.interruptionHistory(), PoolHistory.Kind.HAZARD);
      }
      for (Axis axis : definition.axes()) {
        String path = axis.isPolicies() ? "" : axis.path().toString().toLowerCase(Locale.ROOT);
        PoolHistory.Kind kind = path.equals(PRICE) ? PoolHistory.Kind.PRICE
            : path.equals(HAZARD) ? PoolHistory.Kind.HAZARD : null;
        if (kind == null) {
          continue;
        }
        for (JsonNode v : axis.values()) {
          if (v.isTextual()) {
            histories.get(v.asText(), kind);
          }
        }
      }
    } catch (SpotHistoryException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return histories;
  }
}
