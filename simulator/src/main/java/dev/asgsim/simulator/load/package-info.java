/** Load models (synthetic and trace replay), the load spec grammar and the trace CSV reader. */
package dev.asgsim.simulator.load;
