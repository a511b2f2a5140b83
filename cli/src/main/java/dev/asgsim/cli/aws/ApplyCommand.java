package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.apply.TargetTrackingAlarms;
import dev.asgsim.aws.plan.Change;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanPrinter;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.core.config.TargetTrackingAlarmProfile;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {"Make the live group match FILE: validate, show the plan, ask, then change the account.",
        "Refuses a config with ERROR findings. Without --yes it asks you to type 'yes' on a terminal, and refuses "
            + "when there is none. Stops at the first refused call and says what was and was not done; rerunning "
            + "continues from the live state."},
    footer = {"", "Exit codes: 0 applied or nothing to do, 1 ERROR findings, 2 refused (no confirmation) or a "
        + "refused AWS call."})
public final class ApplyCommand implements Callable<Integer> {
  /** How apply asks for confirmation; null when there is no interactive console. Replaceable in tests. */
  static volatile Supplier<BufferedReader> console = () -> System.console() == null ? null
      : new BufferedReader(System.console().reader());

  @Parameters(index = "0", paramLabel = "FILE", description = "The config (YAML or JSON).")
  Path file;

  @Option(names = "--yes", description = "Apply without asking (for scripts and CI).")
  boolean yes;

  @Mixin PlanFlags flags;
  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var doc = ConfigFiles.load(file);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Finding> errors = Validator.defaults().validate(doc).stream()
        .filter(f -> f.severity() == Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      err.println("asgsim: " + file + " has " + errors.size() + " error(s); nothing was changed:");
      errors.forEach(f -> err.println(f.format()));
      err.flush();
      return ExitCodes.FINDINGS;
    }
    try (AwsAutoScaling client = AwsConnection.open(aws)) {
      Plan plan = AwsConnection.guard(() -> client.plan(doc.config(), flags.options()));
      out.print(PlanPrinter.text(plan));
      out.flush();
      if (plan.actionable().isEmpty()) {
        return ExitCodes.OK;
      }
      if (!yes && !confirmed(out, err)) {
        return ExitCodes.BAD_INPUT;
      }
      ApplyResult result = client.apply(plan);
      report(result, out, err);
      return result.succeeded() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
  }

  private boolean confirmed(PrintWriter out, PrintWriter err) throws java.io.IOException {
    BufferedReader in = console.get();
    if (in == null) {
      err.println("asgsim: refusing to change the account without confirmation: there is no terminal to ask on. "
          + "Review the plan above and rerun with --yes.");
      err.flush();
      return false;
    }
    out.print("\nDo you want to perform these actions? Only 'yes' will be accepted: ");
    out.flush();
    String answer = in.readLine();
    if (!"yes".equals(answer == null ? null : answer.trim())) {
      err.println("asgsim: apply cancelled; nothing was changed.");
      err.flush();
      return false;
    }
    return true;
  }

  static void report(ApplyResult result, PrintWriter out, PrintWriter err) {
    out.println();
    for (Change c : result.done()) {
      out.println("done:     " + c.headline());
    }
    if (!result.succeeded()) {
      out.println("FAILED:   " + result.failed().headline());
      for (Change c : result.notDone()) {
        out.println("not done: " + c.headline());
      }
      err.println("asgsim: " + result.error().getMessage());
      err.println("asgsim: " + result.done().size() + " change(s) done, 1 failed, " + result.notDone().size()
          + " not attempted. Fix the cause and rerun apply: it plans from the live state and continues.");
    } else {
      out.println("Apply complete: " + result.done().size() + " change(s).");
    }
    for (TargetTrackingAlarms a : result.alarms()) {
      out.println();
      if (a.profile() == null) {
        out.println("Policy \"" + a.policyName() + "\": AWS reported no target tracking alarm pair"
            + (a.descriptions().isEmpty() ? "" : " (found " + a.descriptions() + ")")
            + "; the simulator keeps its defaults (" + TargetTrackingAlarmProfile.DEFAULT_HIGH_DATAPOINTS + " of "
            + TargetTrackingAlarmProfile.DEFAULT_HIGH_DATAPOINTS + " above target, "
            + TargetTrackingAlarmProfile.DEFAULT_LOW_DATAPOINTS + " of " + TargetTrackingAlarmProfile.DEFAULT_LOW_DATAPOINTS
            + " below " + TargetTrackingAlarmProfile.DEFAULT_LOW_THRESHOLD_FACTOR + " x target, "
            + TargetTrackingAlarmProfile.DEFAULT_PERIOD_SECONDS + " s).");
        continue;
      }
      out.println("Policy \"" + a.policyName() + "\": AWS created these alarms:");
      a.descriptions().forEach(d -> out.println("  " + d));
      out.println("Paste this into the config so the simulator uses them:");
      out.print(alarmBlock(a.profile()));
    }
    out.flush();
    err.flush();
  }

  static String alarmBlock(TargetTrackingAlarmProfile p) {
    try {
      return ConfigMapper.yaml().writeValueAsString(Map.of("Simulation", Map.of("TargetTrackingAlarms", p)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
