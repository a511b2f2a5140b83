package dev.asgsim.aws.plan;

import java.util.List;

/** The ordered changes that make the live group match a config file; empty when they already match. */
public record Plan(String groupName, boolean groupExists, List<Change> changes) {
  public Plan {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Changes asgsim makes (all but {@link Change.Kind#MANUAL}). */
  public List<Change> actionable() {
    return changes.stream().filter(c -> c.kind() != Change.Kind.MANUAL).toList();
  }

  public long count(char symbol) {
    return changes.stream().filter(c -> c.kind().symbol() == symbol).count();
  }
}
