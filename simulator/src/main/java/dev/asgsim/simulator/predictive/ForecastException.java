package dev.asgsim.simulator.predictive;

/** A forecast that cannot be made as asked (no predictive policy, too little history, an unknown forecaster). */
public final class ForecastException extends RuntimeException {
  public ForecastException(String message) {
    super(message);
  }
}
