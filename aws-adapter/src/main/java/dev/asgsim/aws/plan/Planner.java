package dev.asgsim.aws.plan;

import dev.asgsim.aws.live.LiveState;
import dev.asgsim.aws.mapping.GroupMetrics;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.MetricsCollection;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a config with the live state and lists the changes, in the order they must run. Pure: no AWS calls, so
 * every rule is unit-tested on records.
 *
 * <p>Group members the file leaves out are not managed (AWS keeps what it has). Policies are compared whole, with
 * AWS's defaults written out, because PutScalingPolicy replaces the whole policy.
 */
public final class Planner {
  /** Group members that have their own calls, or that UpdateAutoScalingGroup cannot change. */
  private static final Set<String> NOT_UPDATED = Set.of("AutoScalingGroupName", "InstanceId", "MetricsCollection",
      "Tags", "TargetGroupARNs", "LoadBalancerNames", "TrafficSources", "LifecycleHookSpecificationList",
      "SuspendedProcesses", "WarmPoolConfiguration");

  /** Deletions of what the file does not list: made only with --prune, otherwise shown as unmanaged. */
  private static final Set<Change.Kind> PRUNED =
      Set.of(Change.Kind.DELETE_TAGS, Change.Kind.DELETE_POLICY, Change.Kind.DELETE_SCHEDULED_ACTION,
          Change.Kind.DELETE_LIFECYCLE_HOOK, Change.Kind.DELETE_WARM_POOL);

  private Planner() {}

  public static Plan plan(ScalingConfig config, LiveState live, PlanOptions options) {
    AutoScalingGroup wanted = config.autoScalingGroup();
    if (wanted == null || wanted.autoScalingGroupName() == null) {
      throw new IllegalArgumentException("the config has no AutoScalingGroup.AutoScalingGroupName");
    }
    String name = wanted.autoScalingGroupName();
    List<Change> changes = new ArrayList<>();
    if (!live.exists()) {
      changes.add(new Change.GroupChange(Change.Kind.CREATE_GROUP, wanted, createdFields(wanted)));
      if (wanted.metricsCollection() != null) {
        changes.add(new Change.NamesChange(Change.Kind.ENABLE_METRICS, name, metricNames(wanted.metricsCollection()),
            List.of()));
      }
      separateCalls(wanted, changes);
      HookAndPoolChanges.forNewGroup(wanted, changes);
      for (ScalingPolicy p : sortedPolicies(config.policies())) {
        changes.add(new Change.PolicyChange(Change.Kind.PUT_POLICY, p, List.of(), null));
      }
      for (ScheduledAction a : sortedActions(config.actions())) {
        changes.add(new Change.ActionChange(Change.Kind.PUT_SCHEDULED_ACTION, a, List.of()));
      }
      return new Plan(name, false, changes, List.of(), LiveFingerprint.of(live));
    }
    groupChanges(wanted, live.group(), options, changes);
    policyChanges(config.policies(), live, changes);
    actionChanges(config.actions(), live.actions(), changes);
    changes.sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
    if (options.prune()) {
      return new Plan(name, true, changes, List.of(), LiveFingerprint.of(live));
    }
    // Without --prune what the file does not list is left alone, but shown: drift and plan must tell one story.
    List<Change> unmanaged = changes.stream().filter(c -> PRUNED.contains(c.kind())).toList();
    List<Change> managed = changes.stream().filter(c -> !PRUNED.contains(c.kind())).toList();
    return new Plan(name, true, managed, unmanaged, LiveFingerprint.of(live));
  }

