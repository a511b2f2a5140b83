package dev.asgsim.aws.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.stub.StubAutoScaling;
import dev.asgsim.core.forecast.GivenForecast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.autoscaling.model.AutoScalingException;
import software.amazon.awssdk.services.autoscaling.model.CapacityForecast;
import software.amazon.awssdk.services.autoscaling.model.DescribePoliciesRequest;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastRequest;
import software.amazon.awssdk.services.autoscaling.model.GetPredictiveScalingForecastResponse;
import software.amazon.awssdk.services.autoscaling.model.LoadForecast;
import software.amazon.awssdk.services.autoscaling.model.ScalingPolicy;

/**
 * GetPredictiveScalingForecast on a stubbed SDK client: moto_server does not implement the call (it answers HTTP 500;
 * {@code PredictiveAgainstMotoIT} shows that), so the request, the reply's mapping to the AWS CLI's JSON and the
 * refusals are tested here. The reply is AWS's documented example (aws-behaviour §5.2: target 40; loads 153, 129, 107,
 * 197, 626, 597, 678 ⇒ capacities 2, 2, 2, 2, 4, 4, 4).
 */
class PredictiveForecastReaderTest {
  private static final Instant T0 = Instant.parse("2021-05-19T17:00:00Z");
  private static final List<Double> LOADS = List.of(153.0, 129.0, 107.0, 197.0, 626.0, 597.0, 678.0);
  private static final List<Double> CAPACITIES = List.of(2.0, 2.0, 2.0, 2.0, 4.0, 4.0, 4.0);

  private static StubAutoScaling stub() {
    StubAutoScaling as = new StubAutoScaling();
    List<Instant> hours = new ArrayList<>();
    for (int i = 0; i < LOADS.size(); i++) {
      hours.add(T0.plusSeconds(3600L * i));
    }
    as.forecastReply = GetPredictiveScalingForecastResponse.builder()
        .loadForecast(LoadForecast.builder().timestamps(hours).values(LOADS)
            .metricSpecification(m -> m.targetValue(40.0)
                .predefinedMetricPairSpecification(p -> p.predefinedMetricType("ASGCPUUtilization")))
            .build())
        .capacityForecast(CapacityForecast.builder().timestamps(hours).values(CAPACITIES).build())
        .updateTime(Instant.parse("2021-05-19T01:52:00Z"))
        .build();
    as.policies = List.of(ScalingPolicy.builder().policyName("cpu40").policyType("PredictiveScaling").build());
    return as;
  }

  @Test
  @DisplayName("§5.2 the group's only predictive policy is found, its forecast asked for the window, and saved in the "
      + "AWS CLI's shape that --forecast reads back hour by hour")
  void savesTheCliShape(@TempDir Path dir) throws Exception {
    StubAutoScaling as = stub();
    Instant end = T0.plusSeconds(7 * 3600);
    PredictiveForecastReader.Result r = new PredictiveForecastReader(as).read("web", null, T0, end);

    assertThat(r.policy()).isEqualTo("cpu40");
    assertThat(r.hours()).isEqualTo(7);
    assertThat(as.requests.get(0)).isInstanceOfSatisfying(DescribePoliciesRequest.class,
        d -> assertThat(d.policyTypes()).containsExactly("PredictiveScaling"));
    assertThat(as.requests.get(1)).isInstanceOfSatisfying(GetPredictiveScalingForecastRequest.class, g -> {
      assertThat(g.autoScalingGroupName()).isEqualTo("web");
      assertThat(g.policyName()).isEqualTo("cpu40");
      assertThat(g.startTime()).isEqualTo(T0);
      assertThat(g.endTime()).isEqualTo(end);
    });
    assertThat(r.json()).contains("\"LoadForecast\"", "\"CapacityForecast\"", "\"UpdateTime\" : \"2021-05-19T01:52:00Z\"",
        "\"PredefinedMetricType\" : \"ASGCPUUtilization\"", "\"TargetValue\" : 40.0");

    Path file = dir.resolve("aws-forecast.json");
    Files.writeString(file, r.json());
    GivenForecast given = GivenForecast.read(file);
    double[] load = new double[7];
    assertThat(given.forecastLoad(new double[0], 0, T0.getEpochSecond(), load)).isTrue();
    assertThat(load).containsExactly(153, 129, 107, 197, 626, 597, 678);
    for (int i = 0; i < 7; i++) {
      assertThat(given.givenCapacity(T0.getEpochSecond() + 3600L * i)).isEqualTo(CAPACITIES.get(i));
    }
  }

  @Test
  @DisplayName("a named policy is asked for directly, without DescribePolicies")
  void namedPolicy() {
    StubAutoScaling as = stub();
    new PredictiveForecastReader(as).read("web", "other", T0, T0.plusSeconds(3600));
    assertThat(as.requests).singleElement().isInstanceOfSatisfying(GetPredictiveScalingForecastRequest.class,
        g -> assertThat(g.policyName()).isEqualTo("other"));
  }

  @Test
  @DisplayName("§5.2 [D] a window over 30 days or empty is refused before any call")
  void windowChecked() {
    StubAutoScaling as = stub();
    PredictiveForecastReader reader = new PredictiveForecastReader(as);
    assertThatThrownBy(() -> reader.read("web", null, T0, T0.plusSeconds(31 * 86400L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 30 days");
    assertThatThrownBy(() -> reader.read("web", null, T0, T0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThat(as.requests).isEmpty();
  }

  @Test
  @DisplayName("no predictive policy, several, or a refused call: an AwsCallException saying what to do")
  void refusals() {
    StubAutoScaling none = stub();
    none.policies = List.of();
    assertThatThrownBy(() -> new PredictiveForecastReader(none).read("web", null, T0, T0.plusSeconds(3600)))
        .isInstanceOf(AwsCallException.class).hasMessageContaining("group web has no predictive scaling policy");

    StubAutoScaling two = stub();
    two.policies = List.of(ScalingPolicy.builder().policyName("b").policyType("PredictiveScaling").build(),
        ScalingPolicy.builder().policyName("a").policyType("PredictiveScaling").build());
    assertThatThrownBy(() -> new PredictiveForecastReader(two).read("web", null, T0, T0.plusSeconds(3600)))
        .isInstanceOf(AwsCallException.class).hasMessageContaining("2 predictive scaling policies (a, b)")
        .hasMessageContaining("--predictive-policy");

    StubAutoScaling denied = stub();
    denied.forecastRefusal = AutoScalingException.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
        .errorCode("AccessDenied").errorMessage("User is not authorized to perform: "
            + "autoscaling:GetPredictiveScalingForecast").build()).build();
    assertThatThrownBy(() -> new PredictiveForecastReader(denied).read("web", "cpu40", T0, T0.plusSeconds(3600)))
        .isInstanceOf(AwsCallException.class)
        .hasMessageContaining("autoscaling:GetPredictiveScalingForecast was refused (AccessDenied)")
        .hasMessageContaining("Grant the IAM permission autoscaling:GetPredictiveScalingForecast");
  }
}
