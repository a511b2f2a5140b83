package dev.asgsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.io.ConfigDocument;
import dev.asgsim.core.io.ConfigException;
import dev.asgsim.core.io.Problem;
import dev.asgsim.core.validate.Finding;
import dev.asgsim.core.validate.Severity;
import dev.asgsim.core.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code asgsim validate FILE...}: every finding of every file, grouped by severity. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check configuration files against AWS's rules (errors) and known traps (warnings, advice).",
      "A FILE is an asgsim YAML/JSON config, or the JSON printed by "
          + "'aws autoscaling describe-auto-scaling-groups' (add --policies / --scheduled-actions for the rest)."
    },
    footer = {"", "Exit codes: 0 no errors, 1 any ERROR finding, 2 an unreadable file or wrong usage."})
final class ValidateCommand implements Callable<Integer> {
  private final CliContext context;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Config files to check.")
  List<Path> files;

  @Option(names = "--json", description = "Print the findings as JSON.")
  boolean json;

  @Option(names = "--group", paramLabel = "NAME",
      description = "For AWS CLI output holding several groups: check only this one (default: every group).")
  String group;

  @Option(names = "--policies", paramLabel = "FILE",
      description = "'aws autoscaling describe-policies' output for the group.")
  Path policies;

  @Option(names = "--scheduled-actions", paramLabel = "FILE",
      description = "'aws autoscaling describe-scheduled-actions' output for the group.")
  Path actions;

  /** One file's (or one group's) outcome: its findings and notes, or why it could not be read. */
  private record Result(String file, List<Finding> findings, List<Problem> problems, List<String> notes) {}

  ValidateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      try {
        List<ConfigDocument> docs = ConfigLoading.loadEach(file, group, policies, actions);
        for (ConfigDocument doc : docs) {
          String label = docs.size() == 1 ? file.toString()
              : file + " (group " + doc.config().autoScalingGroup().autoScalingGroupName() + ")";
          // The same gate as simulate's: the Load section is checked, and "the past" is before the simulated start.
          results.add(new Result(label, ConfigGate.check(doc, file.toAbsolutePath().getParent()), List.of(),
              doc.notes()));
        }
      } catch (ConfigException e) {
        results.add(new Result(file.toString(), List.of(), e.problems(), List.of()));
      }
    }
    if (json) {
      printJson(results);
    } else {
      printHuman(results);
    }
    boolean unreadable = results.stream().anyMatch(r -> !r.problems().isEmpty());
    boolean errors = results.stream().anyMatch(r -> Validator.hasErrors(r.findings()));
    return unreadable ? ExitCodes.BAD_INPUT : errors ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private void printHuman(List<Result> results) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<Severity, Integer> totals = new EnumMap<>(Severity.class);
    int unreadable = 0;
    for (Result r : results) {
      if (!r.problems().isEmpty()) {
        unreadable++;
        err.println(r.file() + ": cannot be read (" + r.problems().size() + " problem"
            + (r.problems().size() == 1 ? "" : "s") + ")");
        for (Problem p : r.problems()) {
          err.println("  " + p.format().replace("\n", "\n  "));
        }
        continue;
      }
      out.println(r.file() + ": " + (r.findings().isEmpty() ? "no findings" : count(r.findings())));
      r.notes().forEach(n -> out.println("  note: " + n));
      for (Severity s : Severity.values()) {
        List<Finding> group = r.findings().stream().filter(f -> f.severity() == s).toList();
        totals.merge(s, group.size(), Integer::sum);
        if (group.isEmpty()) {
          continue;
        }
        out.println("  " + s + " (" + group.size() + ")");
        for (Finding f : group) {
          // A finding about a policy read from --policies names that file, not the groups file.
          String file = f.location() != null && f.location().file() != null ? f.location().file() : r.file();
          String where = f.line() > 0 ? file + ":" + f.line() : file;
          out.println("    " + where + "  " + f.ruleId() + "  " + f.message());
          out.println("        at " + f.path());
          out.println("        fix: " + f.fix());
        }
      }
    }
    out.println(summary(files.size(), results.size(), totals, unreadable));
    out.flush();
    err.flush();
  }

  private static String count(List<Finding> findings) {
    long e = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long w = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long a = findings.stream().filter(f -> f.severity() == Severity.ADVICE).count();
    return plural(e, "error") + ", " + plural(w, "warning") + ", " + a + " advice";
  }

  private static String summary(int files, int configs, Map<Severity, Integer> totals, int unreadable) {
    return "Summary: " + plural(files, "file") + (configs > files ? " (" + configs + " groups)" : "") + ", " + plural(totals.getOrDefault(Severity.ERROR, 0), "error")
        + ", " + plural(totals.getOrDefault(Severity.WARNING, 0), "warning") + ", "
        + totals.getOrDefault(Severity.ADVICE, 0) + " advice, " + unreadable + " unreadable";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private void printJson(List<Result> results) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode filesNode = root.putArray("files");
    int errors = 0;
    int warnings = 0;
    int advice = 0;
    int unreadable = 0;
    for (Result r : results) {
      ObjectNode file = filesNode.addObject();
      file.put("file", r.file());
      file.put("readable", r.problems().isEmpty());
      unreadable += r.problems().isEmpty() ? 0 : 1;
      ArrayNode problems = file.putArray("problems");
      for (Problem p : r.problems()) {
        ObjectNode n = problems.addObject();
        n.put("code", p.code());
        n.put("line", p.line());
        n.put("column", p.column());
        n.put("path", p.path());
        n.put("message", p.message());
        n.put("hint", p.hint());
      }
      r.notes().forEach(file.putArray("notes")::add);
      ArrayNode findings = file.putArray("findings");
      for (Finding f : r.findings()) {
        ObjectNode n = findings.addObject();
        n.put("severity", f.severity().name());
        n.put("rule", f.ruleId());
        n.put("path", f.path());
        n.put("file", f.location() != null && f.location().file() != null ? f.location().file() : r.file());
        n.put("line", f.line());
        n.put("column", f.location() == null ? 0 : f.location().column());
        n.put("message", f.message());
        n.put("fix", f.fix());
        switch (f.severity()) {
          case ERROR -> errors++;
          case WARNING -> warnings++;
          case ADVICE -> advice++;
          default -> { }
        }
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("files", results.size());
    summary.put("errors", errors);
    summary.put("warnings", warnings);
    summary.put("advice", advice);
    summary.put("unreadable", unreadable);
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(mapper.writeValueAsString(root));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    out.flush();
  }
}
