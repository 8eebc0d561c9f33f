#!/usr/bin/env python3
"""openclaw-sync: record what each stable OpenClaw release knows, as release ranges.

For every stable `openclaw` release on npm (no betas; 2026.1.29 on) that is not yet recorded, it installs the
release into a scratch folder (npm install --ignore-scripts, Node 24 from npm), extracts
  - the config's JSON Schema (`openclaw config schema`, else the zod schema the release ships), facts only:
    the key tree, types, enum/const values, bounds, required keys, closed/open objects (no titles, no prose);
  - the built-in model catalogs (the pi-ai generated list it depends on, the plugin manifests' catalogs);
  - the release date (npm) and whether its CLI has `config validate` / `config schema`;
  - optionally OpenClaw's own verdicts (`config validate --json`) on the differential inputs under
    testdata/differential/cases (--verdicts);
then deletes the install. Facts of each release are cached in WORK/facts/<release>.json (resumable). The merge
step folds every release into one table per kind, each fact once with the releases where it holds
(since/until), and writes rules/openclaw/releases/. Tests and CI never run this tool; they read what it wrote.

Usage:  tools/openclaw-sync/sync.py [--work DIR] [--only V,V] [--verdicts V,V|none] [--merge-only] [--jobs N]
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OUT = REPO / "rules" / "openclaw" / "releases"
CASES = REPO / "testdata" / "differential" / "cases"
VERDICTS = REPO / "testdata" / "differential" / "verdicts"
FIRST = "2026.1.29"
NPM_FLAGS = ["--no-audit", "--no-fund", "--loglevel=error"]
# Schema keywords kept as facts; everything else (title, description, default, examples, $schema) is prose or noise.
FACT_KEYS = {"type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
             "maxLength", "minItems", "maxItems", "pattern", "required", "format", "minProperties", "maxProperties",
             "multipleOf", "uniqueItems", "dependentRequired", "$ref"}
# Keywords whose value is a schema, a list of schemas, or a map of schemas: the tree's children.
CHILD_ONE = {"additionalProperties": "ap", "items": "it", "not": "not", "propertyNames": "pn", "contains": "ct",
             "if": "if", "then": "th", "else": "el", "additionalItems": "ai"}
CHILD_LIST = {"anyOf": "any", "oneOf": "one", "allOf": "all", "prefixItems": "pi"}
CHILD_MAP = {"properties": "p", "patternProperties": "pp", "definitions": "d", "$defs": "d"}


def log(msg):
    print(time.strftime("%H:%M:%S"), msg, flush=True)


def version_key(v):
    m = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)(?:-(\d+))?", v)
    return tuple(int(x or 0) for x in m.groups()) if m else None


def stable_releases():
    data = json.loads(subprocess.check_output(["npm", "view", "openclaw", "time", "--json"], text=True))
    rel = {v: t[:10] for v, t in data.items() if version_key(v) and version_key(v) >= version_key(FIRST)}
    return dict(sorted(rel.items(), key=lambda kv: version_key(kv[0])))


def node24(work):
    d = work / "node24"
    binp = d / "node_modules" / ".bin" / "node"
    if not binp.exists():
        d.mkdir(parents=True, exist_ok=True)
        (d / "package.json").write_text('{"name":"sync-node24","private":true}')
        subprocess.run(["npm", "install", *NPM_FLAGS, "node@24"], cwd=d, check=True)
    return binp


LIBSIGNAL_STUB = {  # older releases pull libsignal from a git URL npm cannot reach; WhatsApp is not needed here
    "package.json": '{"name":"libsignal","version":"0.0.0-stub","main":"index.js"}',
    "index.js": "module.exports = {};",
    "src/curve.js": "function nope(){throw new Error('libsignal stub')}\nexports.generateKeyPair=nope;exports.calculateSignature=nope;exports.verifySignature=nope;exports.calculateAgreement=nope;exports.getPublicFromPrivateKey=nope;exports.createKeyPair=nope;",
    "src/crypto.js": "function nope(){throw new Error('libsignal stub')}\nexports.deriveSecrets=nope;exports.decrypt=nope;exports.encrypt=nope;exports.calculateMAC=nope;exports.hash=nope;exports.verifyMAC=nope;",
}


def install(work, version, env):
    d = work / f"r-{version}"
    if (d / "node_modules" / "openclaw" / "openclaw.mjs").exists():
        return d
    shutil.rmtree(d, ignore_errors=True)
    (d / "stub-libsignal" / "src").mkdir(parents=True)
    for name, text in LIBSIGNAL_STUB.items():
        (d / "stub-libsignal" / name).write_text(text)
    (d / "package.json").write_text(json.dumps({"name": "sync", "private": True, "dependencies": {"openclaw": version},
                                                "overrides": {"libsignal": "file:./stub-libsignal"}}))
    subprocess.run(["npm", "install", *NPM_FLAGS, "--ignore-scripts"], cwd=d, check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=1200)
    return d


def drop_defaulted_required(n):
    """`openclaw config schema` describes the parsed (output) side: a key with a default is listed as required
    although a config may leave it out. Such keys leave `required`; `config validate` agrees (a config without
    channels.telegram.dmPolicy is valid)."""
    if isinstance(n, dict):
        props = n.get("properties") if isinstance(n.get("properties"), dict) else {}
        if isinstance(n.get("required"), list):
            n["required"] = [r for r in n["required"] if not (isinstance(props.get(r), dict) and "default" in props[r])]
            if not n["required"]:
                del n["required"]
        for v in n.values():
            drop_defaulted_required(v)
    elif isinstance(n, list):
        for v in n:
            drop_defaulted_required(v)
    return n


def facts_only(n):
    """A JSON Schema node reduced to facts; children stay schemas (reduced too)."""
    if isinstance(n, bool):
        return n
    if not isinstance(n, dict):
        return n
    out = {}
    for k, v in n.items():
        if k in FACT_KEYS:
            out[k] = v
        elif k in CHILD_ONE:
            out[k] = facts_only(v)
        elif k in CHILD_LIST and isinstance(v, list):
            out[k] = [facts_only(x) for x in v]
        elif k in CHILD_LIST or (k == "items" and isinstance(v, list)):
            out[k] = [facts_only(x) for x in v]
        elif k in CHILD_MAP and isinstance(v, dict):
            out[k] = {kk: facts_only(vv) for kk, vv in v.items()}
    return out


def run_oc(node, rdir, args, home, timeout=120):
    env = {"PATH": f"{node.parent}:/usr/bin:/bin", "HOME": str(home), "TZ": "UTC", "NO_COLOR": "1",
           "OPENCLAW_NO_UPDATE_CHECK": "1"}
    p = subprocess.run([str(node), str(rdir / "node_modules" / "openclaw" / "openclaw.mjs"), *args], env=env, stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def extract(work, node, version, date, verdict_release):
    env = dict(os.environ, PATH=f"{node.parent}:{os.environ['PATH']}")
    t0 = time.time()
    rdir = install(work, version, env)
    home = Path(tempfile.mkdtemp(prefix="oc-home-"))
    try:
        rc, helptext, _ = run_oc(node, rdir, ["config", "--help"], home)
        has_schema = bool(re.search(r"^\s+schema\b", helptext, re.M))
        has_validate = bool(re.search(r"^\s+validate\b", helptext, re.M))
        if has_schema:
            rc, out, err = run_oc(node, rdir, ["config", "schema"], home)
            schema, schema_source = drop_defaulted_required(json.loads(out[out.index("{"):])), "openclaw config schema"
        else:
            got = run_extract(node, rdir, "schema", env)
            schema, schema_source = got["schema"], "zod " + got["source"]
        catalog = run_extract(node, rdir, "catalog", env)
        facts = {"release": version, "date": date, "cli": {"configSchema": has_schema, "configValidate": has_validate},
                 "schemaSource": schema_source, "schema": facts_only(schema), "catalog": catalog}
        if verdict_release:
            facts["verdicts"] = verdicts(node, rdir, has_validate)
        log(f"{version}: extracted in {time.time() - t0:.0f}s ({schema_source})")
        return facts
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run_extract(node, rdir, what, env):
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        subprocess.run([str(node), str(HERE / "extract.mjs"), str(rdir), what, f.name], env=env, check=True, stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=300)
        return json.loads(Path(f.name).read_text())


def verdicts(node, rdir, has_validate):
    """OpenClaw's own `config validate --json` on every differential input: exit code and the paths it names."""
    if not has_validate:
        return None
    cases = sorted(CASES.glob("*.json5"))

    def one(case):
        home = Path(tempfile.mkdtemp(prefix="oc-v-"))
        try:
            (home / ".openclaw").mkdir()
            shutil.copy(case, home / ".openclaw" / "openclaw.json")
            rc, out, err = run_oc(node, rdir, ["config", "validate", "--json"], home)
            paths = []
            try:
                doc = json.loads(out[out.index("{"):])
                paths = sorted({i.get("path", "") for i in doc.get("issues", [])})
            except (ValueError, KeyError):
                pass
            return case.stem, rc, paths
        finally:
            shutil.rmtree(home, ignore_errors=True)

    with ThreadPoolExecutor(max_workers=2) as pool:
        return {name: {"rc": rc, "paths": paths} for name, rc, paths in pool.map(one, cases)}


