package dev.asgsim.aws.plan;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.Tag;
import dev.asgsim.core.config.WarmPoolConfiguration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One step of a plan, typed by what it sends: a group, a list of names, tags, a policy, a scheduled action, a
 * lifecycle hook, a warm pool, or nothing (a difference to make by hand). The applier matches on the record, so no step carries an untyped payload.
 */
public sealed interface Change {

  Kind kind();

  /** What the step acts on, as printed: the group name, or a quoted policy or action name. */
  String subject();

  List<FieldChange> fields();

  /** A remark printed under the step ({@code # ...}), or null. */
  String note();

  /** One line: {@code ~ replace policy "cpu50"}. */
  default String headline() {
    return kind().symbol() + " " + kind().verb() + " " + subject();
  }

  /** CreateAutoScalingGroup or UpdateAutoScalingGroup with the file's group ({@code fields}: what differs). */
  record GroupChange(Kind kind, AutoScalingGroup group, List<FieldChange> fields) implements Change {
    public GroupChange {
      requireKind(kind, EnumSet.of(Kind.CREATE_GROUP, Kind.UPDATE_GROUP));
      Objects.requireNonNull(group);
      fields = List.copyOf(fields);
    }

    @Override
    public String subject() {
      return group.autoScalingGroupName();
    }

    @Override
    public String note() {
      return null;
    }
  }

  /** Attach/detach target groups or load balancers, enable/disable metrics: the names involved. */
  record NamesChange(Kind kind, String subject, List<String> names, List<FieldChange> fields) implements Change {
    public NamesChange {
      requireKind(kind, EnumSet.of(Kind.ATTACH_TARGET_GROUPS, Kind.DETACH_TARGET_GROUPS, Kind.ATTACH_LOAD_BALANCERS,
          Kind.DETACH_LOAD_BALANCERS, Kind.ENABLE_METRICS, Kind.DISABLE_METRICS));
      names = List.copyOf(names);
      fields = List.copyOf(fields);
    }

    @Override
    public String note() {
      return null;
    }
  }

  /** CreateOrUpdateTags or DeleteTags on the group. */
  record TagsChange(Kind kind, String subject, List<Tag> tags, List<FieldChange> fields) implements Change {
    public TagsChange {
      requireKind(kind, EnumSet.of(Kind.PUT_TAGS, Kind.DELETE_TAGS));
      tags = List.copyOf(tags);
      fields = List.copyOf(fields);
    }

    @Override
    public String note() {
      return null;
    }
  }

  /** PutScalingPolicy (new or replacing) or DeletePolicy. */
  record PolicyChange(Kind kind, ScalingPolicy policy, List<FieldChange> fields, String note) implements Change {
    public PolicyChange {
      requireKind(kind, EnumSet.of(Kind.PUT_POLICY, Kind.REPLACE_POLICY, Kind.DELETE_POLICY));
      Objects.requireNonNull(policy);
      fields = List.copyOf(fields);
    }

    @Override
    public String subject() {
      return Planner.quote(policy.policyName());
    }
  }

  /** PutScheduledUpdateGroupAction (new or replacing) or DeleteScheduledAction. */
  record ActionChange(Kind kind, ScheduledAction action, List<FieldChange> fields) implements Change {
    public ActionChange {
      requireKind(kind, EnumSet.of(Kind.PUT_SCHEDULED_ACTION, Kind.REPLACE_SCHEDULED_ACTION,
          Kind.DELETE_SCHEDULED_ACTION));
      Objects.requireNonNull(action);
      fields = List.copyOf(fields);
    }

    @Override
    public String subject() {
      return Planner.quote(action.scheduledActionName());
    }

    @Override
    public String note() {
      return null;
    }
  }

  /** PutLifecycleHook (new or replacing) or DeleteLifecycleHook (aws-behaviour §6.5). */
  record HookChange(Kind kind, String group, LifecycleHookSpecification hook, List<FieldChange> fields)
      implements Change {
    public HookChange {
      requireKind(kind, EnumSet.of(Kind.PUT_LIFECYCLE_HOOK, Kind.REPLACE_LIFECYCLE_HOOK, Kind.DELETE_LIFECYCLE_HOOK));
      Objects.requireNonNull(hook);
      fields = List.copyOf(fields);
    }

    @Override
    public String subject() {
      return Planner.quote(hook.lifecycleHookName());
    }

    @Override
    public String note() {
      return null;
    }
  }

  /** PutWarmPool (new or replacing) or DeleteWarmPool (aws-behaviour §7.6). */
  record WarmPoolChange(Kind kind, String subject, WarmPoolConfiguration pool, List<FieldChange> fields)
      implements Change {
    public WarmPoolChange {
      requireKind(kind, EnumSet.of(Kind.PUT_WARM_POOL, Kind.REPLACE_WARM_POOL, Kind.DELETE_WARM_POOL));
      Objects.requireNonNull(pool);
      fields = List.copyOf(fields);
    }

    @Override
    public String note() {
      return kind == Kind.DELETE_WARM_POOL ? "DeleteWarmPool terminates the pool's instances" : null;
    }
  }

  /** A difference asgsim reports but does not change; {@code note} says how to change it. */
  record ManualChange(String subject, List<FieldChange> fields, String note) implements Change {
    public ManualChange {
      fields = List.copyOf(fields);
    }

    @Override
    public Kind kind() {
      return Kind.MANUAL;
    }
  }

  private static void requireKind(Kind kind, Set<Kind> allowed) {
    if (!allowed.contains(kind)) {
      throw new IllegalArgumentException(kind + " is not one of " + allowed);
    }
  }

  /** The kinds, in the order a plan executes them (safe order: the group before what hangs on it, deletions last). */
  enum Kind {
    CREATE_GROUP('+', "create group"),
    UPDATE_GROUP('~', "update group"),
    ATTACH_TARGET_GROUPS('+', "attach target groups"),
    ATTACH_LOAD_BALANCERS('+', "attach load balancers"),
    PUT_TAGS('+', "put tags"),
    ENABLE_METRICS('+', "enable metrics collection"),
    PUT_LIFECYCLE_HOOK('+', "put lifecycle hook"),
    REPLACE_LIFECYCLE_HOOK('~', "replace lifecycle hook"),
    PUT_WARM_POOL('+', "put warm pool"),
    REPLACE_WARM_POOL('~', "replace warm pool"),
    DISABLE_METRICS('-', "disable metrics collection"),
    PUT_POLICY('+', "put policy"),
    REPLACE_POLICY('~', "replace policy"),
    PUT_SCHEDULED_ACTION('+', "put scheduled action"),
    REPLACE_SCHEDULED_ACTION('~', "replace scheduled action"),
    DELETE_SCHEDULED_ACTION('-', "delete scheduled action"),
    DELETE_POLICY('-', "delete policy"),
    DETACH_TARGET_GROUPS('-', "detach target groups"),
    DETACH_LOAD_BALANCERS('-', "detach load balancers"),
    DELETE_TAGS('-', "delete tags"),
    DELETE_LIFECYCLE_HOOK('-', "delete lifecycle hook"),
    DELETE_WARM_POOL('-', "delete warm pool"),
    /** A difference asgsim reports but does not change (the note says how to change it). */
    MANUAL('!', "change by hand");

    private final char symbol;
    private final String verb;

    Kind(char symbol, String verb) {
      this.symbol = symbol;
      this.verb = verb;
    }

    /** Terraform's plan symbols: {@code +} add, {@code ~} change, {@code -} destroy; {@code !} not done by asgsim. */
    public char symbol() {
      return symbol;
    }

    public String verb() {
      return verb;
    }
  }
}
