package dev.asgsim.simulator.load;

import dev.asgsim.core.text.Numbers;

/** {@code const(V)}: V all the time. */
record Constant(double value) implements LoadModel {
  static final LoadShape SHAPE = new LoadShape("const", "const(V)", "V all the time",
      in -> new Constant(in.level("V")));

  @Override
  public void addTo(double[] demand, long seed, int stream) {
    for (int i = 0; i < demand.length; i++) {
      demand[i] += value;
    }
  }

  @Override
  public String describe() {
    return "const(" + Numbers.shortest(value) + ")";
  }
}