# ------------------------------------------------------------------------------------------------ merge

def to_tree(schema):
    """A schema as a tree: own facts at the node, children by keyword."""
    if isinstance(schema, bool):
        return {"f": schema}
    facts, kids = {}, {}
    for k, v in schema.items():
        if k in CHILD_ONE and not isinstance(v, list):
            kids[CHILD_ONE[k]] = {"": to_tree(v)}  # one child: the empty name, so every tag maps names to trees
        elif k in CHILD_LIST or (k == "items" and isinstance(v, list)):
            tag = CHILD_LIST.get(k, "ix")
            kids[tag] = {str(i): to_tree(x) for i, x in enumerate(v)}
        elif k in CHILD_MAP:
            kids.setdefault(CHILD_MAP[k], {}).update({kk: to_tree(vv) for kk, vv in v.items()})
        else:
            facts[k] = v
    return {"f": facts, "k": kids}


def merge_trees(releases, trees):
    """trees: per release (same order as releases) a tree or None. Returns a merged node with ranges."""
    runs, last = [], None
    for rel, t in zip(releases, trees):
        key = None if t is None else json.dumps(t["f"], sort_keys=True)
        if key is not None and runs and last == key and runs[-1]["_open"]:
            runs[-1]["until"] = rel
        elif key is not None:
            runs.append({"since": rel, "until": rel, "facts": t["f"], "_open": True})
        if runs and key != last and key is None:
            runs[-1]["_open"] = False
        if key is None and runs:
            runs[-1]["_open"] = False
        last = key
    for r in runs:
        r.pop("_open")
    node = {"r": [[r["since"], r["until"], r["facts"]] for r in runs]}
    tags = sorted({tag for t in trees if t and "k" in t for tag in t["k"]})
    for tag in tags:
        names = []
        for t in trees:
            for n in (t or {}).get("k", {}).get(tag, {}):
                if n not in names:
                    names.append(n)
        node[tag] = {n: merge_trees(releases, [(t or {}).get("k", {}).get(tag, {}).get(n) for t in trees]) for n in names}
    return node


