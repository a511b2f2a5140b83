package dev.asgsim.aws;

import dev.asgsim.aws.apply.Applier;
import dev.asgsim.aws.apply.ApplyResult;
import dev.asgsim.aws.client.AwsCallException;
import dev.asgsim.aws.client.AwsCalls;
import dev.asgsim.aws.client.AwsClients;
import dev.asgsim.aws.client.AwsTarget;
import dev.asgsim.aws.client.AwsSettings;
import dev.asgsim.aws.history.HistoryRequest;
import dev.asgsim.aws.history.MetricHistory;
import dev.asgsim.aws.history.PredictiveForecastReader;
import dev.asgsim.aws.history.SpotPriceHistoryReader;
import dev.asgsim.aws.live.LiveReader;
import dev.asgsim.aws.live.LiveState;
import dev.asgsim.aws.plan.Plan;
import dev.asgsim.aws.plan.PlanOptions;
import dev.asgsim.aws.plan.Planner;
import dev.asgsim.core.config.ScalingConfig;
import java.time.Instant;
import java.util.List;

/**
 * The AWS side of asgsim from Java: import a live group, plan and apply a config, detect drift, read metric history
 * and predictive forecasts.
 *
 * <pre>{@code
 * try (AwsAutoScaling aws = AwsAutoScaling.connect(AwsSettings.defaults().withRegion("ap-northeast-2"))) {
 *   Plan plan = aws.plan(config, PlanOptions.DEFAULTS);
 *   ApplyResult result = aws.apply(plan);
 * }
 * }</pre>
 */
public final class AwsAutoScaling implements AutoCloseable {
  private final AwsClients clients;
  private final LiveReader reader;

  public AwsAutoScaling(AwsClients clients) {
    this.clients = clients;
    this.reader = new LiveReader(clients.autoScaling(), clients.cloudWatch());
  }

  public static AwsAutoScaling connect(AwsSettings settings) {
    return new AwsAutoScaling(AwsCalls.call("client setup", () -> AwsClients.create(settings)));
  }

  /** The live group and what hangs on it; {@link LiveState#exists()} is false when there is no such group. */
  public LiveState read(String groupName) {
    return reader.read(groupName);
  }

  /** The live group as a config; fails with a clear message when the group does not exist. */
  public ImportResult importGroup(String groupName) {
    LiveState live = read(groupName);
    if (!live.exists()) {
      throw new AwsCallException("autoscaling:DescribeAutoScalingGroups", "NotFound", "no group named " + groupName
          + " in this account and region: check the name, --region and --profile", null);
    }
    ImportResult imported = Importer.toConfig(live);
    // The file names its Region, so that plan and apply refuse to work on the same name elsewhere.
    return new ImportResult(imported.config().toBuilder().region(clients.region()).build(), imported.notes());
  }

  public Plan plan(ScalingConfig config, PlanOptions options) {
    return Planner.plan(config, read(config.autoScalingGroup().autoScalingGroupName()), options);
  }

  /** The differences between the file and the live group (extra live policies and actions included). */
  public Plan drift(ScalingConfig config) {
    return plan(config, new PlanOptions(false, true));
  }

  /**
   * Runs a plan. Validate the config first with the core {@code Validator} and refuse ERROR findings: AWS would
   * refuse part of the plan and leave the group half-changed (the CLI's plan and apply do so).
   */
  public ApplyResult apply(Plan plan) {
    return new Applier(clients.autoScaling(), clients.cloudWatch()).apply(plan);
  }

  /** The account (STS GetCallerIdentity) and Region these clients act on. */
  public AwsTarget target() {
    String account = AwsCalls.call("sts:GetCallerIdentity", () -> clients.sts().getCallerIdentity().account());
    return new AwsTarget(account, clients.region());
  }

  public MetricHistory.Trace history(HistoryRequest request) {
    return new MetricHistory(clients.cloudWatch()).read(request);
  }

  /**
   * AWS's forecast of a predictive policy ({@code policy} null: the group's only one) for [start, end), in the JSON
   * shape of {@code aws autoscaling get-predictive-scaling-forecast} (aws-behaviour §5.2).
   */
  public PredictiveForecastReader.Result predictiveForecast(String group, String policy, Instant start, Instant end) {
    return new PredictiveForecastReader(clients.autoScaling()).read(group, policy, start, end);
  }

  /**
   * The Spot prices of {@code group}'s pools (its overrides' instance types, else its instances', in its AZs) over
   * [start, end), as {@code aws ec2 describe-spot-price-history} prints them (aws-behaviour §7.11).
   */
  public SpotPriceHistoryReader.Result spotPriceHistory(String group, Instant start, Instant end) {
    LiveState live = read(group);
    if (!live.exists()) {
      throw new AwsCallException("autoscaling:DescribeAutoScalingGroups", "NotFound", "no group named " + group
          + " in this account and region: check the name, --region and --profile", null);
    }
    java.util.LinkedHashSet<String> types = new java.util.LinkedHashSet<>();
    var mixed = live.group().mixedInstancesPolicy();
    if (mixed != null) {
      mixed.overrides().stream().filter(o -> o != null && o.instanceType() != null)
          .forEach(o -> types.add(o.instanceType()));
    }
    if (types.isEmpty()) {
      types.addAll(live.instanceTypes());
    }
    List<String> azs = live.group().availabilityZones() == null ? List.of() : live.group().availabilityZones();
    return new SpotPriceHistoryReader(clients.ec2()).read(List.copyOf(types), azs,
        SpotPriceHistoryReader.DEFAULT_PRODUCT, start, end);
  }

  @Override
  public void close() {
    clients.close();
  }
}
