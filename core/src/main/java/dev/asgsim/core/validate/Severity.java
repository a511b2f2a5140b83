package dev.asgsim.core.validate;

/** How much a finding matters; declared most severe first, which is the order findings are reported in. */
public enum Severity {
  /** AWS would refuse the configuration (or asgsim cannot simulate it). */
  ERROR,
  /** AWS accepts it, but it is a known trap (aws-behaviour §1.9, §2, §8, §14). */
  WARNING,
  /** A better practice AWS recommends. */
  ADVICE
}