def open_ended(node, newest):
    """An `until` equal to the newest synced release is written as null: the fact still holds."""
    for seg in node["r"]:
        if seg[1] == newest:
            seg[1] = None
    for tag, kids in node.items():
        if tag != "r":
            for k in kids.values():
                open_ended(k, newest)
    return node


def explode(node, release, order):
    """The tree of one release from a merged node (the inverse of merge_trees), or None."""
    rk = order[release]
    facts = None
    for since, until, f in node["r"]:
        if order[since] <= rk and (until is None or rk <= order[until]):
            facts = f
    if facts is None:
        return None
    t = {"f": facts, "k": {}}
    for tag, kids in node.items():
        if tag == "r":
            continue
        got = {n: explode(k, release, order) for n, k in kids.items()}
        got = {n: v for n, v in got.items() if v is not None}
        if got:
            t["k"][tag] = got
    return t


def merge(work, releases):
    facts_dir = work / "facts"
    synced = [v for v in releases if (facts_dir / f"{v}.json").exists()]
    old = {}
    if (OUT / "releases.json").exists():
        old = {r["release"]: r for r in json.loads((OUT / "releases.json").read_text())["releases"]}
    names = sorted(set(synced) | set(old), key=version_key)
    order = {v: i for i, v in enumerate(names)}
    old_schema = json.loads((OUT / "schema.json").read_text()) if (OUT / "schema.json").exists() else None
    old_catalog = json.loads((OUT / "catalog.json").read_text()) if (OUT / "catalog.json").exists() else None
    old_order = {v: i for i, v in enumerate(sorted(old, key=version_key))}
    trees, cats, meta = [], [], []
    for v in names:
        f = facts_dir / f"{v}.json"
        if f.exists():
            d = json.loads(f.read_text())
            trees.append(to_tree(d["schema"]))
            cats.append(catalog_tree(d["catalog"]))
            meta.append({"release": v, "date": d["date"], "schemaSource": d["schemaSource"], **d["cli"]})
            if d.get("verdicts"):
                write_verdicts(v, d["verdicts"])
        else:  # recorded earlier, facts not cached here: recover them from the merged table
            with_null = {**old_order}
            trees.append(explode(old_schema, v, with_null) if old_schema else None)
            cats.append(explode(old_catalog, v, with_null) if old_catalog else None)
            meta.append(old[v])
    if not names:
        log("nothing synced yet")
        return
    newest = names[-1]
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "releases.json", {"note": "Written by tools/openclaw-sync; do not edit. Stable OpenClaw releases recorded, oldest first.",
                                  "releases": meta})
    write(OUT / "schema.json", open_ended(merge_trees(names, trees), newest))
    catalog = open_ended(merge_trees(names, cats), newest)
    write(OUT / "catalog.json", catalog)
    write(OUT / "withdrawn-models.json", withdrawn_models(catalog))
    log(f"merged {len(names)} releases into {OUT}")


