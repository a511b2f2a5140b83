/**
 * The Auto Scaling control plane: {@link dev.asgsim.core.policy.ScalingEngine} holds min/max/desired, evaluates the
 * alarms, target tracking, step and simple policies, plug-in policies and scheduled actions, combines their proposals
 * as AWS does (aws-behaviour §1.7, §7.1) and reports every change as a {@link dev.asgsim.core.policy.Decision} with an
 * AWS-format Cause. The caller (the simulator) owns the instances and time; nothing here reads a clock.
 */
package dev.asgsim.core.policy;
