package dev.asgsim.simulator.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SamplingTest {
  private static final List<Axis> AXES = List.of(
      Axis.member("AutoScalingGroup.MinSize", Fixtures.ints(1, 2)),
      Axis.member("ScalingPolicies[0].EstimatedInstanceWarmup", Fixtures.ints(60, 180, 300)));

  private static List<Integer> ints(Point p) {
    return p.values().stream().map(JsonNode::asInt).toList();
  }

  @Test
  void theGridIsTheFullProductInOrderLastAxisFastest() {
    List<Point> points = Sampling.GRID.points(AXES);
    assertThat(points).extracting(Point::index).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(points).extracting(SamplingTest::ints).containsExactly(
        List.of(1, 60), List.of(1, 180), List.of(1, 300), List.of(2, 60), List.of(2, 180), List.of(2, 300));
    assertThat(Sampling.gridSize(AXES)).isEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7, Long.MAX_VALUE})
  void aRandomSampleHasNDistinctGridPointsAndDependsOnlyOnItsSeed(long seed) {
    List<Axis> big = List.of(
        Axis.member("a", Fixtures.ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
        Axis.member("b", Fixtures.ints(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
        Axis.member("c", Fixtures.ints(1, 2, 3, 4, 5)));
    List<Point> sample = Sampling.random(25, seed).points(big);
    assertThat(sample).hasSize(25);
    assertThat(sample).extracting(Point::index).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(1, 25).boxed().toList());
    Set<List<Integer>> distinct = new HashSet<>();
    sample.forEach(p -> distinct.add(ints(p)));
    assertThat(distinct).hasSize(25);
    assertThat(Sampling.random(25, seed).points(big)).isEqualTo(sample);
    assertThat(Sampling.random(25, seed + 1).points(big)).isNotEqualTo(sample);
  }

  @Test
  void aSampleAtLeastAsLargeAsTheGridIsTheGrid() {
    assertThat(Sampling.random(6, 9).points(AXES)).isEqualTo(Sampling.GRID.points(AXES));
    assertThat(Sampling.random(100, 9).points(AXES)).isEqualTo(Sampling.GRID.points(AXES));
  }

  @Test
  void aSampleCoversTheGridFairly() {
    // 5 000 draws of 1 point out of 6: each grid point should come up about 1/6 of the time.
    int[] counts = new int[7];
    for (long seed = 0; seed < 6000; seed++) {
      Point p = Sampling.random(1, seed).points(AXES).get(0);
      List<Integer> v = ints(p);
      counts[(v.get(0) - 1) * 3 + List.of(60, 180, 300).indexOf(v.get(1)) + 1]++;
    }
    for (int i = 1; i <= 6; i++) {
      assertThat(counts[i]).as("grid point %d", i).isBetween(850, 1150);
    }
  }
}
