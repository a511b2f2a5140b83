package dev.asgsim.simulator.sweep.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.text.Numbers;
import dev.asgsim.simulator.score.Score;
import dev.asgsim.simulator.sweep.Axis;
import dev.asgsim.simulator.sweep.Estimate;
import dev.asgsim.simulator.sweep.Finding;
import dev.asgsim.simulator.sweep.LoadCase;
import dev.asgsim.simulator.sweep.PointResult;
import dev.asgsim.simulator.sweep.Recommendation;
import dev.asgsim.simulator.sweep.SloMiss;
import dev.asgsim.simulator.sweep.SweepDefinition;
import dev.asgsim.simulator.sweep.SweepResult;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The sweep for machines ({@code --json}): setup, every row with its estimates and missed SLO bounds, the
 * recommendation (the configuration to apply, what comes closest, a cheaper bench plug-in), findings.
 */
public final class SweepJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private SweepJson() {}

  public static String json(SweepResult result, Recommendation r) {
    SweepDefinition def = result.definition();
    ObjectNode root = F.objectNode();
    root.put("complete", result.complete());
    ArrayNode axes = root.putArray("axes");
    for (Axis a : def.axes()) {
      ObjectNode o = axes.addObject();
      o.put("name", a.name());
      o.putArray("values").addAll(a.values());
    }
    ArrayNode loads = root.putArray("loads");
    for (LoadCase l : def.loads()) {
      loads.addObject().put("name", l.name()).put("spec", l.spec()).put("duration", l.duration())
          .put("scale", l.scale());
    }
    root.put("seeds", def.seeds());
    root.put("seed", def.seed());
    ObjectNode slo = root.putObject("slo");
    def.slo().maxima().forEach((k, v) -> slo.set(k.scoreName(), number(v)));
    root.put("sloStatistic", def.slo().statistic().name());
    root.put("objective", def.objective().scoreName());

    ObjectNode rec = root.putObject("recommendation");
    rec.put("found", r.found());
    rec.put("text", RecommendationText.describe(r, def));
    rec.set("chosen", summary(r.chosen()));
    rec.set("closest", summary(r.closest()));
    rec.set("benchBest", summary(r.benchBest()));
    rec.set("base", summary(r.base()));
    rec.set("saving", number(r.saving()));
    rec.set("savingPercent", number(r.savingPercent()));
    rec.put("sloMetric", r.sloScore() == null ? null : r.sloScore().scoreName());
    ArrayNode front = rec.putArray("paretoFront");
    r.front().forEach(i -> front.add(r.summaries().get(i).point().index()));

    ArrayNode rows = root.putArray("rows");
    for (PointResult row : result.rows()) {
      ObjectNode o = rows.addObject();
      o.put("point", row.point().index());
      ObjectNode values = o.putObject("values");
      for (int i = 0; i < def.axes().size(); i++) {
        values.set(def.axes().get(i).name(), row.point().values().get(i));
      }
      o.put("load", row.load().name());
      if (!def.slo().isEmpty()) {
        o.put("meetsSlo", def.slo().meets(row));
        o.set("sloMisses", misses(def.slo().misses(row)));
      }
      ObjectNode scores = o.putObject("scores");
      for (Map.Entry<Score, Estimate> e : row.scores().entrySet()) {
        Estimate est = e.getValue();
        scores.putObject(e.getKey().scoreName()).put("n", est.n()).<ObjectNode>set("mean", number(est.mean()))
            .<ObjectNode>set("sd", number(est.standardDeviation())).<ObjectNode>set("ci95Low", number(est.ciLow()))
            .set("ci95High", number(est.ciHigh()));
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : result.findings()) {
      findings.addObject().put("point", f.pointIndex()).put("where", f.point()).put("message", f.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode summary(Recommendation.Summary s) {
    if (s == null) {
      return null;
    }
    ObjectNode o = F.objectNode();
    o.put("point", s.point().index());
    o.put("label", s.label());
    o.set("objective", number(s.objective()));
    o.set("objectiveCi95HalfWidth", number(s.objectiveHalfWidth()));
    o.set("sloMetric", number(s.sloMetric()));
    ObjectNode values = o.putObject("sloValues");
    s.sloValues().forEach((k, v) -> values.set(k.scoreName(), number(v)));
    o.put("meetsSlo", s.meetsSlo());
    o.set("sloMisses", misses(s.misses()));
    o.put("deployable", s.deployable());
    return o;
  }

  /** Each missed bound: the score, the value held against the bound, the bound, the excess and the load. */
  private static ArrayNode misses(java.util.List<SloMiss> misses) {
    ArrayNode a = F.arrayNode();
    for (SloMiss m : misses) {
      a.addObject().put("metric", m.score().scoreName()).<ObjectNode>set("value", number(m.value()))
          .<ObjectNode>set("bound", number(m.bound())).<ObjectNode>set("excess", number(m.excess()))
          .put("load", m.load());
    }
    return a;
  }

  private static com.fasterxml.jackson.databind.JsonNode number(double v) {
    String text = Numbers.significant(v);
    return text.isEmpty() || text.contains("inf") ? F.nullNode() : F.numberNode(new BigDecimal(text));
  }
}
