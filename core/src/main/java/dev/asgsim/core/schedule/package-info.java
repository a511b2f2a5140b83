/**
 * Scheduled actions (aws-behaviour §5.1): a small 5-field cron evaluated with {@code java.time} in the action's time zone, and
 * the per-action timer the policy engine consults at each evaluation.
 */
package dev.asgsim.core.schedule;
