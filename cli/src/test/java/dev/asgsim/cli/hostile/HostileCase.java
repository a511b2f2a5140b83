package dev.asgsim.cli.hostile;

import java.util.List;
import java.util.Map;

/**
 * One generated hostile input: the files to write, the command line to run (with {@code {dir}} standing for the
 * case's directory) and which file, if any, the input's mistakes are in, so that the contract can ask for its
 * location.
 *
 * @param kind   config, load-spec, trace, flags or aws-json (for the report)
 * @param files  name to content
 * @param args   the command line
 * @param suspect the file whose content was made hostile (a refusal must name it with a line), or null
 */
record HostileCase(String kind, String description, Map<String, byte[]> files, List<String> args, String suspect) {}
