/**
 * The one validation gate (issue 10 item 4): {@link dev.asgsim.core.validate.Validator} checks a config in one pass
 * and returns every finding — ERRORs for what AWS would refuse, WARNINGs and ADVICE for what it accepts but users
 * regret — each with a rule id, a document path and its line. {@code validate}, {@code simulate}, every sweep point
 * and {@code apply} decide with it; each rule family has its own file ({@code GroupRules}, {@code PolicyRules},
 * {@code ScheduleRules}, ...).
 */
package dev.asgsim.core.validate;
