/**
 * A config as infrastructure as code: Terraform (AWS provider) and CloudFormation. Pure text generation, no AWS
 * calls; {@link dev.asgsim.aws.export.ExportFormat} is the registry of formats.
 */
package dev.asgsim.aws.export;
