/**
 * The analysis driver: one call runs every stage over a config and returns a typed
 * {@link dev.clawc.core.AnalysisResult}. Used by the CLI, rule tests, oracle tests and editor
 * integrations alike. Entry point: {@link dev.clawc.core.Analyzer}. Sits after every stage; only
 * {@code cli} (and other front ends) import it.
 */
package dev.clawc.core;
