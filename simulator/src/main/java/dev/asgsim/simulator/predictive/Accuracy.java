package dev.asgsim.simulator.predictive;

/**
 * Forecast accuracy over the hours that have a forecast and an actual value: MAPE (mean of |error| / actual over
 * hours with a non-zero actual) and WAPE (Σ |error| / Σ actual), in percent; NaN when nothing can be compared.
 */
public record Accuracy(int hours, double mapePercent, double wapePercent) {

  /** The sums of MAPE and WAPE, one hour at a time in the rows' order: the formulas' one home. */
  static final class Sums {
    private int n;
    private int mapeN;
    private double ape;
    private double err;
    private double sum;

    /** One hour: {@code f} forecast (its row {@code hasForecast}), {@code a} actual; hours missing either are skipped. */
    void add(boolean hasForecast, double f, double a) {
      if (!hasForecast || Double.isNaN(f) || Double.isNaN(a)) {
        return;
      }
      n++;
      err += Math.abs(f - a);
      sum += Math.abs(a);
      if (a != 0) {
        ape += Math.abs(f - a) / Math.abs(a);
        mapeN++;
      }
    }

    Accuracy accuracy() {
      return new Accuracy(n, mapeN == 0 ? Double.NaN : 100 * ape / mapeN, sum == 0 ? Double.NaN : 100 * err / sum);
    }
  }
}
