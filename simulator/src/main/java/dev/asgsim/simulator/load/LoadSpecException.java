package dev.asgsim.simulator.load;

/**
 * A load spec, trace file or load setting that cannot be used; the message names the place (a column of the spec, or
 * a trace file and line). {@link #input()} says which setting it is about, so that a caller can name the option or the
 * config key it came from.
 */
public final class LoadSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The load settings, by their command-line option and their key in a config's {@code Load} section. */
  public enum Input {
    SPEC("--load", "Spec"),
    DURATION("--duration", "Duration"),
    SCALE("--load-scale", "Scale"),
    GAPS("--gaps", "Gaps"),
    TRACE_END("--trace-end", "TraceEnd");

    private final String option;
    private final String configKey;

    Input(String option, String configKey) {
      this.option = option;
      this.configKey = configKey;
    }

    public String option() {
      return option;
    }

    /** The key under {@code Load}, e.g. {@code Spec}. */
    public String configKey() {
      return configKey;
    }
  }

  private final Input input;
  private final boolean fromConfig;

  public LoadSpecException(String message) {
    this(message, null, false);
  }

  private LoadSpecException(String message, Input input, boolean fromConfig) {
    super(message);
    this.input = input;
    this.fromConfig = fromConfig;
  }

  /** This problem, marked as being about {@code input}, given on the command line or in the config. */
  LoadSpecException about(Input in, boolean config) {
    return new LoadSpecException(getMessage(), in, config);
  }

  /** Which setting the problem is about, or null when unknown. */
  public Input input() {
    return input;
  }

  /** True when the setting came from the config's {@code Load} section rather than the command line. */
  public boolean fromConfig() {
    return fromConfig;
  }
}
