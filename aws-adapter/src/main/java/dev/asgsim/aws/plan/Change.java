package dev.asgsim.aws.plan;

import java.util.List;

/**
 * One step of a plan. {@code payload} is what the step sends: the wanted group, policy or scheduled action
 * ({@code AutoScalingGroup}, {@code ScalingPolicy}, {@code ScheduledAction}) or, for attach/detach/metrics/tags, the
 * names involved ({@code List<String>}, tags as {@code Tag} records).
 */
public record Change(Kind kind, String subject, List<FieldChange> fields, Object payload, String note) {

  public Change {
    fields = List.copyOf(fields);
  }

  /** The kinds, in the order a plan executes them (safe order: the group before what hangs on it, deletions last). */
  public enum Kind {
    CREATE_GROUP('+', "create group"),
    UPDATE_GROUP('~', "update group"),
    ATTACH_TARGET_GROUPS('+', "attach target groups"),
    ATTACH_LOAD_BALANCERS('+', "attach load balancers"),
    PUT_TAGS('+', "put tags"),
    ENABLE_METRICS('+', "enable metrics collection"),
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

  /** One line: {@code ~ replace policy "cpu50"}. */
  public String headline() {
    return kind.symbol() + " " + kind.verb() + " " + subject;
  }
}
