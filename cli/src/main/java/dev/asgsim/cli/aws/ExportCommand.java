package dev.asgsim.cli.aws;

import dev.asgsim.aws.export.ExportFormat;
import dev.asgsim.aws.export.ExportOptions;
import dev.asgsim.aws.export.Exported;
import dev.asgsim.cli.CliContext;
import dev.asgsim.cli.ExitCodes;
import dev.asgsim.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write CONFIG as Terraform or CloudFormation: group, policies, alarms, scheduled actions, hooks.",
        "DesiredCapacity is left out unless --desired-capacity: the autoscaler owns it, and an IaC tool that sets it "
            + "resizes the group on every apply. Needs no AWS access.",
        "  asgsim export best.yaml --format terraform -o asg.tf   # best.yaml from 'asgsim sweep S.yaml --write-best "
            + "best.yaml'",
        "  asgsim export mine.yaml --format cloudformation -o asg.template.json"},
    footer = {"", "Exit codes: 0 ok, 1 ERROR findings (nothing written), 2 unreadable config, unknown format or "
        + "unwritable output."})
public final class ExportCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "The config (YAML or JSON).")
  Path file;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "Terraform or CloudFormation (terraform, cloudformation).")
  ExportFormat format;

  @Option(names = "--desired-capacity", description = "Also write the group's DesiredCapacity.")
  boolean desiredCapacity;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Spec CommandSpec spec;

  /** Accepts the formats' command-line names (any case). */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return Arrays.stream(ExportFormat.values())
          .filter(f -> f.label().equals(value.toLowerCase(Locale.ROOT)))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException("'" + value + "' is not a format; use "
              + String.join(" or ", Arrays.stream(ExportFormat.values()).map(ExportFormat::label).toList())));
    }
  }

  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException {
    var doc = ConfigFiles.load(file);
    // What AWS would refuse is not worth committing to a repository.
    var warnings = ConfigGate.check(doc, context.clock());
    Exported exported = format.export(doc.config(), new ExportOptions(desiredCapacity));
    var err = spec.commandLine().getErr();
    ConfigGate.show(warnings, err);
    exported.notes().forEach(n -> err.println("asgsim: note: not exported: " + n));
    if (output != null) {
      AtomicFiles.write(output, exported.text().getBytes(StandardCharsets.UTF_8));
      err.println("asgsim: wrote " + output);
    } else {
      spec.commandLine().getOut().print(exported.text());
      spec.commandLine().getOut().flush();
    }
    err.flush();
    return ExitCodes.OK;
  }
}
