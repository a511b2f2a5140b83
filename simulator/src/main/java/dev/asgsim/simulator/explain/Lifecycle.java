package dev.asgsim.simulator.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asgsim.simulator.report.InstanceStep;
import dev.asgsim.core.text.Numbers;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The sentences {@code explain} adds for a group with a warm pool or lifecycle hooks: where the capacity of the moment
 * came from (from the warm pool, in which pool state, InService when; or a cold launch), what left the group or the
 * pool, the pool's size and the instances held in hooks — in AWS's words (aws-behaviour §6.5, §7.6, §10.3).
 */
final class Lifecycle {
  /** Instance activities named one by one; the rest are counted. */
  static final int LISTED = 4;

  private Lifecycle() {}

  /** Whether the run's group had a warm pool or lifecycle hooks (summary.json's config). */
  static boolean present(JsonNode summary) {
    JsonNode g = summary.path("config").path("AutoScalingGroup");
    return g.hasNonNull("WarmPoolConfiguration") || g.path("LifecycleHookSpecificationList").size() > 0;
  }

  /** Appends the sentences for the minute starting at {@code minuteStart}, given that minute's timeline row. */
  static void describe(StringBuilder p, RunFiles run, Map<String, String> row, long minuteStart,
      LongFunction<String> time) {
    if (!present(run.summary)) {
      return;
    }
    JsonNode g = run.summary.path("config").path("AutoScalingGroup");
    JsonNode pool = g.path("WarmPoolConfiguration");
    String state = "Warmed:" + pool.path("PoolState").asText("Stopped");
    List<String> told = new ArrayList<>();
    int more = 0;
    for (RunFiles.Step s : run.steps) {
      if (s.start() >= minuteStart + 60) {
        break;
      }
      if (s.end() <= minuteStart) {
        continue;
      }
      if (told.size() == LISTED) {
        more++;
        continue;
      }
      told.add(step(s, state, !pool.isMissingNode(), time));
    }
    if (!told.isEmpty()) {
      p.append("Instance activities in progress: ").append(String.join("; ", told))
          .append(more == 0 ? "" : "; and " + more + " more").append(". ");
    }
    if (!pool.isMissingNode() && row.containsKey("warm_pool")) {
      int desired = Integer.parseInt(row.get("desired"));
      boolean prepared = pool.hasNonNull("MaxGroupPreparedCapacity");
      int cap = prepared ? pool.get("MaxGroupPreparedCapacity").asInt() : g.path("MaxSize").asInt();
      int min = pool.path("MinSize").asInt(0);
      p.append("The warm pool held ").append(row.get("warm_pool")).append(" instances (").append(state)
          .append(" or on their way there); its size follows max(MinSize, ")
          .append(prepared ? "MaxGroupPreparedCapacity" : "MaxSize").append(" - desired) = max(").append(min)
          .append(", ").append(cap).append(" - ").append(desired).append(") = ")
          .append(Math.max(min, cap - desired)).append(" (aws-behaviour §7.6). ");
    }
    if (row.containsKey("hook_wait")) {
      p.append(row.get("hook_wait")).append(" instances were held by lifecycle hooks (Pending:Wait, "
          + "Terminating:Wait or their Warmed: forms)");
      JsonNode timings = run.summary.path("config").path("Simulation").path("LifecycleHooks");
      List<String> hooks = new ArrayList<>();
      for (JsonNode h : g.path("LifecycleHookSpecificationList")) {
        hooks.add(hook(h, timings.path(h.path("LifecycleHookName").asText()), !pool.isMissingNode()));
      }
      p.append(hooks.isEmpty() ? "" : ": " + String.join("; ", hooks)).append(" (aws-behaviour §6.5). ");
    }
  }

