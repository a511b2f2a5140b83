package dev.asgsim.core.alarm;

import java.util.Locale;

/** {@code TreatMissingData} (aws-behaviour §8.4 [D]); {@link #MISSING} is the default and the only one target tracking uses. */
public enum TreatMissingData {
  MISSING("missing"),
  BREACHING("breaching"),
  NOT_BREACHING("notBreaching"),
  IGNORE("ignore");

  private final String apiName;

  TreatMissingData(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  /** Parses the API spelling ({@code missing} when null). */
  public static TreatMissingData parse(String value) {
    if (value == null) {
      return MISSING;
    }
    for (TreatMissingData t : values()) {
      if (t.apiName.equals(value)) {
        return t;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "TreatMissingData '%s' is not supported; use one of missing, breaching, notBreaching, ignore", value));
  }
}
