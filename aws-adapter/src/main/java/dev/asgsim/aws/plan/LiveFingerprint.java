package dev.asgsim.aws.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.asgsim.aws.live.LiveState;
import dev.asgsim.core.io.ConfigMapper;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A digest of what a plan was computed from: the live group's settings, policies and scheduled actions. A saved plan
 * carries it, and apply refuses the plan when the live group no longer has it. DesiredCapacity is left out (the
 * autoscaler changes it all the time, and plan leaves it alone unless --set-desired, whose change would then show
 * in the plan itself), and so are the running instances.
 */
public final class LiveFingerprint {
  private static final ObjectMapper CANONICAL = ConfigMapper.json()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private LiveFingerprint() {}

  public static String of(LiveState live) {
    if (!live.exists()) {
      return "absent";
    }
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("Group", live.group().toBuilder().desiredCapacity(null).build());
    state.put("Policies", live.policies());
    state.put("ScheduledActions", live.actions());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(state));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
