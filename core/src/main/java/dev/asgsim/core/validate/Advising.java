package dev.asgsim.core.validate;

/**
 * What a rule that only advises may report: WARNINGs and ADVICE, never an ERROR. The advice-only rules take this
 * type, so {@link Validator#errors} may leave them out knowing that they cannot refuse a config.
 */
interface Advising {
  void warning(String rule, String path, String message, String fix);

  void advice(String rule, String path, String message, String fix);
}
