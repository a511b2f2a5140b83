package dev.asgsim.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds commands for picocli, handing the {@link CliContext} to each command whose constructor takes one; other
 * classes (mixins, picocli's own) are built as picocli would.
 */
final class CliFactory implements CommandLine.IFactory {
  private final CliContext context;

  CliFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    for (Constructor<?> c : cls.getDeclaredConstructors()) {
      if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
        c.setAccessible(true);
        return cls.cast(c.newInstance(context));
      }
    }
    return CommandLine.defaultFactory().create(cls);
  }
}
