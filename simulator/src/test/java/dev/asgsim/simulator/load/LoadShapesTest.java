package dev.asgsim.simulator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The grammar, its help and its messages come from one table (issue 10 item 6). */
class LoadShapesTest {
  @Test
  void everyShapeIsInTheHelpAndInTheUnknownComponentMessage() {
    String help = String.format(LoadShapes.help());
    assertThat(LoadShapes.ALL).hasSize(8);
    for (LoadShape s : LoadShapes.ALL) {
      assertThat(help).contains("  " + s.signature()).contains(s.summary());
    }
    assertThatThrownBy(() -> LoadSpec.parse("zzz(1)"))
        .hasMessageContaining("unknown component 'zzz'; expected const, step, ramp, sine, spikes, noise, walk or trace");
  }

  @Test
  void namesAreCaseInsensitiveLikeBefore() {
    assertThat(LoadSpec.parse("CONST(5)").render(2, 1).toArray()).containsExactly(5, 5);
  }

  @Test
  void tenThousandComponentsParseAndSumLinearly() {
    String spec = String.join(" + ", java.util.Collections.nCopies(10_000, "const(1)"));
    assertThat(LoadSpec.parse(spec).render(30, 1).toArray()).containsOnly(10_000.0);
  }

  @Test
  void longSpecsShowTheirErrorInContext() {
    String spec = String.join(" + ", java.util.Collections.nCopies(100, "const(1)")) + " + const(x)";
    assertThatThrownBy(() -> LoadSpec.parse(spec)).hasMessageContaining("expected a number\n  …")
        .satisfies(e -> assertThat(e.getMessage().lines().toList().get(1).length()).isLessThan(90));
  }
}
