package dev.asgsim.cli.aws;

import dev.asgsim.aws.AwsAutoScaling;
import dev.asgsim.aws.ImportResult;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.cli.UserError;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.io.AwsCliJson;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.ConfigFormat;
import dev.asgsim.core.io.ConfigWriter;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Write a live group (or saved AWS CLI describe-* output) as an asgsim config.",
        "  asgsim import --group NAME > mine.yaml",
        "  asgsim import --from-file groups.json --policies policies.json [--group NAME]"},
    footer = {"", "Exit codes: 0 ok, 2 unreadable input, unknown group or refused AWS call."})
public final class ImportCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(names = "--group", paramLabel = "NAME",
      description = "The group to import (required without --from-file; picks one when the file holds several).")
  String group;

  @ArgGroup(exclusive = false)
  FromFile fromFile;

  static final class FromFile {
    @Option(names = "--from-file", required = true, paramLabel = "GROUPS_JSON",
        description = "Output of 'aws autoscaling describe-auto-scaling-groups' instead of the live account.")
    Path groups;

    @Option(names = "--policies", paramLabel = "POLICIES_JSON",
        description = "Output of 'aws autoscaling describe-policies' (with --from-file).")
    Path policies;

    @Option(names = "--scheduled-actions", paramLabel = "ACTIONS_JSON",
        description = "Output of 'aws autoscaling describe-scheduled-actions' (with --from-file).")
    Path actions;

    @Option(names = "--lifecycle-hooks", paramLabel = "HOOKS_JSON",
        description = "Output of 'aws autoscaling describe-lifecycle-hooks' (with --from-file).")
    Path hooks;
  }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here (YAML, or JSON for *.json) instead of standard output.")
  Path output;

  @Option(names = "--json", description = "Print JSON instead of YAML on standard output.")
  boolean json;

  @Mixin AwsOptions aws;
  @Spec CommandSpec spec;

  ImportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    ImportResult result;
    if (fromFile != null) {
      try {
        ScalingConfig config = AwsCliJson.load(fromFile.groups, fromFile.policies, fromFile.actions, fromFile.hooks, group).config();
        boolean typed = config.simulation() != null && config.simulation().instanceType() != null;
        result = new ImportResult(config, typed ? List.of() : List.of("the instance type is not in describe "
            + "output without instances: set Simulation.InstanceType before simulating"));
      } catch (ConfigException e) {
        throw new UserError(e.getMessage());
      }
    } else {
      if (group == null) {
        throw new UserError("import needs --group NAME (or --from-file GROUPS_JSON)");
      }
      try (AwsAutoScaling client = AwsConnection.open(context, aws)) {
        result = AwsConnection.guard(() -> client.importGroup(group));
      }
    }
    var err = spec.commandLine().getErr();
    result.notes().forEach(n -> err.println("asgsim: note: " + n));
    // AWS runs this group, so an ERROR here is asgsim misreading it: say so rather than hand over a file that
    // simulate and apply will refuse.
    Validator.defaults().withNow(context.clock().instant()).validate(result.config()).stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .forEach(f -> err.println("asgsim: note: the imported config fails validation (" + f.ruleId() + " at "
            + f.path() + ": " + f.message() + "); fix it by hand and please report it"));
    err.flush();
    if (output != null) {
      ConfigWriter.write(result.config(), output);
      err.println("asgsim: wrote " + output);
      err.flush();
    } else {
      var out = spec.commandLine().getOut();
      out.print(ConfigWriter.toString(result.config(), json ? ConfigFormat.JSON : ConfigFormat.YAML));
      out.flush();
    }
    return ExitCodes.OK;
  }
}
