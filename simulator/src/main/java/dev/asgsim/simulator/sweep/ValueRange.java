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
    boolean whole = isWhole(from) && isWhole(step);
    BigDecimal limit = whole ? BigDecimal.valueOf(Integer.MAX_VALUE) : BigDecimal.valueOf(Double.MAX_VALUE);
    if (from.abs().compareTo(limit) > 0 || to.abs().compareTo(limit) > 0) {
      // No config member holds a whole number beyond 2^31 - 1 (sizes, seconds) nor a number beyond a double.
      throw new IllegalArgumentException(path + ": From " + from + " or To " + to + " is beyond "
          + (whole ? "2147483647, the largest whole number a config member holds" : "the largest number, about 1.8e308"));
    }
    // In doubles first: a tiny Step (1e-999999) would make the exact count a number of a million digits.
    double estimate = (to.doubleValue() - from.doubleValue()) / step.doubleValue();
    if (!(estimate <= 10.0 * MAX_VALUES)) {
      throw new IllegalArgumentException(path + ": the range has more than " + MAX_VALUES + " values; raise Step");
    }
    BigDecimal count = to.subtract(from).divide(step, 0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
      throw new IllegalArgumentException(path + ": the range has " + count + " values (at most " + MAX_VALUES
          + "); raise Step");
    }
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
    if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
      throw new IllegalArgumentException(path + ": " + member + " is beyond the largest number, about 1.8e308");
    }
    return n.decimalValue();
  }

  private static boolean isWhole(BigDecimal v) {
    return v.stripTrailingZeros().scale() <= 0;
  }
}
