package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanPrinter;
import dev.asgsim.aws.plan.SavedPlan;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.ErrorExitCode;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.core.io.AtomicFiles;
import dev.asgsim.core.validate.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "plan", mixinStandardHelpOptions = true,
    description = {"Show what apply would change to make the live group match CONFIG (+ add, ~ change, - destroy).",
        "Names the account and Region first, and refuses a config written for another one. Lists what the live "
            + "group has and CONFIG does not (kept unless --prune). Refuses a config with ERROR findings.",
        "  asgsim plan mine.yaml -o mine.plan && asgsim apply mine.plan"},
    footer = {"", "Exit codes: 0 ok (with or without changes), 1 ERROR findings, 2 unreadable file, target mismatch "
        + "or refused AWS call.",
        "With --detailed-exitcode: 0 no changes, 1 error, 2 changes."})
public final class PlanCommand implements Callable<Integer>, ErrorExitCode {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The config (YAML or JSON).")
  Path file;

  @Option(names = "--json", description = "Print the plan as JSON.")
  boolean json;

  @Option(names = {"-o", "--output"}, paramLabel = "PLAN",
      description = "Also save the plan here, for 'asgsim apply PLAN' (which refuses it if the live group changes).")
  Path output;

  @Option(names = "--detailed-exitcode",
      description = "Exit 0 when there are no changes, 2 when there are, 1 on any error (for CI pipelines).")
  boolean detailedExitCode;

  @Mixin PlanFlags flags;
  @Mixin TargetFlag target;
  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  PlanCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    var doc = ConfigFiles.load(file);
    List<Finding> warnings = ConfigGate.check(doc, context.clock());
    PrintWriter out = spec.commandLine().getOut();
    Plan plan;
    try (AwsAutoScaling client = AwsConnection.open(context, aws)) {
      AwsTarget where = AwsConnection.target(client, doc.config(), file.toString(), target.allowMismatch);
      plan = AwsConnection.guard(() -> client.plan(doc.config(), flags.options()));
      if (json) {
        out.print(PlanPrinter.json(plan, where));
      } else {
        out.print(AwsConnection.header(where, aws.endpointUrl) + "\n" + PlanPrinter.text(plan));
      }
      out.flush();
      ConfigGate.show(warnings, spec.commandLine().getErr());
      if (output != null) {
        SavedPlan saved = SavedPlan.of(where, file.toString(), flags.options(), doc, plan);
        AtomicFiles.write(output, saved.toJson().getBytes(StandardCharsets.UTF_8));
        var err = spec.commandLine().getErr();
        err.println("asgsim: saved the plan to " + output + "; 'asgsim apply " + output + "' makes exactly these "
            + "changes, and refuses if the live group changes first.");
        err.flush();
      }
    }
    return detailedExitCode && !plan.isEmpty() ? ExitCodes.PLAN_HAS_CHANGES : ExitCodes.OK;
  }

  @Override
  public int errorExitCode(int usual) {
    return detailedExitCode ? ExitCodes.FINDINGS : usual;
  }
}
