/**
 * The configuration model: immutable records whose members are named exactly as the AWS API request members
 * (CreateAutoScalingGroup, PutScalingPolicy, PutScheduledUpdateGroupAction, PutMetricAlarm), so that files, AWS CLI
 * output and API calls map one to one. Optional members are {@code null} when absent, which keeps a file's content
 * lossless on a write/read round trip; the {@code effective*} methods apply AWS's documented defaults.
 */
package dev.asgsim.core.config;
