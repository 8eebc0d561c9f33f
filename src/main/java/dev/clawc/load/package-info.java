/**
 * The load stage: from the parsed root config to the value OpenClaw validates. Resolves
 * {@code $include} directives (with OpenClaw's merge rules, root boundary, depth and size limits),
 * applies the config's {@code env} block, and substitutes {@code ${VAR}} references, recording for
 * each substituted string which variables it used. Entry point: {@link dev.clawc.load.ConfigLoader}.
 * {@link dev.clawc.load.EnvFile} reads {@code --env-file} files; {@link dev.clawc.load.Environment}
 * combines them with the process environment.
 */
package dev.clawc.load;
