package dev.asgsim.core.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The group: {@code CreateAutoScalingGroup} members, plus {@code MetricsCollection} ({@code EnableMetricsCollection}).
 * Optional members are {@code null} when absent; the {@code effective*} methods give AWS's defaults (aws-behaviour §9.4).
 */
public record AutoScalingGroup(
    String autoScalingGroupName,
    LaunchTemplateSpecification launchTemplate,
    MixedInstancesPolicy mixedInstancesPolicy,
    String launchConfigurationName,
    String instanceId,
    Integer minSize,
    Integer maxSize,
    Integer desiredCapacity,
    String desiredCapacityType,
    Integer defaultCooldown,
    Integer defaultInstanceWarmup,
    List<String> availabilityZones,
    @JsonProperty("VPCZoneIdentifier") String vpcZoneIdentifier,
    List<String> targetGroupARNs,
    List<String> loadBalancerNames,
    List<TrafficSource> trafficSources,
    String healthCheckType,
    Integer healthCheckGracePeriod,
    List<String> terminationPolicies,
    Boolean newInstancesProtectedFromScaleIn,
    Integer maxInstanceLifetime,
    Boolean capacityRebalance,
    List<LifecycleHookSpecification> lifecycleHookSpecificationList,
    List<Tag> tags,
    MetricsCollection metricsCollection,
    String placementGroup,
    String serviceLinkedRoleARN,
    InstanceMaintenancePolicy instanceMaintenancePolicy,
    List<String> suspendedProcesses,
    WarmPoolConfiguration warmPoolConfiguration) implements Serializable {

  /** [D] aws-behaviour §3: 300 s. */
  public static final int DEFAULT_COOLDOWN = 300;
  /** [D] aws-behaviour §6.2: 0 s through the API (300 s is only the console's default). */
  public static final int DEFAULT_HEALTH_CHECK_GRACE_PERIOD = 0;

  public AutoScalingGroup {
    availabilityZones = Lists.copy(availabilityZones);
    targetGroupARNs = Lists.copy(targetGroupARNs);
    loadBalancerNames = Lists.copy(loadBalancerNames);
    trafficSources = Lists.copy(trafficSources);
    terminationPolicies = Lists.copy(terminationPolicies);
    lifecycleHookSpecificationList = Lists.copy(lifecycleHookSpecificationList);
    tags = Lists.copy(tags);
    suspendedProcesses = Lists.copy(suspendedProcesses);
  }

  /**
   * {@code SuspendedProcesses} ({@code SuspendProcesses}, aws-behaviour §7.8 [D]): the processes suspended for the whole run.
   */
  public Set<ScalingProcess> suspended() {
    return ScalingProcess.of(suspendedProcesses);
  }

  /** DesiredCapacity defaults to MinSize on create (aws-behaviour §7.1 [D]). */
  public int effectiveDesiredCapacity() {
    if (desiredCapacity != null) {
      return desiredCapacity;
    }
    return minSize == null ? 0 : minSize;
  }

  public int effectiveDefaultCooldown() {
    return defaultCooldown == null ? DEFAULT_COOLDOWN : defaultCooldown;
  }

  public int effectiveHealthCheckGracePeriod() {
    return healthCheckGracePeriod == null ? DEFAULT_HEALTH_CHECK_GRACE_PERIOD : healthCheckGracePeriod;
  }

  /** The health check types in upper case; EC2 is always on (aws-behaviour §6.1 [D]). */
  public Set<String> healthCheckTypes() {
    Set<String> types = new TreeSet<>();
    types.add("EC2");
    if (healthCheckType != null) {
      for (String token : healthCheckType.split(",")) {
        if (!token.isBlank()) {
          types.add(token.trim().toUpperCase(Locale.ROOT));
        }
      }
    }
    return types;
  }

  /** The subnets of {@code VPCZoneIdentifier}, or empty. */
  public List<String> subnets() {
    if (vpcZoneIdentifier == null || vpcZoneIdentifier.isBlank()) {
      return List.of();
    }
    return List.of(vpcZoneIdentifier.split("\\s*,\\s*"));
  }

  /** True when a load balancer, target group or traffic source is attached. */
  public boolean hasLoadBalancer() {
    return !Lists.orEmpty(targetGroupARNs).isEmpty()
        || !Lists.orEmpty(loadBalancerNames).isEmpty()
        || !Lists.orEmpty(trafficSources).isEmpty();
  }

  public boolean newInstancesProtected() {
    return Boolean.TRUE.equals(newInstancesProtectedFromScaleIn);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builder for library users; every member optional, as in the API. */
  public static final class Builder {
    private String autoScalingGroupName;
    private LaunchTemplateSpecification launchTemplate;
    private MixedInstancesPolicy mixedInstancesPolicy;
    private String launchConfigurationName;
    private String instanceId;
    private Integer minSize;
    private Integer maxSize;
    private Integer desiredCapacity;
    private String desiredCapacityType;
    private Integer defaultCooldown;
    private Integer defaultInstanceWarmup;
    private List<String> availabilityZones;
    private String vpcZoneIdentifier;
    private List<String> targetGroupARNs;
    private List<String> loadBalancerNames;
    private List<TrafficSource> trafficSources;
    private String healthCheckType;
    private Integer healthCheckGracePeriod;
    private List<String> terminationPolicies;
    private Boolean newInstancesProtectedFromScaleIn;
    private Integer maxInstanceLifetime;
    private Boolean capacityRebalance;
    private List<LifecycleHookSpecification> lifecycleHookSpecificationList;
    private List<Tag> tags;
    private MetricsCollection metricsCollection;
    private String placementGroup;
    private String serviceLinkedRoleARN;
    private InstanceMaintenancePolicy instanceMaintenancePolicy;
    private List<String> suspendedProcesses;
    private WarmPoolConfiguration warmPoolConfiguration;

    private Builder() {}

    private Builder(AutoScalingGroup g) {
      autoScalingGroupName = g.autoScalingGroupName;
      launchTemplate = g.launchTemplate;
      mixedInstancesPolicy = g.mixedInstancesPolicy;
      launchConfigurationName = g.launchConfigurationName;
      instanceId = g.instanceId;
      minSize = g.minSize;
      maxSize = g.maxSize;
      desiredCapacity = g.desiredCapacity;
      desiredCapacityType = g.desiredCapacityType;
      defaultCooldown = g.defaultCooldown;
      defaultInstanceWarmup = g.defaultInstanceWarmup;
      availabilityZones = g.availabilityZones;
      vpcZoneIdentifier = g.vpcZoneIdentifier;
      targetGroupARNs = g.targetGroupARNs;
      loadBalancerNames = g.loadBalancerNames;
      trafficSources = g.trafficSources;
      healthCheckType = g.healthCheckType;
      healthCheckGracePeriod = g.healthCheckGracePeriod;
      terminationPolicies = g.terminationPolicies;
      newInstancesProtectedFromScaleIn = g.newInstancesProtectedFromScaleIn;
      maxInstanceLifetime = g.maxInstanceLifetime;
      capacityRebalance = g.capacityRebalance;
      lifecycleHookSpecificationList = g.lifecycleHookSpecificationList;
      tags = g.tags;
      metricsCollection = g.metricsCollection;
      placementGroup = g.placementGroup;
      serviceLinkedRoleARN = g.serviceLinkedRoleARN;
      instanceMaintenancePolicy = g.instanceMaintenancePolicy;
      suspendedProcesses = g.suspendedProcesses;
      warmPoolConfiguration = g.warmPoolConfiguration;
    }

    public Builder autoScalingGroupName(String v) { autoScalingGroupName = v; return this; }
    public Builder launchTemplate(LaunchTemplateSpecification v) { launchTemplate = v; return this; }
    public Builder mixedInstancesPolicy(MixedInstancesPolicy v) { mixedInstancesPolicy = v; return this; }
    public Builder launchConfigurationName(String v) { launchConfigurationName = v; return this; }
    public Builder instanceId(String v) { instanceId = v; return this; }
    public Builder minSize(Integer v) { minSize = v; return this; }
    public Builder maxSize(Integer v) { maxSize = v; return this; }
    public Builder desiredCapacity(Integer v) { desiredCapacity = v; return this; }
    public Builder desiredCapacityType(String v) { desiredCapacityType = v; return this; }
    public Builder defaultCooldown(Integer v) { defaultCooldown = v; return this; }
    public Builder defaultInstanceWarmup(Integer v) { defaultInstanceWarmup = v; return this; }
    public Builder availabilityZones(List<String> v) { availabilityZones = v; return this; }
    public Builder vpcZoneIdentifier(String v) { vpcZoneIdentifier = v; return this; }
    public Builder targetGroupARNs(List<String> v) { targetGroupARNs = v; return this; }
    public Builder loadBalancerNames(List<String> v) { loadBalancerNames = v; return this; }
    public Builder trafficSources(List<TrafficSource> v) { trafficSources = v; return this; }
    public Builder healthCheckType(String v) { healthCheckType = v; return this; }
    public Builder healthCheckGracePeriod(Integer v) { healthCheckGracePeriod = v; return this; }
    public Builder terminationPolicies(List<String> v) { terminationPolicies = v; return this; }
    public Builder newInstancesProtectedFromScaleIn(Boolean v) { newInstancesProtectedFromScaleIn = v; return this; }
    public Builder maxInstanceLifetime(Integer v) { maxInstanceLifetime = v; return this; }
    public Builder capacityRebalance(Boolean v) { capacityRebalance = v; return this; }
    public Builder lifecycleHookSpecificationList(List<LifecycleHookSpecification> v) { lifecycleHookSpecificationList = v; return this; }
    public Builder tags(List<Tag> v) { tags = v; return this; }
    public Builder metricsCollection(MetricsCollection v) { metricsCollection = v; return this; }
    public Builder placementGroup(String v) { placementGroup = v; return this; }
    public Builder serviceLinkedRoleARN(String v) { serviceLinkedRoleARN = v; return this; }
    public Builder instanceMaintenancePolicy(InstanceMaintenancePolicy v) { instanceMaintenancePolicy = v; return this; }
    public Builder suspendedProcesses(List<String> v) { suspendedProcesses = v; return this; }
    public Builder warmPoolConfiguration(WarmPoolConfiguration v) { warmPoolConfiguration = v; return this; }

    public AutoScalingGroup build() {
      return new AutoScalingGroup(autoScalingGroupName, launchTemplate, mixedInstancesPolicy, launchConfigurationName,
          instanceId, minSize, maxSize, desiredCapacity, desiredCapacityType, defaultCooldown, defaultInstanceWarmup,
          availabilityZones, vpcZoneIdentifier, targetGroupARNs, loadBalancerNames, trafficSources, healthCheckType,
          healthCheckGracePeriod, terminationPolicies, newInstancesProtectedFromScaleIn, maxInstanceLifetime,
          capacityRebalance, lifecycleHookSpecificationList, tags, metricsCollection, placementGroup,
          serviceLinkedRoleARN, instanceMaintenancePolicy, suspendedProcesses, warmPoolConfiguration);
    }
  }
}
