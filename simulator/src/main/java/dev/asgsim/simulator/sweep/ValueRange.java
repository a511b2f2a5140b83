package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one variation as written: a list ({@code [30, 40, 50]}), or a range
 * ({@code {From: 20, To: 80, Step: 5}}, both ends included) for long numeric axes. Whole-number ranges give
 * integers (for members such as MinSize or EstimatedInstanceWarmup), others decimals, computed without float drift.
 */
public final class ValueRange {
  /** More values than this on one axis is almost certainly a typo in Step. */
  public static final int MAX_VALUES = 100_000;

  private ValueRange() {}

  public static List<JsonNode> values(String path, JsonNode spec) {
    if (spec == null || spec.isNull() || (spec.isArray() && spec.isEmpty())) {
      throw new IllegalArgumentException("no values to try: write " + path + ": [value1, value2, ...]"
          + " or {From: a, To: b, Step: s}");
    }
    if (spec.isArray()) {
      List<JsonNode> values = new ArrayList<>();
      spec.forEach(values::add);
      return values;
    }
    if (!spec.isObject()) {
      throw new IllegalArgumentException(path + ": write the values as a list, [" + spec.asText() + "], or a range"
          + " {From: a, To: b, Step: s}");
    }
    for (var it = spec.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("From") && !f.equals("To") && !f.equals("Step")) {
        throw new IllegalArgumentException(path + ": unknown member '" + f + "' in a range; known members: From, To, Step");
      }
    }
    BigDecimal from = number(path, spec, "From");
    BigDecimal to = number(path, spec, "To");
    BigDecimal step = number(path, spec, "Step");
    if (step.signum() <= 0) {
      throw new IllegalArgumentException(path + ": Step must be above 0");
    }
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException(path + ": To (" + to + ") is below From (" + from + ")");
    }
    BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
      throw new IllegalArgumentException(path + ": the range has " + count + " values (at most " + MAX_VALUES
          + "); raise Step");
    }
    boolean whole = isWhole(from) && isWhole(step);
    List<JsonNode> values = new ArrayList<>(count.intValue());
    for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
      values.add(whole ? IntNode.valueOf(v.intValueExact()) : DoubleNode.valueOf(v.doubleValue()));
    }
    return values;
  }

  private static BigDecimal number(String path, JsonNode spec, String member) {
    JsonNode n = spec.get(member);
    if (n == null || !n.isNumber()) {
      throw new IllegalArgumentException(path + ": a range needs a number for " + member
          + ", e.g. {From: 20, To: 80, Step: 5}");
    }
    return n.decimalValue();
  }

  private static boolean isWhole(BigDecimal v) {
    return v.stripTrailingZeros().scale() <= 0;
  }
}
