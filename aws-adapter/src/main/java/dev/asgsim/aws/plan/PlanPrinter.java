package dev.asgsim.aws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.aws.client.AwsTarget;
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
    StringBuilder out = new StringBuilder();
    if (plan.isEmpty()) {
      out.append("No changes. The live group ").append(plan.groupName()).append(" matches the file.\n");
    } else {
      out.append("asgsim will perform these actions on group ").append(plan.groupName()).append(":\n\n");
      plan.changes().forEach(c -> change(c, out));
      out.append('\n').append(String.format(Locale.ROOT, "Plan: %d to add, %d to change, %d to destroy",
          plan.count('+'), plan.count('~'), plan.count('-')));
      long manual = plan.count('!');
      if (manual > 0) {
        out.append(String.format(Locale.ROOT, ", %d to change by hand", manual));
      }
      out.append(".\n");
    }
    if (!plan.unmanaged().isEmpty()) {
      out.append("\nNot in the file, so not managed (kept as they are; --prune would make these changes):\n\n");
      plan.unmanaged().forEach(c -> change(c, out));
    }
    return out.toString();
  }

  private static void change(Change c, StringBuilder out) {
    out.append("  ").append(c.headline()).append('\n');
    for (FieldChange f : c.fields()) {
      out.append("      ").append(line(c.kind(), f)).append('\n');
    }
    if (c instanceof Change.NamesChange n && n.names().size() == GroupMetrics.ALL.size()
        && n.names().containsAll(GroupMetrics.ALL)) {
      out.append("      ").append(c.kind().symbol()).append(" all ").append(n.names().size())
          .append(" group metrics\n");
    } else if (c instanceof Change.NamesChange n && c.fields().isEmpty()) {
      for (String name : n.names()) {
        out.append("      ").append(c.kind().symbol()).append(' ').append(name).append('\n');
      }
    }
    if (c.note() != null) {
      out.append("      # ").append(c.note()).append('\n');
    }
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
    return json(plan, null);
  }

  /** The plan as JSON, naming the account and Region first when {@code target} is given. */
  public static String json(Plan plan, AwsTarget target) {
    ObjectNode root = JSON.createObjectNode();
    if (target != null) {
      root.put("Account", target.account());
      root.put("Region", target.region());
    }
    root.put("Group", plan.groupName());
    root.put("GroupExists", plan.groupExists());
    changes(root.putArray("Changes"), plan.changes());
    changes(root.putArray("Unmanaged"), plan.unmanaged());
    ObjectNode summary = root.putObject("Summary");
    summary.put("Add", plan.count('+'));
    summary.put("Change", plan.count('~'));
    summary.put("Destroy", plan.count('-'));
    summary.put("Manual", plan.count('!'));
    summary.put("Unmanaged", plan.unmanaged().size());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void changes(ArrayNode into, List<Change> changes) {
    for (Change c : changes) {
      ObjectNode n = into.addObject();
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
      if (c instanceof Change.NamesChange names) {
        n.set("Items", JSON.valueToTree(names.names()));
      } else if (c instanceof Change.TagsChange tags) {
        n.set("Items", JSON.valueToTree(tags.tags()));
      }
      if (c.note() != null) {
        n.put("Note", c.note());
      }
    }
  }
}
