package dev.asgsim.aws.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asgsim.core.io.ConfigMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * SDK objects and config records as JSON trees under the API's member names, so that a mapping can be checked on
 * every member without listing them (the SDK's own field metadata and the file format's names are both the API's).
 */
final class SdkTrees {
  private static final ObjectMapper JSON = ConfigMapper.json();

  private SdkTrees() {}

  static JsonNode record(Object record) {
    return JSON.valueToTree(record);
  }

  static JsonNode sdk(Object v) {
    if (v == null || v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    if (v instanceof SdkPojo p) {
      ObjectNode n = JSON.createObjectNode();
      for (SdkField<?> f : p.sdkFields()) {
        JsonNode child = sdk(f.getValueOrDefault(p));
        if (child != null) {
          n.set(f.memberName(), child);
        }
      }
      return n;
    }
    if (v instanceof List<?> list) {
      ArrayNode a = JSON.createArrayNode();
      list.forEach(x -> a.add(sdk(x)));
      return a;
    }
    if (v instanceof Map<?, ?> map) {
      ObjectNode n = JSON.createObjectNode();
      map.forEach((k, x) -> n.set(k.toString(), sdk(x)));
      return n;
    }
    if (v instanceof Instant i) {
      return JSON.valueToTree(i.toString());
    }
    return JSON.valueToTree(v);
  }

  /** Every member of {@code expected} (recursively) is in {@code actual} with the same value. */
  static void assertSubset(JsonNode expected, JsonNode actual, String path, Set<String> skip) {
    if (expected.isObject()) {
      assertThat(actual).as(path + " is missing").isNotNull();
      expected.fields().forEachRemaining(e -> {
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        if (!skip.contains(p)) {
          assertSubset(e.getValue(), actual.get(e.getKey()), p, skip);
        }
      });
    } else if (expected.isArray()) {
      assertThat(actual).as(path + " is missing").isNotNull();
      assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        assertSubset(expected.get(i), actual.get(i), path + "[" + i + "]", skip);
      }
    } else {
      assertThat(actual).as(path).isNotNull();
      if (expected.isNumber()) {
        assertThat(actual.decimalValue().compareTo(expected.decimalValue())).as(path + ": " + actual + " vs " + expected)
            .isZero();
      } else {
        assertThat(actual).as(path).isEqualTo(expected);
      }
    }
  }

  /**
   * A reply object built from a request: every member the reply shape shares with the request (by API name) is
   * copied, the way AWS echoes what it stored. {@code skip} names members whose types differ between the shapes.
   */
  static <B extends SdkPojo> B echo(SdkPojo request, B replyBuilder, Set<String> skip) {
    for (SdkField<?> to : replyBuilder.sdkFields()) {
      if (skip.contains(to.memberName())) {
        continue;
      }
      for (SdkField<?> from : request.sdkFields()) {
        if (from.memberName().equals(to.memberName())) {
          Object value = from.getValueOrDefault(request);
          if (value != null && !(value instanceof SdkAutoConstructList<?>)) {
            to.set(replyBuilder, value);
          }
        }
      }
    }
    return replyBuilder;
  }
}