def withdrawn_models(catalog):
    """The model ids the provider manifests suppress unconditionally, by release range: the ids OpenClaw's validator
    refuses in configured model refs (`Unknown model: ...`). A small index of catalog.json, so that a check does not
    read the whole catalog. Conditional suppressions (`when`: only on some base URLs) are left out, as the validator
    leaves them out."""
    models = {}
    for node in catalog.get("p", {}).values():
        for since, until, facts in node.get("r", []):
            for sup in (facts or {}).get("suppressions", []):
                if sup.get("when") or not sup.get("provider") or not sup.get("model"):
                    continue
                key = f"{sup['provider']}/{sup['model']}".lower()
                seg = [since, until, sup.get("reason", "")]
                if seg not in models.setdefault(key, []):  # several manifests may list one id
                    models[key].append(seg)
    return {"note": "Written by tools/openclaw-sync from catalog.json; do not edit. Model ids the releases' provider"
                    " manifests withdraw (suppress without condition): [since, until, OpenClaw's reason].",
            "models": {k: sorted(v, key=lambda seg: version_key(seg[0])) for k, v in sorted(models.items())}}


def catalog_tree(cat):
    """Catalog facts as a tree: provider -> source -> model id -> facts, so models get their own ranges."""
    kids = {}
    if cat.get("piAi"):
        for p, models in cat["piAi"]["providers"].items():
            kids[p] = {"f": {"source": "pi-ai"}, "k": {"m": {i: {"f": m} for i, m in models.items()}}}
    for p, entry in cat.get("manifests", {}).items():
        node = kids.setdefault(p, {"f": {}, "k": {"m": {}}})
        node["f"] = {**node["f"], "manifest": True, **({"suppressions": entry["suppressions"]} if "suppressions" in entry else {})}
        node["k"]["m"].update({i: {"f": m} for i, m in entry["models"].items()})
    return {"f": {"piAi": (cat.get("piAi") or {}).get("version")}, "k": {"p": kids}}


