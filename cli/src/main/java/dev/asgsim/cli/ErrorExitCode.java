package dev.asgsim.cli;

/** A command whose options change the exit code of a failure (plan --detailed-exitcode makes every error 1). */
public interface ErrorExitCode {
  int errorExitCode(int usual);
}
