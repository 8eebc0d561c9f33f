// extract.mjs: run with Node 24 inside one installed OpenClaw release; prints the release's facts as JSON.
//   node extract.mjs <dir holding node_modules/openclaw> schema|catalog <output file>
// schema:  the config's JSON Schema from the release's own zod schema (for releases whose CLI has no
//          `config schema`); the caller prefers the CLI when it exists.
// catalog: the built-in model catalogs the release ships: the pi-ai generated list it depends on (if any) and
//          the model catalogs in its plugin manifests. Only facts: ids, limits, reasoning, input kinds.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const [root, what, outFile] = process.argv.slice(2);
const pkgDir = path.join(root, "node_modules", "openclaw");

function walk(dir, pred, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== "node_modules") walk(p, pred, out); }
    else if (pred(p)) out.push(p);
  }
  return out;
}

function modelFacts(m) {
  const f = {};
  for (const k of ["contextWindow", "maxTokens", "reasoning", "api"]) if (m[k] !== undefined) f[k] = m[k];
  if (Array.isArray(m.input)) f.input = m.input.join("+");
  return f;
}

async function schemaFromZod() {
  // Unbundled releases ship dist/config/zod-schema.js; bundled ones hide it in a chunk that exports OpenClawSchema.
  const candidates = walk(path.join(pkgDir, "dist"), (p) => /\.(m?js)$/.test(p))
    .filter((p) => /zod-schema/.test(path.basename(p)) || fs.readFileSync(p, "utf8").includes("OpenClawSchema"));
  candidates.sort((a, b) => (/zod-schema\.js$/.test(b) ? 1 : 0) - (/zod-schema\.js$/.test(a) ? 1 : 0));
  for (const file of candidates) {
    let mod;
    try { mod = await import(pathToFileURL(file).href); } catch { continue; }
    for (const v of Object.values(mod)) {
      if (v && typeof v.toJSONSchema === "function" && typeof v.safeParse === "function" && v.shape && v.shape.agents) {
        return { source: path.relative(pkgDir, file), schema: v.toJSONSchema({ target: "draft-07", unrepresentable: "any", io: "input" }) };
      }
    }
  }
  throw new Error("no OpenClawSchema export found");
}

async function catalog() {
  const out = { piAi: null, manifests: {} };
  const req = createRequire(path.join(pkgDir, "package.json"));
  let piDir = null;
  try { piDir = path.dirname(req.resolve("@mariozechner/pi-ai/package.json")); } catch { /* not a dependency */ }
  if (piDir) {
    const gen = path.join(piDir, "dist", "models.generated.js");
    if (fs.existsSync(gen)) {
      const mod = await import(pathToFileURL(gen).href);
      const models = mod.MODELS || mod.default;
      const version = JSON.parse(fs.readFileSync(path.join(piDir, "package.json"), "utf8")).version;
      const providers = {};
      for (const [p, byId] of Object.entries(models || {})) {
        providers[p] = {};
        for (const [id, m] of Object.entries(byId)) providers[p][id] = modelFacts(m);
      }
      out.piAi = { version, providers };
    }
  }
  const manifests = walk(pkgDir, (p) => path.basename(p) === "openclaw.plugin.json");
  for (const file of manifests) {
    let d;
    try { d = JSON.parse(fs.readFileSync(file, "utf8")); } catch { continue; }
    const mc = d.modelCatalog;
    if (!mc || !mc.providers) continue;
    for (const [p, v] of Object.entries(mc.providers)) {
      const entry = { models: {} };
      for (const m of v.models || []) if (m && m.id) entry.models[m.id] = modelFacts(m);
      if (mc.suppressions) entry.suppressions = mc.suppressions;
      if (mc.aliases) entry.aliases = mc.aliases;
      out.manifests[p] = entry;
    }
  }
  return out;
}

const result = what === "schema" ? await schemaFromZod() : await catalog();
fs.writeFileSync(outFile, JSON.stringify(result));
process.exit(0); // plugin modules may keep timers alive
