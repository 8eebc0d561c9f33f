/**
 * {@code clawc lsp}: the Language Server Protocol over stdio (Eclipse LSP4J). It sits at the edge like
 * {@code cli}: diagnostics come from the analysis {@code check} runs ({@link dev.clawc.core.Analyzer}),
 * completion and hover from the bundled schema, catalogs, routes and request planner.
 */
package dev.clawc.lsp;
