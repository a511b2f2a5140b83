/**
 * JMH benchmarks of the hot paths: a target tracking and step scaling decision, an alarm update, a simulated year,
 * a large fleet and a sweep; with the fixtures they share. Run them with the commands in the README's Speed section,
 * not in the test suite.
 */
package dev.asgsim.benchmarks;