  private static void groupChanges(AutoScalingGroup wanted, AutoScalingGroup live, PlanOptions options,
      List<Change> changes) {
    String name = wanted.autoScalingGroupName();
    AutoScalingGroup w = Normalize.group(wanted);
    AutoScalingGroup l = Normalize.group(live.toBuilder()
        .mixedInstancesPolicy(Normalize.mixedLike(live.mixedInstancesPolicy(), wanted.mixedInstancesPolicy()))
        .build()).toBuilder()
        .launchTemplate(Normalize.launchTemplateLike(live.launchTemplate(), wanted.launchTemplate()))
        .build();
    Set<String> skip = new TreeSet<>(NOT_UPDATED);
    if (!options.setDesired()) {
      skip.add("DesiredCapacity");
    }
    List<FieldChange> fields = RecordDiff.diff(l, w, true, skip);
    if (!fields.isEmpty()) {
      changes.add(new Change.GroupChange(Change.Kind.UPDATE_GROUP, wanted, fields));
    }
    attachDetach(name, wanted.targetGroupARNs(), live.targetGroupARNs(), Change.Kind.ATTACH_TARGET_GROUPS,
        Change.Kind.DETACH_TARGET_GROUPS, "TargetGroupARNs", changes);
    attachDetach(name, wanted.loadBalancerNames(), live.loadBalancerNames(), Change.Kind.ATTACH_LOAD_BALANCERS,
        Change.Kind.DETACH_LOAD_BALANCERS, "LoadBalancerNames", changes);
    tagChanges(name, wanted.tags(), live.tags(), changes);
    metricsChanges(name, wanted.metricsCollection(), live.metricsCollection(), changes);
    if (wanted.trafficSources() != null && !Objects.equals(Set.copyOf(wanted.trafficSources()),
        live.trafficSources() == null ? Set.of() : Set.copyOf(live.trafficSources()))) {
      changes.add(new Change.ManualChange(name,
          List.of(new FieldChange("TrafficSources", live.trafficSources(), wanted.trafficSources())),
          "use aws autoscaling attach-traffic-sources / detach-traffic-sources"));
    }
    separateCalls(wanted, changes);
    HookAndPoolChanges.forExistingGroup(wanted, live, changes);
    HookAndPoolChanges.prunePool(wanted, live, changes);
  }

  /**
   * SuspendedProcesses have their own calls (SuspendProcesses), which this version does not make: the plan lists them
   * as a manual step rather than dropping them silently.
   */
  private static void separateCalls(AutoScalingGroup wanted, List<Change> changes) {
    String name = wanted.autoScalingGroupName();
    if (wanted.suspendedProcesses() != null && !wanted.suspendedProcesses().isEmpty()) {
      changes.add(new Change.ManualChange(name, List.of(new FieldChange("SuspendedProcesses", null,
          wanted.suspendedProcesses())), "use aws autoscaling suspend-processes / resume-processes"));
    }
  }

  private static void attachDetach(String name, List<String> wanted, List<String> live, Change.Kind attach,
      Change.Kind detach, String member, List<Change> changes) {
    if (wanted == null) {
      return;
    }
    Set<String> w = new TreeSet<>(wanted);
    Set<String> l = live == null ? new TreeSet<>() : new TreeSet<>(live);
    List<String> add = w.stream().filter(x -> !l.contains(x)).toList();
    List<String> remove = l.stream().filter(x -> !w.contains(x)).toList();
    if (!add.isEmpty()) {
      changes.add(new Change.NamesChange(attach, name, add, List.of(new FieldChange(member, null, add))));
    }
    if (!remove.isEmpty()) {
      changes.add(new Change.NamesChange(detach, name, remove, List.of(new FieldChange(member, remove, null))));
    }
  }

  private static void tagChanges(String name, List<Tag> wanted, List<Tag> live, List<Change> changes) {
    if (wanted == null) {
      return;
    }
    Map<String, Tag> l = new TreeMap<>();
    for (Tag t : live == null ? List.<Tag>of() : live) {
      l.put(t.key(), t);
    }
    List<Tag> put = new ArrayList<>();
    List<FieldChange> fields = new ArrayList<>();
    Set<String> wantedKeys = new TreeSet<>();
    for (Tag t : wanted) {
      wantedKeys.add(t.key());
      Tag old = l.get(t.key());
      boolean propagate = Boolean.TRUE.equals(t.propagateAtLaunch());
      if (old == null || !Objects.equals(old.value(), t.value())
          || propagate != Boolean.TRUE.equals(old.propagateAtLaunch())) {
        put.add(t);
        fields.add(new FieldChange("Tags." + t.key(), old == null ? null : old.value(), t.value()));
      }
    }
    if (!put.isEmpty()) {
      changes.add(new Change.TagsChange(Change.Kind.PUT_TAGS, name, put, fields));
    }
    List<Tag> extra = l.values().stream().filter(t -> !wantedKeys.contains(t.key())).toList();
    if (!extra.isEmpty()) {
      changes.add(new Change.TagsChange(Change.Kind.DELETE_TAGS, name, extra,
          extra.stream().map(t -> new FieldChange("Tags." + t.key(), t.value(), null)).toList()));
    }
  }

