/**
 * CloudWatch metric alarms as Auto Scaling sees them (aws-behaviour §8.4): M-of-N evaluation over an evaluation range, the four
 * threshold operators, {@code TreatMissingData} and the premature-alarm rule. Datapoints live in primitive ring
 * buffers indexed by period ({@link dev.asgsim.core.alarm.MetricSeries}); an {@link dev.asgsim.core.alarm.Alarm}
 * recomputes its state only when its window slides or a datapoint arrives, so reading a state is a field load.
 */
package dev.asgsim.core.alarm;
