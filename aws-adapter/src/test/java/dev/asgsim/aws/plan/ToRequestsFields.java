package dev.asgsim.aws.plan;

import dev.asgsim.aws.mapping.ToRequests;
import java.util.Set;
import java.util.TreeSet;

/** The members an UPDATE_GROUP change will send, as the applier computes them. */
final class ToRequestsFields {
  private ToRequestsFields() {}

  static Set<String> of(Change c) {
    Set<String> fields = new TreeSet<>();
    c.fields().forEach(f -> fields.add(f.field().split("\\.", 2)[0]));
    var request = ToRequests.update(((Change.GroupChange) c).group(), fields);
    Set<String> sent = new TreeSet<>();
    request.sdkFields().forEach(f -> {
      Object v = f.getValueOrDefault(request);
      if (v != null && !(v instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>)) {
        sent.add(f.memberName());
      }
    });
    return sent;
  }
}
