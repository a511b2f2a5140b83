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

@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Show what apply would change to make the live group match FILE (+ add, ~ change, - destroy).",
    footer = {"", "Exit codes: 0 ok (with or without changes), 2 unreadable file or refused AWS call."})
public final class PlanCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "The config (YAML or JSON).")
  Path file;

  @Option(names = "--json", description = "Print the plan as JSON.")
  boolean json;

  @Mixin PlanFlags flags;
  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var doc = ConfigFiles.load(file);
    try (AwsAutoScaling client = AwsConnection.open(aws)) {
      Plan plan = AwsConnection.guard(() -> client.plan(doc.config(), flags.options()));
      spec.commandLine().getOut().print(json ? PlanPrinter.json(plan) : PlanPrinter.text(plan));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
