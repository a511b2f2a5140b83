package dev.asgsim.simulator.load;

/** Durations as the load grammar writes them: {@code 1d}, {@code 2h}, {@code 10m}, {@code 90s}. */
final class Durations {
  private Durations() {}

  static String text(long seconds) {
    if (seconds != 0 && seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds != 0 && seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }
}
