package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanOptions;
import dev.asgsim.aws.plan.PlanPrinter;
import dev.asgsim.aws.plan.SavedPlan;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.cli.UserError;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.validate.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {"Make the live group match CONFIG, or run a plan saved by 'asgsim plan -o PLAN'.",
        "Validates, names the account and Region, shows the plan and the config's warnings, then asks. Refuses a "
            + "config with ERROR findings, a config written for another Region or account, and a saved plan whose "
            + "live group changed since. Without --yes it asks you to type 'yes' on a terminal, and refuses when "
            + "there is none. Stops at the first refused call and says what was and was not done; rerunning "
            + "continues from the live state."},
    footer = {"", "Exit codes: 0 applied or nothing to do, 1 ERROR findings, 2 unreadable file, no terminal to ask "
        + "on, target mismatch, stale saved plan or a refused AWS call, 3 cancelled at the confirmation."})
public final class ApplyCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "CONFIG|PLAN", description = "The config (YAML or JSON), or a saved plan.")
  Path file;

  @Option(names = "--yes", description = "Apply without asking (for scripts and CI).")
  boolean yes;

  @Mixin PlanFlags flags;
  @Mixin TargetFlag target;
  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  ApplyCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    String saved = savedPlanText(file);
    ConfigDocument doc;
    PlanOptions options;
    SavedPlan reviewed = null;
    if (saved != null) {
      try {
        reviewed = SavedPlan.parse(saved, file.toString());
      } catch (SavedPlan.SavedPlanException e) {
        throw new UserError(e.getMessage());
      }
      doc = reviewed.config();
      options = reviewed.options();
      if (flags.setDesired || flags.prune) {
        throw new UserError("--set-desired and --prune are part of a saved plan: plan again with them");
      }
    } else {
      doc = ConfigFiles.load(file);
      options = flags.options();
    }
    List<Finding> warnings = ConfigGate.check(doc, context.clock());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // A saved plan names its Region: without --region, apply goes back there (the account is checked below).
    AwsOptions where = reviewed != null && aws.region == null ? aws.withRegion(reviewed.target().region()) : aws;
    try (AwsAutoScaling client = AwsConnection.open(context, where)) {
      AwsTarget now = reviewed != null ? AwsConnection.guard(client::target)
          : AwsConnection.target(client, doc.config(), file.toString(), target.allowMismatch);
      if (reviewed != null && !now.equals(reviewed.target())) {
        throw new UserError(file + " was planned for " + reviewed.target().describe() + ", but the credentials "
            + "and Region now target " + now.describe() + "; nothing was changed");
      }
      Plan plan = AwsConnection.guard(() -> client.plan(doc.config(), options));
      if (reviewed != null && !reviewed.matches(plan)) {
        throw new UserError("the live group " + plan.groupName() + " changed since " + file + " was planned, so it "
            + "is not what was reviewed; nothing was changed. Plan again (asgsim plan " + reviewed.configFile()
            + " -o " + file + ").");
      }
      out.print(AwsConnection.header(now, where.endpointUrl) + "\n" + PlanPrinter.text(plan));
      out.flush();
      if (plan.actionable().isEmpty()) {
        return ExitCodes.OK;
      }
      ConfigGate.show(warnings, err);
      if (!yes) {
        int refused = confirm(plan, now, out, err);
        if (refused != ExitCodes.OK) {
          return refused;
        }
      }
      ApplyResult result = client.apply(plan);
      ApplyReport.print(result, out, err);
      return result.succeeded() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }

  /** The text of FILE when it is a saved plan, else null (a config, or a file the config reader will explain). */
  private static String savedPlanText(Path file) {
    try {
      String text = Files.readString(file);
      return SavedPlan.isSavedPlan(text) ? text : null;
    } catch (IOException notUtf8OrUnreadable) {
      return null;
    }
  }

  /** OK when the answer is 'yes'; otherwise the exit code (2 nobody to ask, 3 any other answer). */
  private int confirm(Plan plan, AwsTarget where, PrintWriter out, PrintWriter err) throws IOException {
    BufferedReader in = context.answers().get();
    if (in == null) {
      err.println("asgsim: refusing to change the account without confirmation: there is no terminal to ask on. "
          + "Review the plan above and rerun with --yes.");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    out.print("\nApply these changes to group " + plan.groupName() + " in " + where.describe()
        + "? Only 'yes' will be accepted: ");
    out.flush();
    String answer = in.readLine();
    if (!"yes".equals(answer == null ? null : answer.trim())) {
      err.println("asgsim: apply cancelled; nothing was changed.");
      err.flush();
      return ExitCodes.CANCELLED;
    }
    return ExitCodes.OK;
  }
}
