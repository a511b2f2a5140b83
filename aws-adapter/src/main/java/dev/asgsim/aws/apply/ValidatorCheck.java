package dev.asgsim.aws.apply;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.util.List;

/** The core Validator's ERROR findings as a {@link ConfigCheck}: what apply uses unless told otherwise. */
public final class ValidatorCheck implements ConfigCheck {
  private final Validator validator;

  public ValidatorCheck(Validator validator) {
    this.validator = validator;
  }

  public static ValidatorCheck defaults() {
    return new ValidatorCheck(Validator.defaults());
  }

  @Override
  public List<String> errors(ScalingConfig config) {
    return validator.validate(config).stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::format)
        .toList();
  }
}
