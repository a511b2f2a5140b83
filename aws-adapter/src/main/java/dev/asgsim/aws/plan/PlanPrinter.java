package dev.asgsim.aws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.aws.mapping.GroupMetrics;
import dev.asgsim.core.io.ConfigMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Prints a plan like Terraform does ({@code +} add, {@code ~} change, {@code -} destroy) or as JSON. */
public final class PlanPrinter {
  private static final ObjectMapper JSON = ConfigMapper.json();
  private static final ObjectMapper COMPACT = ConfigMapper.json().disable(SerializationFeature.INDENT_OUTPUT);

  private PlanPrinter() {}

  public static String text(Plan plan) {
    if (plan.isEmpty()) {
      return "No changes. The live group " + plan.groupName() + " matches the file.\n";
    }
    StringBuilder out = new StringBuilder();
    out.append("asgsim will perform these actions on group ").append(plan.groupName()).append(":\n\n");
    for (Change c : plan.changes()) {
      out.append("  ").append(c.headline()).append('\n');
      for (FieldChange f : c.fields()) {
        out.append("      ").append(line(c.kind(), f)).append('\n');
      }
      if (c.payload() instanceof List<?> names && names.size() == GroupMetrics.ALL.size()
          && names.containsAll(GroupMetrics.ALL)) {
        out.append("      ").append(c.kind().symbol()).append(" all ").append(names.size())
            .append(" group metrics\n");
      } else if (c.payload() instanceof List<?> names && c.fields().isEmpty()) {
        for (Object n : names) {
          out.append("      ").append(c.kind().symbol()).append(' ').append(value(n)).append('\n');
        }
      }
      if (c.note() != null) {
        out.append("      # ").append(c.note()).append('\n');
      }
    }
    out.append('\n').append(String.format(Locale.ROOT, "Plan: %d to add, %d to change, %d to destroy",
        plan.count('+'), plan.count('~'), plan.count('-')));
    long manual = plan.count('!');
    if (manual > 0) {
      out.append(String.format(Locale.ROOT, ", %d to change by hand", manual));
    }
    out.append(".\n");
    return out.toString();
  }

  private static String line(Change.Kind kind, FieldChange f) {
    if (kind == Change.Kind.CREATE_GROUP) {
      return f.field() + ": " + value(f.newValue());
    }
    if (f.oldValue() == null) {
      return "+ " + f.field() + ": " + value(f.newValue());
    }
    if (f.newValue() == null) {
      return "- " + f.field() + ": " + value(f.oldValue());
    }
    return "~ " + f.field() + ": " + value(f.oldValue()) + " -> " + value(f.newValue());
  }

  /** Scalars as written in the file; records and lists as one-line JSON with the file's member names. */
  static String value(Object v) {
    if (v == null) {
      return "(none)";
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    try {
      return COMPACT.writeValueAsString(v);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String json(Plan plan) {
    ObjectNode root = JSON.createObjectNode();
    root.put("Group", plan.groupName());
    root.put("GroupExists", plan.groupExists());
    ArrayNode changes = root.putArray("Changes");
    for (Change c : plan.changes()) {
      ObjectNode n = changes.addObject();
      n.put("Action", String.valueOf(c.kind().symbol()));
      n.put("Kind", c.kind().name());
      n.put("Subject", c.subject());
      ArrayNode fields = n.putArray("Fields");
      for (FieldChange f : c.fields()) {
        ObjectNode fn = fields.addObject();
        fn.put("Field", f.field());
        fn.set("Old", JSON.valueToTree(f.oldValue()));
        fn.set("New", JSON.valueToTree(f.newValue()));
      }
      if (c.payload() instanceof List<?> names) {
        n.set("Items", JSON.valueToTree(names));
      }
      if (c.note() != null) {
        n.put("Note", c.note());
      }
    }
    ObjectNode summary = root.putObject("Summary");
    summary.put("Add", plan.count('+'));
    summary.put("Change", plan.count('~'));
    summary.put("Destroy", plan.count('-'));
    summary.put("Manual", plan.count('!'));
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
