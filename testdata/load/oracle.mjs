// Runs OpenClaw 2026.9.6's own include resolution, env block and ${VAR} substitution on a case dir.
import fs from "node:fs";
import path from "node:path";
// Usage: npm install openclaw@2026.9.6 in DIR; OPENCLAW_DIST=DIR/node_modules/openclaw/dist/ node oracle.mjs <case-dir>
// (chunk file names are content-hashed: they match 2026.9.6 only).
const dist = process.env.OPENCLAW_DIST ?? "/tmp/load-work/node_modules/openclaw/dist/";
const inc = await import(dist + "includes-CaaCq-XN.mjs");
const red = await import(dist + "redact-B5EGyLvV.mjs");
const cev = await import(dist + "config-env-vars-BHI12YH5.mjs");
const pj = await import(dist + "parse-json-compat-BBtWoq5_.mjs");
const caseDir = path.resolve(process.argv[2]);
const configPath = path.join(caseDir, "openclaw.json");
const envFile = path.join(caseDir, "env.json");
const env = fs.existsSync(envFile) ? JSON.parse(fs.readFileSync(envFile, "utf8")) : {};
const lines = [];
try {
  const parsed = pj.t(fs.readFileSync(configPath, "utf8"));
  const resolved = inc.l(parsed, configPath);
  if (resolved && typeof resolved === "object" && "env" in resolved) cev.t(resolved, env);
  const warnings = [];
  const out = red.X(resolved, env, { onMissing: (w) => warnings.push(w) });
  lines.push(JSON.stringify(out));
  for (const w of warnings) lines.push(`missing: ${w.varName} at ${w.configPath}`);
} catch (e) {
  lines.push(`error: ${String(e.message).split(caseDir).join("<dir>")}`);
}
fs.writeFileSync(path.join(caseDir, "openclaw-oracle.txt"), lines.join("\n") + "\n");
console.log(path.basename(caseDir), "=>", lines.join(" | "));
