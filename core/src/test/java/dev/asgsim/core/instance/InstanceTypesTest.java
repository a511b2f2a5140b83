package dev.asgsim.core.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstanceTypesTest {
  @Test
  @DisplayName("§8.1 [D] t2.nano: 1 vCPU, baseline 5 %, 3 credits/h, 72 max, 30 launch credits, standard mode")
  void t2NanoMatchesAwsTable() {
    InstanceType nano = InstanceTypes.find("T2.NANO").orElseThrow();
    assertThat(nano.vCpus()).isEqualTo(1);
    assertThat(nano.baselinePercent()).isCloseTo(5.0, within(1e-9));
    assertThat(nano.creditsPerHour()).isEqualTo(3.0);
    assertThat(nano.maxCredits()).isEqualTo(72.0);
    assertThat(nano.launchCredits()).isEqualTo(30.0);
    assertThat(nano.unlimitedByDefault()).isFalse();
  }

  @Test
  @DisplayName("[D] burstable baselines per vCPU: t3.nano 5 %, t3.medium 20 %, t3.xlarge 40 %, t2.xlarge 22.5 %")
  void baselinesFollowCreditRates() {
    assertThat(InstanceTypes.find("t3.nano").orElseThrow().baselinePercent()).isCloseTo(5.0, within(1e-9));
    assertThat(InstanceTypes.find("t3.medium").orElseThrow().baselinePercent()).isCloseTo(20.0, within(1e-9));
    assertThat(InstanceTypes.find("t3.xlarge").orElseThrow().baselinePercent()).isCloseTo(40.0, within(1e-9));
    assertThat(InstanceTypes.find("t2.xlarge").orElseThrow().baselinePercent()).isCloseTo(22.5, within(1e-9));
    assertThat(InstanceTypes.find("t3.micro").orElseThrow().unlimitedByDefault()).isTrue();
    assertThat(InstanceTypes.find("c6i.large").orElseThrow().baselinePercent()).isEqualTo(100.0);
    assertThat(InstanceTypes.find("x9.nothing")).isEmpty();
  }

  @Test
  @DisplayName("§8.1 [D] t2.2xlarge: AWS's credit table says 81.6 CPU credits earned per hour, 1958.4 maximum, 17 % "
      + "baseline per vCPU (issue 11 item 12)")
  void t2TwoXlargeEarns81Point6() {
    InstanceType t = InstanceTypes.find("t2.2xlarge").orElseThrow();
    assertThat(t.creditsPerHour()).isEqualTo(81.6);
    assertThat(t.maxCredits()).isCloseTo(1958.4, within(1e-9));
    assertThat(t.baselinePercent()).isCloseTo(17.0, within(1e-9));
  }

  @Test
  @DisplayName("§1.9 [D]: t2 is Xen (\"t2 is Xen\"); current types such as t3, m5, c6i, c6g are Nitro; bare metal is Nitro")
  void nitroOrXen() {
    assertThat(InstanceTypes.find("t2.nano").orElseThrow().nitro()).isFalse();
    assertThat(InstanceTypes.find("t3.micro").orElseThrow().nitro()).isTrue();
    assertThat(InstanceTypes.find("c6i.large").orElseThrow().nitro()).isTrue();
    assertThat(new InstanceType("m4.large", 2, 0.1, false, 0, 0, 0, false, 0).nitro()).isFalse();
    assertThat(new InstanceType("i3.metal", 72, 5, false, 0, 0, 0, false, 0).nitro()).isTrue();
    assertThat(new InstanceType("i3en.large", 2, 0.2, false, 0, 0, 0, false, 0).nitro()).isTrue();
  }

  @Test
  @DisplayName("§8.1 [D] AWS's table \"CPU credits and baseline performance for burstable performance instances\": "
      + "t3.micro 12 credits/h, 10 % per vCPU, 288 max; t3.large 36/h, 30 %, 864; t2.micro 6/h, 10 %, 144 and 30 launch "
      + "credits; t4g.micro like t3.micro; default credit specification standard for T2, unlimited for T3/T3a/T4g")
  void creditTableOfTheMixedTypes() {
    assertThat(figures("t3.micro")).containsExactly(2.0, 12.0, 10.0, 288.0, 0.0);
    assertThat(figures("t3.large")).containsExactly(2.0, 36.0, 30.0, 864.0, 0.0);
    assertThat(figures("t2.micro")).containsExactly(1.0, 6.0, 10.0, 144.0, 30.0);
    assertThat(figures("t4g.micro")).containsExactly(2.0, 12.0, 10.0, 288.0, 0.0);
    assertThat(figures("t3a.large")).containsExactly(2.0, 36.0, 30.0, 864.0, 0.0);
    assertThat(InstanceTypes.find("t2.micro").orElseThrow().unlimitedByDefault()).isFalse();
    assertThat(InstanceTypes.find("t3a.large").orElseThrow().unlimitedByDefault()).isTrue();
    assertThat(InstanceTypes.find("t4g.micro").orElseThrow().unlimitedByDefault()).isTrue();
    // Surplus credits in unlimited mode: USD 0.05 per vCPU-hour for T2/T3/T3a, 0.04 for T4g (Linux).
    assertThat(InstanceTypes.find("t3.micro").orElseThrow().surplusCreditPrice()).isEqualTo(0.05);
    assertThat(InstanceTypes.find("t4g.micro").orElseThrow().surplusCreditPrice()).isEqualTo(0.04);
  }

  /** vCPUs, credits per hour, baseline per vCPU (rounded to 1e-9), maximum balance, launch credits. */
  private static java.util.List<Double> figures(String name) {
    InstanceType t = InstanceTypes.find(name).orElseThrow();
    return java.util.List.of((double) t.vCpus(), t.creditsPerHour(), Math.round(t.baselinePercent() * 1e9) / 1e9,
        t.maxCredits(), t.launchCredits());
  }
}
