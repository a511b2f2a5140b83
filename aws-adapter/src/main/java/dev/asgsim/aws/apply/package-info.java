/** Executing a plan against AWS, the checks that come first, and the target tracking alarms read back. */
package dev.asgsim.aws.apply;
