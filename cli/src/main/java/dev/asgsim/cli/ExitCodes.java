package dev.asgsim.cli;

/** The exit codes every command shares (docs/ARCHITECTURE.md, cli). */
public final class ExitCodes {
  public static final int OK = 0;
  /** Findings at ERROR severity, or drift. */
  public static final int FINDINGS = 1;
  /** Unreadable input, wrong usage, a refused API call. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
