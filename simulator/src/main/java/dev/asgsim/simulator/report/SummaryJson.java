package dev.asgsim.simulator.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.config.LoadSettings;
import dev.asgsim.core.config.SimulationSettings;
import dev.asgsim.core.io.ConfigMapper;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.SimulationResult;
import dev.asgsim.simulator.StartState;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.score.Scores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code summary.json}: the run (seed, start, minutes), the load that ran, every score, the alarms and policies (the
 * timeline's columns), and the config used.
 */
public final class SummaryJson {
  private static final ObjectMapper CONFIG = ConfigMapper.json();

  private SummaryJson() {}

  public static Map<String, Object> tree(SimulationResult r) {
    return tree(r, r.activities().size());
  }

  /** @param activities how many activities the run recorded (a streaming run keeps none in its result) */
  public static Map<String, Object> tree(SimulationResult r, int activities) {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("group", r.config().autoScalingGroup().autoScalingGroupName());
    run.put("instanceType", r.instanceType());
    run.put("seed", r.seed());
    run.put("start", Instant.ofEpochSecond(r.startEpochSecond()).toString());
    run.put("end", Instant.ofEpochSecond(r.startEpochSecond() + 60L * r.minutes()).toString());
    run.put("minutes", r.minutes());
    StartState st = r.startState();
    Map<String, Object> initial = new LinkedHashMap<>();
    initial.put("mode", st.mode().name());
    initial.put("desired", st.desired());
    initial.put("desiredFrom", st.desiredFrom());
    initial.put("minSize", st.minSize());
    initial.put("maxSize", st.maxSize());
    initial.put("scheduleInForce", st.scheduleInForce());
    initial.put("credits", Numbers.json(st.credits()));
    initial.put("burnInMinutes", st.burnInMinutes());
    run.put("initialState", initial);
    run.put("outsideTargets", outsideTargets(r));
    root.put("run", run);
    Map<String, Object> load = new LinkedHashMap<>();
    load.put("description", r.loadDescription());
    LoadSettings fileLoad = r.config().load();
    // The load that ran, never the file's when --load replaced it (issue 17 item 8): the file's Load then is only
    // named as not used, and left out of the config echo below.
    boolean replaced = fileLoad != null && fileLoad.spec() != null && !fileLoad.spec().equals(r.loadDescription());
    if (replaced) {
      load.put("configLoadNotUsed", "the command line's load replaced the config's Load (" + fileLoad.spec() + ")");
    } else if (fileLoad != null && fileLoad.description() != null) {
      load.put("configDescription", fileLoad.description());
    }
    load.put("notes", r.notes());
    if (r.traceEnd() != null) {
      Map<String, Object> end = new LinkedHashMap<>();
      end.put("policy", r.traceEnd().policy());
      end.put("traceMinutes", r.traceEnd().traceMinutes());
      end.put("requestedMinutes", r.traceEnd().requestedMinutes());
      load.put("traceEnd", end);
    }
    root.put("load", load);
    root.put("scores", scores(r.scores()));
    root.put("scaleOuts", r.decisions().stream().filter(d -> d.newDesired() > d.oldDesired()).count());
    root.put("scaleIns", r.decisions().stream().filter(d -> d.newDesired() < d.oldDesired()).count());
    root.put("activities", activities);
    root.put("alarms", alarms(r));
    root.put("policies", policies(r));
    if (!r.forecasts().isEmpty()) {
      root.put("predictive", PredictiveJson.tree(r));
    }
    ObjectNode config = CONFIG.valueToTree(r.config());
    if (replaced) {
      config.remove("Load");
    }
    root.put("config", config);
    return root;
  }

  public static String render(SimulationResult r) {
    return Json.write(tree(r));
  }

  public static String render(SimulationResult r, int activities) {
    return Json.write(tree(r, activities));
  }

  /** Targets outside the group sharing the load balancer (aws-behaviour §12.1a): whether the run simulated any. */
  private static Map<String, Object> outsideTargets(SimulationResult r) {
    SimulationSettings.OutsideTargets o = r.config().effectiveSimulation().effectiveOutsideTargets();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("simulated", o.effectiveCount() > 0 && r.config().autoScalingGroup().hasLoadBalancer());
    m.put("count", o.effectiveCount());
    m.put("instanceType", o.instanceType() == null ? r.instanceType() : o.instanceType());
    m.put("healthy", o.effectiveHealthy());
    return m;
  }

  private static Map<String, Object> alarms(SimulationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("high", r.highAlarmName());
    m.put("highThreshold", Numbers.json(r.highThreshold()));
    m.put("low", r.lowAlarmName());
    m.put("lowThreshold", Numbers.json(r.lowThreshold()));
    m.put("metric", r.metricName());
    m.put("targetValue", Numbers.json(r.targetValue()));
    // Every pair, with the timeline.csv columns of its states: a group with several policies has several.
    List<Map<String, Object>> pairs = new ArrayList<>();
    List<SimulationResult.AlarmPair> all = r.labels().alarmPairs();
    for (int k = 1; k <= all.size(); k++) {
      SimulationResult.AlarmPair a = all.get(k - 1);
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("high", a.highName());
      pair.put("highThreshold", Numbers.json(a.highThreshold()));
      pair.put("low", a.lowName());
      pair.put("lowThreshold", Numbers.json(a.lowThreshold()));
      pair.put("timelineColumns", k == 1 ? List.of("alarm_high", "alarm_low")
          : List.of("alarm_high_" + k, "alarm_low_" + k));
      pairs.add(pair);
    }
    m.put("pairs", pairs);
    return m;
  }

  /** The engine's policies in order, each with its timeline.csv {@code proposed_i} column. */
  private static List<Map<String, Object>> policies(SimulationResult r) {
    List<Map<String, Object>> list = new ArrayList<>();
    List<String> names = r.labels().policyNames();
    for (int i = 0; i < names.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", names.get(i));
      m.put("timelineColumn", "proposed_" + (i + 1));
      list.add(m);
    }
    return list;
  }

  /** Every score of {@link Score#summarised()} by its JSON name, in catalogue order; counts as whole numbers. */
  public static Map<String, Object> scores(Scores s) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Score score : Score.summarised()) {
      double v = score.of(s);
      m.put(score.jsonName(), score.whole() ? (Object) (int) v : Numbers.json(v));
    }
    return m;
  }
}
