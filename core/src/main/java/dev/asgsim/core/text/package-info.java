/** Text for numbers: one formatter ({@link dev.asgsim.core.text.Numbers}) for every file and message. */
package dev.asgsim.core.text;
