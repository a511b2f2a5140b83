package dev.asgsim.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.asgsim.core.io.ConfigReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A config crosses to a cluster's executors as plain Java serialisation (the spark module ships each sweep point's
 * parsed config; no Jackson runs there), so every record of the model must be serialisable and come back equal.
 */
class ConfigSerialisationTest {

  @Test
  void everyRecordAConfigHoldsIsSerialisable() {
    Set<Class<?>> records = new LinkedHashSet<>();
    collect(ScalingConfig.class, records);
    assertThat(records).hasSizeGreaterThan(20)
        .contains(MetricStat.Metric.class, SimulationSettings.InstanceTypeOverride.class, StepAdjustment.class);
    assertThat(records).allSatisfy(c -> assertThat(Serializable.class).as(c.getName()).isAssignableFrom(c));
  }

  /** The records reachable from {@code type} through record components, lists and maps. */
  private static void collect(Type type, Set<Class<?>> records) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collect(argument, records);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && records.add(c)) {
      for (RecordComponent component : c.getRecordComponents()) {
        collect(component.getGenericType(), records);
      }
    }
  }

  @Test
  void everyExampleConfigComesBackEqual() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("../examples"))) {
      examples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
    for (Path example : examples) {
      ScalingConfig config = ConfigReader.read(example);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(config);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        assertThat(in.readObject()).as(example.toString()).isEqualTo(config);
      }
    }
  }
}
