/** CloudWatch metric history (GetMetricData) to trace CSV for replay. */
package dev.asgsim.aws.history;