  private static void metricsChanges(String name, MetricsCollection wanted, MetricsCollection live,
      List<Change> changes) {
    if (wanted == null) {
      return;
    }
    Set<String> w = new TreeSet<>(metricNames(wanted));
    Set<String> l = live == null ? new TreeSet<>() : new TreeSet<>(metricNames(live));
    List<String> enable = w.stream().filter(x -> !l.contains(x)).toList();
    List<String> disable = l.stream().filter(x -> !w.contains(x)).toList();
    if (!enable.isEmpty()) {
      changes.add(new Change.NamesChange(Change.Kind.ENABLE_METRICS, name, enable, List.of()));
    }
    if (!disable.isEmpty()) {
      changes.add(new Change.NamesChange(Change.Kind.DISABLE_METRICS, name, disable, List.of()));
    }
  }

  private static void policyChanges(List<ScalingPolicy> wanted, LiveState live, List<Change> changes) {
    Map<String, ScalingPolicy> byName = new TreeMap<>();
    for (ScalingPolicy p : live.policies()) {
      byName.put(p.policyName(), p);
    }
    Set<String> wantedNames = new TreeSet<>();
    for (ScalingPolicy p : sortedPolicies(wanted)) {
      wantedNames.add(p.policyName());
      ScalingPolicy old = byName.get(p.policyName());
      if (old == null) {
        changes.add(new Change.PolicyChange(Change.Kind.PUT_POLICY, p, List.of(), null));
        continue;
      }
      // The alarm is compared only when the file manages it: a file without one leaves the live alarm alone.
      boolean manageAlarm = p.alarm() != null;
      List<FieldChange> fields = RecordDiff.diff(Normalize.policy(old, manageAlarm), Normalize.policy(p, manageAlarm),
          false, Set.of());
      if (!fields.isEmpty()) {
        changes.add(new Change.PolicyChange(Change.Kind.REPLACE_POLICY, p, fields, null));
      }
    }
    for (ScalingPolicy p : live.policies()) {
      if (!wantedNames.contains(p.policyName())) {
        changes.add(new Change.PolicyChange(Change.Kind.DELETE_POLICY, p, List.of(),
            p.alarm() == null ? null : "its alarm " + p.alarm().alarmName() + " is kept (delete it in CloudWatch)"));
      }
    }
  }

  private static void actionChanges(List<ScheduledAction> wanted, List<ScheduledAction> live,
      List<Change> changes) {
    Map<String, ScheduledAction> byName = new TreeMap<>();
    for (ScheduledAction a : live) {
      byName.put(a.scheduledActionName(), a);
    }
    Set<String> wantedNames = new TreeSet<>();
    for (ScheduledAction a : sortedActions(wanted)) {
      wantedNames.add(a.scheduledActionName());
      ScheduledAction old = byName.get(a.scheduledActionName());
      if (old == null) {
        changes.add(new Change.ActionChange(Change.Kind.PUT_SCHEDULED_ACTION, a, List.of()));
        continue;
      }
      // AWS fills StartTime (next run) and TimeZone on read: only members the file sets are compared.
      List<FieldChange> fields = RecordDiff.diff(old, a, true, Set.of());
      if (!fields.isEmpty()) {
        changes.add(new Change.ActionChange(Change.Kind.REPLACE_SCHEDULED_ACTION, a, fields));
      }
    }
    for (ScheduledAction a : live) {
      if (!wantedNames.contains(a.scheduledActionName())) {
        changes.add(new Change.ActionChange(Change.Kind.DELETE_SCHEDULED_ACTION, a, List.of()));
      }
    }
  }

  /** The members a create sends, for the printed plan. */
  private static List<FieldChange> createdFields(AutoScalingGroup g) {
    List<FieldChange> out = new ArrayList<>();
    for (FieldChange f : RecordDiff.diff(AutoScalingGroup.builder().build(), g, true,
        Set.of("AutoScalingGroupName", "MetricsCollection", "SuspendedProcesses", "WarmPoolConfiguration"))) {
      out.add(new FieldChange(f.field(), null, f.newValue()));
    }
    return out;
  }

  static List<String> metricNames(MetricsCollection m) {
    return m.metrics() == null || m.metrics().isEmpty() ? GroupMetrics.ALL : m.metrics().stream().sorted().toList();
  }

  private static List<ScalingPolicy> sortedPolicies(List<ScalingPolicy> in) {
    return in.stream().sorted((a, b) -> String.valueOf(a.policyName()).compareTo(String.valueOf(b.policyName())))
        .toList();
  }

  private static List<ScheduledAction> sortedActions(List<ScheduledAction> in) {
    return in.stream().sorted((a, b) -> String.valueOf(a.scheduledActionName())
        .compareTo(String.valueOf(b.scheduledActionName()))).toList();
  }

  static String quote(String s) {
    return "\"" + s + "\"";
  }
}
