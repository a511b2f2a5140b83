package dev.asgsim.aws.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Member-by-member comparison of config records, naming each member as the file does (PascalCase, or the
 * {@code @JsonProperty} name). Walking the record components keeps the diff complete as the model grows.
 */
final class RecordDiff {
  private RecordDiff() {}

  /**
   * The members of {@code wanted} that differ from {@code live}. With {@code onlySet}, a member absent from
   * {@code wanted} (null) is not managed and never reported (the file leaves it to AWS or to whoever set it).
   */
  static List<FieldChange> diff(Record live, Record wanted, boolean onlySet, Set<String> skip) {
    List<FieldChange> out = new ArrayList<>();
    walk("", live, wanted, onlySet, skip, out);
    return out;
  }

  private static void walk(String prefix, Object live, Object wanted, boolean onlySet, Set<String> skip,
      List<FieldChange> out) {
    if (wanted == null && onlySet) {
      return;
    }
    if (wanted instanceof Record w && live instanceof Record l && w.getClass() == l.getClass()) {
      for (RecordComponent c : w.getClass().getRecordComponents()) {
        String path = prefix.isEmpty() ? name(c) : prefix + "." + name(c);
        if (skip.contains(path)) {
          continue;
        }
        walk(path, get(c, l), get(c, w), onlySet, skip, out);
      }
      return;
    }
    if (!Objects.equals(live, wanted)) {
      out.add(new FieldChange(prefix, live, wanted));
    }
  }

  static String name(RecordComponent c) {
    JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
    if (p == null) {
      p = c.getAnnotation(JsonProperty.class);
    }
    if (p != null && !p.value().isEmpty()) {
      return p.value();
    }
    String n = c.getName();
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  private static Object get(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
    }
  }
}
