/**
 * AWS's scaling-activity vocabulary (spec §10.3): the Cause and Description sentences of DescribeScalingActivities,
 * in one place for the policy engine (the desired change) and the simulator (the launches and terminations).
 */
package dev.asgsim.core.activity;
