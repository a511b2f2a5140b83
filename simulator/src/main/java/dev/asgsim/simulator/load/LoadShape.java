package dev.asgsim.simulator.load;

import java.util.function.Function;

/**
 * One shape of the load spec grammar: its name, how it is written and what it does (the {@code --help} text and the
 * error messages are generated from these), and how its arguments are read. A new shape is one class that declares a
 * {@code SHAPE} and one line in {@link LoadShapes#ALL}.
 *
 * @param name      what the spec writes before the parenthesis, e.g. {@code ramp}
 * @param signature how it is written, e.g. {@code ramp(FROM, TO, START, END)}
 * @param summary   one line saying what it does
 * @param reader    reads the arguments between the parentheses (the cursor stands after '(' and must stop before ')')
 */
public record LoadShape(String name, String signature, String summary, Function<SpecCursor, LoadModel> reader) {}