  /**
   * The run-wide account of a warm pool, from the run's own files: its configuration, the instances launched into it,
   * taken from it by scale-outs (against cold launches), returned to it by scale-ins, its size over the run and its
   * cost (aws-behaviour §7.6; the activities counted by AWS's Descriptions, §10.3). Nothing without a pool.
   */
  static void overview(StringBuilder p, RunFiles run) {
    JsonNode pool = run.summary.path("config").path("AutoScalingGroup").path("WarmPoolConfiguration");
    if (pool.isMissingNode() || pool.isNull()) {
      return;
    }
    int[] n = new int[InstanceStep.values().length];
    for (RunFiles.Step s : run.steps) {
      InstanceStep kind = InstanceStep.of(s.description());
      if (kind != null) {
        n[kind.ordinal()]++;
      }
    }
    boolean reuse = pool.path("InstanceReusePolicy").path("ReuseOnScaleIn").asBoolean(false);
    p.append("\nThe warm pool (Warmed:").append(pool.path("PoolState").asText("Stopped")).append(", MinSize ")
        .append(pool.path("MinSize").asInt(0)).append(", MaxGroupPreparedCapacity ")
        .append(pool.hasNonNull("MaxGroupPreparedCapacity") ? pool.get("MaxGroupPreparedCapacity").asText()
            : "unset, so MaxSize").append(", ReuseOnScaleIn ").append(reuse).append("; aws-behaviour §7.6):")
        .append("\n  launched into it: ").append(count(n, InstanceStep.INTO_POOL))
        .append(";\n  taken from it by scale-outs: ").append(count(n, InstanceStep.FROM_POOL)).append(", against ")
        .append(count(n, InstanceStep.LAUNCH)).append(" cold")
        .append(";\n  returned to it by scale-ins: ").append(count(n, InstanceStep.TO_POOL))
        .append(reuse ? "" : ", as ReuseOnScaleIn is off (scale-ins terminate)");
    DoubleSummaryStatistics size = run.column("warm_pool");
    if (size != null && size.getCount() > 0) {
      p.append(";\n  its size: ").append(Numbers.decimals(size.getMin(), 0)).append(" to ")
          .append(Numbers.decimals(size.getMax(), 0)).append(" instances, mean ")
          .append(Numbers.decimals(size.getAverage(), 2)).append(" (timeline.csv's warm_pool)");
    }
    JsonNode scores = run.summary.path("scores");
    p.append(";\n  its cost: $").append(Numbers.decimals(scores.path("warmPoolCost").asDouble(), 6))
        .append(" of the run's $").append(Numbers.decimals(scores.path("cost").asDouble(), 6))
        .append(" (warmPoolCost: running time, EBS while Stopped or Hibernated, also while terminating).");
  }

  /** {@code 5 ("Launching a new EC2 instance into warm pool")}. */
  private static String count(int[] n, InstanceStep kind) {
    return n[kind.ordinal()] + " (\"" + kind.words() + "\")";
  }

  private static String step(RunFiles.Step s, String state, boolean pooled, LongFunction<String> time) {
    String d = s.description();
    String id = d.substring(d.lastIndexOf(' ') + 1);
    InstanceStep kind = InstanceStep.of(d);
    if (kind == null) {
      return "\"" + d + "\" from " + time.apply(s.start());
    }
    String words = "\"" + kind.words() + "\"";
    String from = " from " + time.apply(s.start());
    if (s.end() == Long.MAX_VALUE) {
      return id + " " + words + from + ", still in progress when the run ended";
    }
    // A scale-out's launch activity ends when its warm-up does, any other launch's at InService (ActivityRecorder).
    String running = ", InService at " + time.apply(s.end() - s.warmupSeconds())
        + (s.warmupSeconds() > 0 ? ", warmed up at " + time.apply(s.end()) : "");
    return switch (kind) {
      case FROM_POOL -> id + " came from the warm pool (" + words + "): started from " + state + " at "
          + time.apply(s.start()) + running;
      case LAUNCH -> id + (pooled ? " a cold launch, not from the warm pool (" : " launching (") + words + ")" + from
          + running;
      case INTO_POOL -> id + " launching into the warm pool (" + words + ")" + from + " through Warmed:Pending, in "
          + state + " at " + time.apply(s.end());
      case TO_POOL -> id + " returning to the warm pool (" + words + ", ReuseOnScaleIn)" + from + ", back in " + state
          + " at " + time.apply(s.end());
      case TERMINATE -> id + " terminating (" + words + ")" + from + ", terminated at " + time.apply(s.end());
    };
  }

  /** A hook and how long the run's settings hold an instance in it. */
  private static String hook(JsonNode h, JsonNode timing, boolean pooled) {
    boolean launch = h.path("LifecycleTransition").asText().endsWith("LAUNCHING");
    String waits = launch ? "Pending:Wait" + (pooled ? " (Warmed:Pending:Wait while filling the pool)" : "")
        : "Terminating:Wait";
    StringBuilder s = new StringBuilder((launch ? "launch" : "terminate") + " hook \""
        + h.path("LifecycleHookName").asText() + "\" holds an instance in " + waits + " ");
    if (timing.hasNonNull("HoldSeconds")) {
      s.append(timing.get("HoldSeconds").asInt()).append(" s");
      if (launch && pooled && timing.hasNonNull("WarmStartHoldSeconds")) {
        s.append(", ").append(timing.get("WarmStartHoldSeconds").asInt()).append(" s when it starts from the pool");
      }
    } else {
      s.append("its full HeartbeatTimeout (").append(h.path("HeartbeatTimeout").asInt(3600))
          .append(" s), then DefaultResult ").append(h.path("DefaultResult").asText("ABANDON"));
    }
    return s.toString();
  }
}
