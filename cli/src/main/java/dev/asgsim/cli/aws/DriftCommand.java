package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanPrinter;
import dev.asgsim.cli.CliContext;
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
    description = {"Check whether the live group still matches CONFIG.",
        "Live policies, scheduled actions, lifecycle hooks, a warm pool and tags that CONFIG does not list count as "
            + "drift; DesiredCapacity does not (the autoscaler owns it). Names the account and Region first."},
    footer = {"", "Exit codes: 0 no drift, 1 drift (the differences are printed), 2 unreadable file, target "
        + "mismatch or refused AWS call."})
public final class DriftCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The config (YAML or JSON).")
  Path file;

  @Option(names = "--json", description = "Print the differences as JSON.")
  boolean json;

  @Mixin TargetFlag target;
  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  DriftCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    var doc = ConfigFiles.load(file);
    var out = spec.commandLine().getOut();
    try (AwsAutoScaling client = AwsConnection.open(context, aws)) {
      AwsTarget where = AwsConnection.target(client, doc.config(), file.toString(), target.allowMismatch);
      Plan drift = AwsConnection.guard(() -> client.drift(doc.config()));
      if (json) {
        out.print(PlanPrinter.json(drift, where));
      } else {
        out.print(AwsConnection.header(where, aws.endpointUrl) + "\n");
        if (drift.isEmpty()) {
          out.println("No drift: the live group " + drift.groupName() + " matches " + file + ".");
        } else if (!drift.groupExists()) {
          out.println("Drift: the group " + drift.groupName() + " does not exist.");
        } else {
          out.println("Drift: the live group " + drift.groupName() + " differs from " + file
              + " (old -> file's value):");
          out.print(PlanPrinter.text(drift).lines().skip(2).map(l -> l + "\n").reduce("", String::concat));
        }
      }
      out.flush();
      return drift.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
  }
}
