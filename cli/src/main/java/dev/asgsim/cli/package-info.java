/**
 * The {@code asgsim} command line (picocli): {@code validate}, {@code simulate} and {@code sweep}, their shared config
 * gate ({@code ConfigGate}), exit codes (0 ok, 1 findings, 2 bad input or usage) and the failure handler that turns
 * every error into one message without a stack trace. The AWS commands live in {@code cli.aws}.
 */
package dev.asgsim.cli;
