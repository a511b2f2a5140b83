package dev.asgsim.core.policy;

import java.util.Arrays;
import java.util.List;

/** An engine setting whose values a config file spells in its own words ({@code Simulation.Engine}). */
public interface ConfigSpelled {

  /** This value's spelling in a config file. */
  String configName();

  /** The constant of {@code type} spelled {@code name}, or null. */
  static <E extends Enum<E> & ConfigSpelled> E parse(Class<E> type, String name) {
    for (E e : type.getEnumConstants()) {
      if (e.configName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** Every spelling of {@code type}, in declaration order. */
  static <E extends Enum<E> & ConfigSpelled> List<String> spellings(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(ConfigSpelled::configName).toList();
  }
}