def write_verdicts(version, verdicts):
    VERDICTS.mkdir(parents=True, exist_ok=True)
    lines = ["# case\texit\tpaths OpenClaw " + version + " names (config validate --json)"]
    for name in sorted(verdicts):
        v = verdicts[name]
        lines.append(f"{name}\t{v['rc']}\t{' '.join(v['paths'])}")
    (VERDICTS / f"{version}.tsv").write_text("\n".join(lines) + "\n")


def write(path, doc):
    path.write_text(json.dumps(doc, separators=(",", ":"), sort_keys=False) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default=os.path.expanduser("~/.cache/clawc-openclaw-sync"))
    ap.add_argument("--only", help="comma-separated releases (default: every stable release not yet synced)")
    ap.add_argument("--verdicts", default="", help="releases whose `config validate` verdicts on the differential inputs to record")
    ap.add_argument("--merge-only", action="store_true")
    ap.add_argument("--index-only", action="store_true", help="only rewrite withdrawn-models.json from catalog.json")
    ap.add_argument("--keep", action="store_true", help="keep the installs (about 650 MB each)")
    ap.add_argument("--force", action="store_true", help="extract again releases whose facts are cached")
    ap.add_argument("--newest-first", action="store_true", help="work from the newest release down")
    a = ap.parse_args()
    if a.index_only:
        write(OUT / "withdrawn-models.json", withdrawn_models(json.loads((OUT / "catalog.json").read_text())))
        return
    work = Path(a.work)
    (work / "facts").mkdir(parents=True, exist_ok=True)
    releases = stable_releases()
    if not a.merge_only:
        node = node24(work)
        recorded = set()
        if (OUT / "releases.json").exists():
            recorded = {r["release"] for r in json.loads((OUT / "releases.json").read_text())["releases"]}
        verdict_set = {v for v in a.verdicts.split(",") if v}
        todo = [v for v in releases if (a.only and v in a.only.split(",")) or (not a.only and v not in recorded)]
        if not a.force:  # cached facts are kept: several runs can share the work (and a stopped run resumes)
            todo = [v for v in todo if not (work / "facts" / f"{v}.json").exists() or v in verdict_set]
        if a.newest_first:
            todo.reverse()
        failed = []
        for i, v in enumerate(todo, 1):
            if not a.force and v not in verdict_set and (work / "facts" / f"{v}.json").exists():
                continue  # another run did it meanwhile
            log(f"[{i}/{len(todo)}] {v} ({releases[v]})")
            try:
                facts = extract(work, node, v, releases[v], v in verdict_set)
                (work / "facts" / f"{v}.json").write_text(json.dumps(facts))
            except Exception as e:  # one bad release must not stop the rest
                msg = getattr(e, "stderr", None) or str(e)
                failed.append((v, str(msg).strip().splitlines()[-1:] if msg else ""))
                log(f"{v}: FAILED: {failed[-1][1]}")
            finally:
                if not a.keep:
                    shutil.rmtree(work / f"r-{v}", ignore_errors=True)
        for v, why in failed:
            log(f"failed: {v}: {why}")
    merge(work, releases)


if __name__ == "__main__":
    main()
