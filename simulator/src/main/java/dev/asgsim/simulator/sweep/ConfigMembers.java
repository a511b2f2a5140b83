package dev.asgsim.simulator.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.asgsim.core.config.AutoScalingGroup;
import dev.asgsim.core.config.LoadSettings;
import dev.asgsim.core.config.ScalingConfig;
import dev.asgsim.core.config.ScalingPolicy;
import dev.asgsim.core.config.ScheduledAction;
import dev.asgsim.core.config.SimulationSettings;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The top-level members of a config ({@link ScalingConfig}'s components, as the file spells them), each bound on its
 * own with the file format's mapper: a sweep point that varies only {@code ScalingPolicies[0]…} binds the policies
 * and keeps the rest of the config as bound once, instead of binding the whole tree for every point. A member not
 * listed here (one added to the config later) is simply not bound on its own: {@link ConfigVariator} then binds the
 * whole tree, as it always may.
 */
final class ConfigMembers {
  private record Member(JavaType type, BiConsumer<ScalingConfig.Builder, Object> set) {}

  private static final Map<String, Member> MEMBERS = members(TypeFactory.defaultInstance());

  private ConfigMembers() {}

  @SuppressWarnings("unchecked")
  private static Map<String, Member> members(TypeFactory t) {
    return Map.of(
        "Region", new Member(t.constructType(String.class), (b, v) -> b.region((String) v)),
        "AutoScalingGroup", new Member(t.constructType(AutoScalingGroup.class),
            (b, v) -> b.autoScalingGroup((AutoScalingGroup) v)),
        "ScalingPolicies", new Member(t.constructCollectionType(List.class, ScalingPolicy.class),
            (b, v) -> b.scalingPolicies((List<ScalingPolicy>) v)),
        "ScheduledActions", new Member(t.constructCollectionType(List.class, ScheduledAction.class),
            (b, v) -> b.scheduledActions((List<ScheduledAction>) v)),
        "Simulation", new Member(t.constructType(SimulationSettings.class),
            (b, v) -> b.simulation((SimulationSettings) v)),
        "Load", new Member(t.constructType(LoadSettings.class), (b, v) -> b.load((LoadSettings) v)));
  }

  /** Whether {@code name} is a top-level member that can be bound on its own. */
  static boolean known(String name) {
    return MEMBERS.containsKey(name);
  }

  /** Binds {@code node} as member {@code name} and sets it on {@code builder}. */
  static void bind(ObjectMapper mapper, String name, JsonNode node, ScalingConfig.Builder builder)
      throws JsonProcessingException {
    Member m = MEMBERS.get(name);
    m.set.accept(builder, mapper.treeToValue(node, m.type));
  }
}
