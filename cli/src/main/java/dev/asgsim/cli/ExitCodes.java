package dev.asgsim.cli;

/** The exit codes every command shares; the README's "Exit codes" table and each command's --help list them. */
public final class ExitCodes {
  public static final int OK = 0;
  /** Findings at ERROR severity, drift, or (plan --detailed-exitcode) any error. */
  public static final int FINDINGS = 1;
  /** Unreadable input, wrong usage, a refused AWS call; (plan --detailed-exitcode) there are changes. */
  public static final int BAD_INPUT = 2;
  /** plan --detailed-exitcode: there are changes (Terraform's convention, which CI pipelines already read). */
  public static final int PLAN_HAS_CHANGES = 2;
  /** apply asked for confirmation and the answer was not 'yes': nothing was changed. */
  public static final int CANCELLED = 3;
  /** Ctrl-C (SIGINT): 128 + 2, as shells report it; the JVM exits with it and asgsim does not catch it. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
