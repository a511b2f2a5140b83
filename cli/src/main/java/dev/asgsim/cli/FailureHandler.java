package dev.asgsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns any failure inside a command into a message and exit code 2. A stack trace is printed only with
 * {@code ASGSIM_DEBUG=1}, for bug reports.
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
    int code = report(ex, cli.getErr());
    return cli.getCommand() instanceof ErrorExitCode m ? m.errorExitCode(code) : code;
  }

  private static int report(Exception ex, java.io.PrintWriter err) {
    if (ex instanceof UserError user) {
      err.println("asgsim: " + user.getMessage());
      err.flush();
      return user.exitCode();
    }
    Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (cause instanceof IOException io) {
      err.println("asgsim: " + describe(io));
    } else {
      err.println("asgsim: internal error: " + cause + " (please report it; ASGSIM_DEBUG=1 prints the stack trace)");
    }
    if ("1".equals(System.getenv("ASGSIM_DEBUG"))) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  private static String describe(IOException io) {
    if (io instanceof java.nio.file.NoSuchFileException e) {
      return e.getFile() + ": no such file";
    }
    if (io instanceof java.nio.file.AccessDeniedException e) {
      return e.getFile() + ": permission denied";
    }
    return io.getMessage() == null ? io.toString() : io.getMessage();
  }
}
