/** The difference between a config and the live state, as an ordered list of changes, and its printing. */
package dev.asgsim.aws.plan;
