/** Reading a sweep file (YAML or JSON) into a {@link dev.asgsim.simulator.sweep.SweepDefinition}, with file:line messages. */
package dev.asgsim.simulator.sweep.file;
