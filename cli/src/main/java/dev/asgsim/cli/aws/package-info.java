/**
 * The commands that talk to AWS — {@code import}, {@code plan}, {@code apply}, {@code drift}, {@code history} — and
 * their shared options (region, profile, endpoint) and connection. The AWS work itself lives in the
 * {@code aws-adapter} module; these classes parse options and print results.
 */
package dev.asgsim.cli.aws;
