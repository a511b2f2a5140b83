package dev.asgsim.aws.plan;

import java.util.List;

/**
 * The ordered changes that make the live group match a config file; empty when they already match.
 *
 * @param unmanaged live policies, scheduled actions and tags the file does not list: left alone, and deleted only
 *                  when planned with {@code --prune} (then they are among {@code changes} instead)
 * @param liveFingerprint the {@link LiveFingerprint} of the live state the plan was computed from
 */
public record Plan(String groupName, boolean groupExists, List<Change> changes, List<Change> unmanaged,
    String liveFingerprint) {
  public Plan {
    changes = List.copyOf(changes);
    unmanaged = List.copyOf(unmanaged);
  }

  /** A plan made from no particular live state (tests, hand-made plans). */
  public Plan(String groupName, boolean groupExists, List<Change> changes) {
    this(groupName, groupExists, changes, List.of(), null);
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
