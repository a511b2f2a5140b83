package dev.asgsim.simulator.load;

/**
 * {@code trace(FILE.csv)}: replays a CSV trace (see {@link TraceReader}); a bare {@code FILE.csv} means the same. A
 * name holding ')' or spaces at its ends is quoted: {@code trace("week (1).csv")}.
 */
final class TraceShape {
  static final LoadShape SHAPE = new LoadShape("trace", "trace(FILE.csv) or FILE.csv",
      "replay a CSV: timestamp,value | minute,value | second,value",
      in -> in.trace(in.path()));

  private TraceShape() {}
}
