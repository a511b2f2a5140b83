package dev.asgsim.aws.plan;

import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LifecycleHookSpecification;
import dev.asgsim.core.config.WarmPoolConfiguration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans the group's lifecycle hooks (PutLifecycleHook creates or replaces one, DeleteLifecycleHook) and warm pool
 * (PutWarmPool creates or replaces it, DeleteWarmPool), compared with AWS's defaults written out (aws-behaviour §6.5:
 * HeartbeatTimeout 3600, DefaultResult ABANDON; §7.6: MinSize 0, PoolState Stopped, ReuseOnScaleIn false, no
 * MaxGroupPreparedCapacity = −1). A file without hooks or without a pool leaves the live ones alone; deletions of
 * hooks the file does not list are pruned like policies (only with --prune).
 */
final class HookAndPoolChanges {
  private HookAndPoolChanges() {}

  /** The changes for a new group: its hooks go with CreateAutoScalingGroup; its pool is a call of its own. */
  static void forNewGroup(AutoScalingGroup wanted, List<Change> changes) {
    if (wanted.warmPoolConfiguration() != null) {
      changes.add(putPool(wanted.autoScalingGroupName(), wanted.warmPoolConfiguration()));
    }
  }

  static void forExistingGroup(AutoScalingGroup wanted, AutoScalingGroup live, List<Change> changes) {
    String name = wanted.autoScalingGroupName();
    if (wanted.lifecycleHookSpecificationList() != null) {
      Map<String, LifecycleHookSpecification> l = byName(live.lifecycleHookSpecificationList());
      Map<String, LifecycleHookSpecification> w = byName(wanted.lifecycleHookSpecificationList());
      for (LifecycleHookSpecification h : w.values()) {
        LifecycleHookSpecification old = l.get(h.lifecycleHookName());
        if (old == null) {
          changes.add(new Change.HookChange(Change.Kind.PUT_LIFECYCLE_HOOK, name, h, List.of()));
        } else {
          List<FieldChange> fields = RecordDiff.diff(hook(old), hook(h), true, Set.of());
          if (!fields.isEmpty()) {
            changes.add(new Change.HookChange(Change.Kind.REPLACE_LIFECYCLE_HOOK, name, h, fields));
          }
        }
      }
      for (LifecycleHookSpecification h : l.values()) {
        if (!w.containsKey(h.lifecycleHookName())) {
          changes.add(new Change.HookChange(Change.Kind.DELETE_LIFECYCLE_HOOK, name, h, List.of()));
        }
      }
    }
    WarmPoolConfiguration wp = wanted.warmPoolConfiguration();
    WarmPoolConfiguration lp = live.warmPoolConfiguration();
    if (wp != null && lp == null) {
      changes.add(putPool(name, wp));
    } else if (wp != null) {
      List<FieldChange> fields = RecordDiff.diff(pool(lp), pool(wp), false, Set.of());
      if (!fields.isEmpty()) {
        changes.add(new Change.WarmPoolChange(Change.Kind.REPLACE_WARM_POOL, name, wp, fields));
      }
    }
  }

  private static Change putPool(String group, WarmPoolConfiguration w) {
    return new Change.WarmPoolChange(Change.Kind.PUT_WARM_POOL, group, w,
        List.of(new FieldChange("WarmPoolConfiguration", null, pool(w))));
  }

  /** AWS's defaults written out, so that a file leaving them out equals what AWS reports. */
  static LifecycleHookSpecification hook(LifecycleHookSpecification h) {
    return new LifecycleHookSpecification(h.lifecycleHookName(), h.lifecycleTransition(), h.effectiveHeartbeatTimeout(),
        h.effectiveDefaultResult(), h.notificationMetadata(), h.notificationTargetARN(), h.roleARN());
  }

  static WarmPoolConfiguration pool(WarmPoolConfiguration w) {
    Integer prepared = w.maxGroupPreparedCapacity() == null || w.maxGroupPreparedCapacity() < 0 ? null
        : w.maxGroupPreparedCapacity();
    boolean reuse = w.instanceReusePolicy() != null
        && Boolean.TRUE.equals(w.instanceReusePolicy().reuseOnScaleIn());
    return new WarmPoolConfiguration(w.minSize() == null ? 0 : w.minSize(), prepared,
        w.poolState() == null ? "Stopped" : w.poolState(), new WarmPoolConfiguration.InstanceReusePolicy(reuse));
  }

  /** The live pool when the file has none: kept unless pruned (DeleteWarmPool). */
  static void prunePool(AutoScalingGroup wanted, AutoScalingGroup live, List<Change> changes) {
    if (wanted.warmPoolConfiguration() == null && live.warmPoolConfiguration() != null) {
      changes.add(new Change.WarmPoolChange(Change.Kind.DELETE_WARM_POOL, wanted.autoScalingGroupName(),
          live.warmPoolConfiguration(), List.of()));
    }
  }

  private static Map<String, LifecycleHookSpecification> byName(List<LifecycleHookSpecification> hooks) {
    Map<String, LifecycleHookSpecification> out = new TreeMap<>();
    for (LifecycleHookSpecification h : hooks == null ? List.<LifecycleHookSpecification>of() : hooks) {
      if (h != null && h.lifecycleHookName() != null) {
        out.put(h.lifecycleHookName(), h);
      }
    }
    return out;
  }
}
