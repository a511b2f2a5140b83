package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanPrinter;
import dev.asgsim.cli.ExitCodes;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "drift", mixinStandardHelpOptions = true,
    description = {"Check whether the live group still matches FILE.",
        "Live policies and scheduled actions that FILE does not list count as drift; DesiredCapacity does not "
            + "(the autoscaler owns it)."},
    footer = {"", "Exit codes: 0 no drift, 1 drift (the differences are printed), 2 unreadable file or refused AWS call."})
public final class DriftCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The config (YAML or JSON).")
  Path file;

  @Option(names = "--json", description = "Print the differences as JSON.")
  boolean json;

  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var doc = ConfigFiles.load(file);
    var out = spec.commandLine().getOut();
    try (AwsAutoScaling client = AwsConnection.open(aws)) {
      Plan drift = AwsConnection.guard(() -> client.drift(doc.config()));
      if (json) {
        out.print(PlanPrinter.json(drift));
      } else if (drift.isEmpty()) {
        out.println("No drift: the live group " + drift.groupName() + " matches " + file + ".");
      } else if (!drift.groupExists()) {
        out.println("Drift: the group " + drift.groupName() + " does not exist.");
      } else {
        out.println("Drift: the live group " + drift.groupName() + " differs from " + file
            + " (old -> file's value):");
        out.print(PlanPrinter.text(drift).lines().skip(2).map(l -> l + "\n").reduce("", String::concat));
      }
      out.flush();
      return drift.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
  }
}
