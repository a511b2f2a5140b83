package dev.asgsim.cli;

import dev.asgsim.simulator.explain.ExplainException;
import dev.asgsim.simulator.explain.Explanation;
import dev.asgsim.simulator.explain.RunFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code asgsim explain OUT_DIR [--at TIME]}: what happened at a moment of a simulated run, and why. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Say in one paragraph what happened at a moment of a run and why: what the alarms said, what each "
        + "policy proposed, which rule held the group back (the engine's own reason) and what happened next; with a warm "
        + "pool or lifecycle hooks, where the capacity came from (from the warm pool or a cold launch), the pool's "
        + "size and the hooks' holds.",
        "Reads the summary.json, activities.json and timeline.csv that `asgsim simulate --out OUT_DIR` wrote.",
        "  asgsim explain out/ --at 00:42      # why no scale-in 2 minutes after the seed spike's load drop",
        "  asgsim explain out/                 # which rules held the group back over the whole run (and what a warm "
            + "pool did)"},
    footer = {"", "Exit codes: 0 ok, 2 missing or malformed OUT_DIR files, or a time outside the run."})
final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OUT_DIR", description = "The --out directory of `asgsim simulate`.")
  Path dir;

  @Option(names = "--at", paramLabel = "TIME", description = "The moment: 00:42 (UTC, on the run's first day), "
      + "2024-01-01T00:42 or 2024-01-01T00:42:00Z (UTC), or +42m / +3d4h from the run's start. Without it: the "
      + "reasons over the whole run, and a warm pool's launches, size and cost.")
  String at;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String text;
    try {
      RunFiles run = RunFiles.read(dir);
      text = at == null ? Explanation.overview(run) : Explanation.at(run, Explanation.parseTime(at, run));
    } catch (ExplainException e) {
      throw new UserError(e.getMessage());
    }
    var out = spec.commandLine().getOut();
    out.println(text);
    out.flush();
    return ExitCodes.OK;
  }
}
