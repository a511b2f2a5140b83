package dev.asgsim.aws.export;

import dev.asgsim.core.config.ScalingConfig;
import java.util.function.BiFunction;

/** The formats {@code asgsim export} writes: one line here and one class per format. */
public enum ExportFormat {
  /** Terraform, AWS provider: aws_autoscaling_group, aws_autoscaling_policy, aws_autoscaling_schedule, alarms. */
  TERRAFORM("terraform", "tf", TerraformExport::export),
  /** A CloudFormation template (JSON): AWS::AutoScaling::AutoScalingGroup, ScalingPolicy, ScheduledAction. */
  CLOUDFORMATION("cloudformation", "json", CloudFormationExport::export);

  private final String label;
  private final String extension;
  private final BiFunction<ScalingConfig, ExportOptions, Exported> writer;

  ExportFormat(String label, String extension, BiFunction<ScalingConfig, ExportOptions, Exported> writer) {
    this.label = label;
    this.extension = extension;
    this.writer = writer;
  }

  /** The name on the command line. */
  public String label() {
    return label;
  }

  /** The usual file extension. */
  public String extension() {
    return extension;
  }

  public Exported export(ScalingConfig config, ExportOptions options) {
    return writer.apply(config, options);
  }

  @Override
  public String toString() {
    return label;
  }
}
