package dev.asgsim.aws;

import java.util.List;

/** A config with ERROR findings: apply refuses it before any AWS call. */
public final class InvalidConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> errors;

  public InvalidConfigException(List<String> errors) {
    super("the config has " + errors.size() + " error(s); nothing was changed:\n  " + String.join("\n  ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
