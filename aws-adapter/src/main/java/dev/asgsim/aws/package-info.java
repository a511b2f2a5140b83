/**
 * The AWS side of asgsim: import, plan, apply, drift and CloudWatch history ({@link dev.asgsim.aws.AwsAutoScaling}).
 * The only module that uses the AWS SDK.
 */
package dev.asgsim.aws;
