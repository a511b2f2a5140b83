/**
 * Predictive scaling's forecasts (aws-behaviour §5.2): the {@link dev.asgsim.core.forecast.Forecaster} interface, its registry
 * {@link dev.asgsim.core.forecast.Forecasters}, the built-in seasonal-mean forecaster, forecasts given by the user
 * (GetPredictiveScalingForecast JSON or CSV) and AWS's inferred-capacity rule.
 */
package dev.asgsim.core.forecast;
