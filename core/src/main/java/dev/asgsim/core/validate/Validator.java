package dev.asgsim.core.validate;

import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.SourceMap;
import java.time.Instant;
import java.util.List;

/**
 * Checks a configuration in one pass and returns every finding at once: ERRORs for what AWS would refuse (aws-behaviour §9),
 * WARNINGs and ADVICE for what it accepts but users regret (aws-behaviour §1.9, §2, §8, §14). Findings are ordered by
 * severity, then by their place in the document.
 *
 * <pre>{@code
 * ConfigDocument doc = ConfigReader.load(path);
 * List<Finding> findings = Validator.defaults().validate(doc);
 * boolean blocked = Validator.hasErrors(findings);
 * }</pre>
 */
public final class Validator {
  private final Instant now;

  private Validator(Instant now) {
    this.now = now;
  }

  /** A validator that does not know the time (one-off scheduled actions in the past are not reported). */
  public static Validator defaults() {
    return new Validator(null);
  }

  /**
   * A validator that also refuses one-off scheduled actions starting before {@code now}, the moment the config is put
   * into the group (aws-behaviour §5.1): the wall clock for {@code apply}, the simulated start for {@code simulate} and
   * {@code validate}.
   */
  public Validator withNow(Instant now) {
    return new Validator(now);
  }

  public List<Finding> validate(ConfigDocument document) {
    return validate(document.config(), document.sourceMap());
  }

  public List<Finding> validate(ScalingConfig config) {
    return validate(config, SourceMap.EMPTY);
  }

  /** Every finding about {@code config}; locations come from {@code sourceMap}. */
  public List<Finding> validate(ScalingConfig config, SourceMap sourceMap) {
    return check(config, new Findings(sourceMap), true);
  }

  /**
   * The ERROR findings of {@link #validate(ScalingConfig)}, in the same order, without the work of the others: the
   * gate of every sweep point, which is simulated or refused and never advised.
   */
  public List<Finding> errors(ScalingConfig config) {
    return check(config, new Findings(SourceMap.EMPTY, true), false);
  }

  /** Runs the rules in their order; {@code advise}: the advice-only rules too, which cannot refuse ({@link Advising}). */
  private List<Finding> check(ScalingConfig config, Findings f, boolean advise) {
    GroupRules.check(config.autoScalingGroup(), f);
    HookRules.check(config.autoScalingGroup(), f);
    HookTimingRules.check(config.autoScalingGroup(), config.simulation(), f);
    WarmPoolRules.check(config, f);
    PolicyRules.check(config.policies(), config.autoScalingGroup(), f);
    ScheduleRules.check(config.actions(), now, f);
    SimulationRules.check(config.simulation(), f);
    SimulationRules.outsideTargets(config, f);
    if (advise) {
      AdviceRules.check(config, f);
    }
    MixedInstancesRules.check(config, f);
    NotSimulatedRules.check(config, f);
    if (advise) {
      PredictiveAdvice.check(config, f);
    }
    return f.sorted();
  }

  public static boolean hasErrors(List<Finding> findings) {
    return findings.stream().anyMatch(x -> x.severity() == Severity.ERROR);
  }
}
