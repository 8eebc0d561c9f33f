#!/usr/bin/env python3
"""Capture the project's oracle cases (testdata/oracle/cases/) on many OpenClaw releases and keep
the normalized skeletons, deduplicated, under testdata/oracle/.

  sweep.py capture --releases 2026.9.6,2026.5.7 [--cases a,b] [--jobs 2] [--force]
  sweep.py diff [--cases a,b]          behaviour changes between neighbouring captured releases
  sweep.py report                      rewrite the coverage part of testdata/oracle/RELEASES.md
  sweep.py renormalize                 rebuild indexed skeletons from the raw captures, drop unused files

Paths (defaults in brackets):
  --oc-root   where install-release.sh put the releases: <oc-root>/oc-<version>, <oc-root>/node24
              [$OC_CAP_ROOT, else /work/oc/caps]
  --raw       raw capture folders <raw>/<version>/<case>/ (hold OpenClaw's prompt text and local
              paths: never commit them) [<oc-root>/raw]
  --testdata  [testdata/oracle in the project holding this tool]

Writes, per captured (release, case):
  testdata/oracle/skeletons/<case>/<sha12>.json   {"requests": [...], "distinct": [...]} as in
        ../shared/oracle/README.md, minus "attempts" (run-to-run noise) and "side"; sha12 is the
        first 12 hex digits of the SHA-256 of the file's bytes, so equal skeletons share one file
  testdata/oracle/index.json    releases -> case -> {skeleton, config, attempts, exit_code, ...}

"Behaviour" (used by diff and for bracketing in the report) is the list of distinct model calls,
each `tools` array reduced to presence and the cache_control objects by position from the end,
plus whether each call was retried (not how often: that varies between runs). Tool names and counts change with every release (new tools) and are not
part of what clawc predicts.
"""
import argparse
import concurrent.futures as cf
import hashlib
import json
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "lib"))
import skeldiff  # noqa: E402
PROJECT = os.path.dirname(os.path.dirname(HERE))
FAKE_KEYS = {"OPENROUTER_API_KEY": "sk-or-test-123", "ANTHROPIC_API_KEY": "sk-ant-test-123",
             "OPENAI_API_KEY": "sk-test-123", "GEMINI_API_KEY": "gm-test-123"}
RELEASES_JSON = os.path.join(PROJECT, "rules", "openclaw", "releases", "releases.json")
FIRST, LAST = "2026.2.6-3", "2026.9.6"


def vkey(v):
    m = re.match(r"^(\d+)\.(\d+)\.(\d+)(?:-(\d+))?$", v)
    return tuple(int(x or 0) for x in m.groups())


def stable_releases():
    rs = [r["release"] for r in json.load(open(RELEASES_JSON))["releases"]]
    return [r for r in sorted(rs, key=vkey) if vkey(FIRST) <= vkey(r) <= vkey(LAST)]


def load_index(td):
    p = os.path.join(td, "index.json")
    if os.path.exists(p):
        return json.load(open(p))
    return {"note": "OpenClaw release x oracle case -> normalized request skeleton. Written by "
                    "tools/oracle-capture/sweep.py; see testdata/oracle/README.md.",
            "catalog": "../shared/oracle/openrouter-models.json", "releases": {}}


def save_index(td, idx):
    idx["releases"] = {v: dict(sorted(idx["releases"][v].items())) for v in sorted(idx["releases"], key=vkey)}
    with open(os.path.join(td, "index.json"), "w") as f:
        json.dump(idx, f, indent=1, ensure_ascii=False)
        f.write("\n")


LOG_PAT = re.compile(r"(error|invalid|unrecognized|unknown model|not supported|fail|fallback|retry|rate.?limit|"
                     r"timeout|refus|rejected|overloaded)", re.I)


def log_lines(outf):
    """The OpenClaw output lines that explain the outcome, with paths and ids masked."""
    if not os.path.exists(outf):
        return []
    res = []
    for line in open(outf, errors="replace"):
        line = line.rstrip()
        if not line or not LOG_PAT.search(line):
            continue
        line = re.sub(r"/tmp/oracle-home\.[A-Za-z0-9]+", "<home>", line)
        line = re.sub(r"(/[\w.@+-]+){2,}", "<path>", line)
        line = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>", line, flags=re.I)
        line = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?", "<time>", line)
        line = line[:300]
        if line not in res:
            res.append(line)
    return res[:8]


MODEL_PATHS = ("/chat/completions", "/messages", "/responses", ":generateContent", ":streamGenerateContent",
               "/converse", "/completions", "/invoke")


def call_statuses(raw_path, sk):
    """HTTP status the capture server gave each distinct model call (its last attempt)."""
    try:
        raw = json.load(open(raw_path))
    except (OSError, ValueError):
        return []
    st = [(r.get("response") or {}).get("status") for r in raw
          if r.get("method") == "POST" and any(x in r.get("url", "") for x in MODEL_PATHS)]
    out = []
    for d in sk.get("distinct", []):
        i = d["index"] + d["attempts"] - 1
        out.append(st[i] if i < len(st) else None)
    return out


def stored_skeleton(sk):
    return {"requests": sk.get("requests", []),
            "distinct": [{k: v for k, v in d.items() if k != "attempts"} for d in sk.get("distinct", [])]}


def reduce_tools(v):
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if k in ("tools", "functionDeclarations") and isinstance(x, list):
                n = len(x)
                cc = {}
                for i, t in enumerate(x):
                    for ck in ("cache_control",):
                        if isinstance(t, dict) and ck in t:
                            cc[str(i - n)] = t[ck]
                out[k] = {"present": True, "cache_control_by_position_from_end": cc}
            else:
                out[k] = reduce_tools(x)
        return out
    if isinstance(v, list):
        return [reduce_tools(x) for x in v]
    return v


def behaviour(skel, attempts):
    """What clawc predicts of a capture: each distinct model call (tools reduced), and whether it
    was retried. The retry count itself varies from run to run (7 or 8 for the same 400)."""
    reqs = skel.get("requests", [])
    return {"calls": [reduce_tools(reqs[d["index"]]) for d in skel.get("distinct", [])],
            "retried": [a > 1 for a in attempts]}


def bkey(skel, attempts):
    return hashlib.sha256(json.dumps(behaviour(skel, attempts), sort_keys=True).encode()).hexdigest()[:12]


def run_one(args, ver, case):
    cdir = os.path.join(args.testdata, "cases", case)
    meta = json.load(open(os.path.join(cdir, "case.json")))
    variants = meta.get("config_variants") or ["config.json5"]
    for i, cfg in enumerate(variants):
        res = run_variant(args, ver, case, cfg)
        e = res[2]
        if i + 1 < len(variants) and e and e["requests"] == 0 and any("unknown model" in l.lower() for l in e["log"]):
            continue
        return res


def run_variant(args, ver, case, cfg):
    ocdir = os.path.join(args.oc_root, f"oc-{ver}")
    cdir = os.path.join(args.testdata, "cases", case)
    meta = json.load(open(os.path.join(cdir, "case.json")))
    out = os.path.join(args.raw, ver, case)
    os.makedirs(out, exist_ok=True)
    timeout = int(meta.get("timeout", 300))
    cmd = [os.path.join(HERE, "capture.sh"), "--oc", ocdir, "--config", os.path.join(cdir, cfg), "--out", out,
           "--node", os.path.join(args.oc_root, "node24", "node_modules", ".bin", "node"), "--timeout", str(timeout)]
    for k in meta.get("env_keys", []):
        cmd += ["--env", f"{k}={FAKE_KEYS[k]}"]
    for flag, key in (("--thinking", "thinking"), ("--agent", "agent"), ("--model", "model")):
        if meta.get(key):
            cmd += [flag, meta[key]]
    if meta.get("catalog") == "none":
        cmd += ["--catalog", "none"]
    if meta.get("warm"):
        cmd += ["--warmup"]
    if meta.get("rules"):
        cmd += ["--rules", os.path.join(cdir, "rules.json")]
    t0 = time.time()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=2 * timeout + 200)
    with open(os.path.join(out, "sweep.log"), "w") as f:
        f.write(p.stdout + p.stderr)
    skp = os.path.join(out, "requests.skeleton.json")
    if not os.path.exists(skp):
        return ver, case, None, f"capture failed: {(p.stdout + p.stderr)[-400:]}"
    sk = json.load(open(skp))
    m = json.load(open(os.path.join(out, "meta.json")))
    stored = stored_skeleton(sk)
    text = json.dumps(stored, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    sha = hashlib.sha256(text.encode()).hexdigest()[:12]
    rel = f"skeletons/{case}/{sha}.json"
    p2 = os.path.join(args.testdata, rel)
    os.makedirs(os.path.dirname(p2), exist_ok=True)
    if not os.path.exists(p2):
        with open(p2, "w") as f:
            f.write(text)
    attempts = [d["attempts"] for d in sk.get("distinct", [])]
    entry = {"skeleton": rel, "behaviour": bkey(stored, attempts), "config": cfg,
             "requests": len(stored["requests"]), "attempts": attempts,
             "statuses": call_statuses(os.path.join(out, "requests.raw.json"), sk),
             "exit_code": m.get("exit_code"), "session": m.get("session_mode"), "boundary": m.get("boundary"),
             "side": sk.get("side", []), "log": log_lines(os.path.join(out, "openclaw.out.txt"))}
    return ver, case, entry, f"{time.time() - t0:.0f}s requests={entry['requests']} attempts={entry['attempts']} rc={entry['exit_code']} {rel}"


def cmd_capture(args):
    idx = load_index(args.testdata)
    cases = [c for c in args.cases.split(",") if c] or sorted(os.listdir(os.path.join(args.testdata, "cases")))
    vers = [v for v in args.releases.split(",") if v]
    def wanted(v, c):
        e = idx["releases"].get(v, {}).get(c)
        if e is None or args.force:
            return True
        # a run killed by the harness' timeout before any model request proves nothing
        return (args.retry_timeouts and e["requests"] == 0 and e["exit_code"] in (124, 137, 143)
                and not any("invalid config" in l.lower() or "unknown model" in l.lower() for l in e["log"]))
    jobs = [(v, c) for v in vers for c in cases if wanted(v, c)]
    # long (fallback) cases first so the two workers stay busy to the end
    jobs.sort(key=lambda j: -int(json.load(open(os.path.join(args.testdata, "cases", j[1], "case.json"))).get("timeout", 150)))
    print(f"{len(jobs)} captures", flush=True)
    with cf.ThreadPoolExecutor(args.jobs) as ex:
        futs = [ex.submit(run_one, args, v, c) for v, c in jobs]
        for fu in cf.as_completed(futs):
            try:
                ver, case, entry, msg = fu.result()
            except Exception as e:  # noqa
                print("ERROR", e, flush=True)
                continue
            print(f"{ver} {case}: {msg}", flush=True)
            if entry:
                idx = load_index(args.testdata)
                idx["releases"].setdefault(ver, {})[case] = entry
                save_index(args.testdata, idx)


def captured(idx, case):
    return sorted(((v, e) for v, cs in idx["releases"].items() for c, e in cs.items() if c == case),
                  key=lambda x: vkey(x[0]))


def rehash(args):
    """Recompute every entry's behaviour hash (after a change to behaviour())."""
    idx = load_index(args.testdata)
    for cs in idx["releases"].values():
        for e in cs.values():
            e["behaviour"] = bkey(json.load(open(os.path.join(args.testdata, e["skeleton"]))), e["attempts"])
    save_index(args.testdata, idx)
    return idx


def cmd_renormalize(args):
    """Rebuild the skeletons of the indexed captures from their raw folders (after a normalizer
    change), and delete skeleton files nothing refers to any more."""
    idx = load_index(args.testdata)
    for ver, cs in idx["releases"].items():
        for case, e in cs.items():
            out = os.path.join(args.raw, ver, case)
            raw = os.path.join(out, "requests.raw.json")
            if not os.path.exists(raw):
                print(f"{ver} {case}: no raw capture, kept as is")
                continue
            m = json.load(open(os.path.join(out, "meta.json")))
            sk = json.loads(subprocess.run([sys.executable, os.path.join(HERE, "lib", "normalize.py"), "--boundary",
                                            m.get("boundary") or "marker", "skeleton", raw],
                                           capture_output=True, text=True, check=True).stdout)
            stored = stored_skeleton(sk)
            text = json.dumps(stored, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
            rel = f"skeletons/{case}/{hashlib.sha256(text.encode()).hexdigest()[:12]}.json"
            if not os.path.exists(os.path.join(args.testdata, rel)):
                with open(os.path.join(args.testdata, rel), "w") as f:
                    f.write(text)
            if rel != e["skeleton"]:
                print(f"{ver} {case}: {e['skeleton']} -> {rel}")
            e["skeleton"] = rel
            e["statuses"] = call_statuses(raw, sk)
    save_index(args.testdata, idx)
    used = {e["skeleton"] for cs in idx["releases"].values() for e in cs.values()}
    root = os.path.join(args.testdata, "skeletons")
    for case in os.listdir(root):
        for f in os.listdir(os.path.join(root, case)):
            if f"skeletons/{case}/{f}" not in used:
                os.remove(os.path.join(root, case, f))
    rehash(args)


def cmd_diff(args):
    idx = rehash(args)
    cases = [c for c in args.cases.split(",") if c] or sorted(os.listdir(os.path.join(args.testdata, "cases")))
    for c in cases:
        caps = captured(idx, c)
        for (v1, e1), (v2, e2) in zip(caps, caps[1:]):
            if e1["behaviour"] != e2["behaviour"]:
                print(f"{c}: {v1} -> {v2}: {e1['skeleton']} -> {e2['skeleton']}")
                if args.detail:
                    a = behaviour(json.load(open(os.path.join(args.testdata, e1["skeleton"]))), e1["attempts"])
                    b = behaviour(json.load(open(os.path.join(args.testdata, e2["skeleton"]))), e2["attempts"])
                    out = []
                    skeldiff.diff(a, b, "", out)
                    for path, x, y in out[:args.detail]:
                        if not path.endswith("<key-order>"):
                            print(f"    {path}: {skeldiff.short(x)} -> {skeldiff.short(y)}")


def coverage(idx, cases, rels):
    """release -> case -> ('capture'|'bracket'|None)."""
    cov = {}
    for c in cases:
        caps = captured(idx, c)
        for r in rels:
            e = idx["releases"].get(r, {}).get(c)
            if e:
                cov.setdefault(r, {})[c] = "capture"
                continue
            lo = [x for x in caps if vkey(x[0]) < vkey(r)]
            hi = [x for x in caps if vkey(x[0]) > vkey(r)]
            ok = lo and hi and lo[-1][1]["behaviour"] == hi[0][1]["behaviour"]
            cov.setdefault(r, {})[c] = ("bracket", lo[-1][0], hi[0][0]) if ok else None
    return cov


def cmd_report(args):
    idx = rehash(args)
    cases = sorted(os.listdir(os.path.join(args.testdata, "cases")))
    rels = stable_releases()
    cov = coverage(idx, cases, rels)
    lines = ["| release | captured cases | bracketed cases | not covered |", "|---|---|---|---|"]
    for r in rels:
        cc = cov[r]
        cap = [c for c in cases if cc[c] == "capture"]
        br = [c for c in cases if isinstance(cc[c], tuple)]
        no = [c for c in cases if cc[c] is None]
        if len(cap) == len(cases):
            capt = "all"
        else:
            capt = str(len(cap)) if cap else "-"
        if br:
            pairs = sorted({(cc[c][1], cc[c][2]) for c in br}, key=lambda p: vkey(p[0]))
            brt = f"{len(br)} (" + ", ".join(f"{a}..{b}" for a, b in pairs) + ")"
        else:
            brt = "-"
        lines.append(f"| {r} | {capt} | {brt} | {', '.join(no) if no else '-'} |")
    table = "\n".join(lines)
    p = os.path.join(args.testdata, "RELEASES.md")
    text = open(p).read() if os.path.exists(p) else "<!-- coverage:start -->\n<!-- coverage:end -->\n"
    a, b = text.index("<!-- coverage:start -->"), text.index("<!-- coverage:end -->")
    text = text[:a] + "<!-- coverage:start -->\n" + table + "\n" + text[b:]
    open(p, "w").write(text)
    full = sum(1 for r in rels if all(cov[r][c] for c in cases))
    print(f"{len(rels)} releases; {full} fully covered; captured releases: "
          f"{', '.join(sorted(idx['releases'], key=vkey))}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", choices=["capture", "diff", "report", "renormalize"])
    ap.add_argument("--releases", default="")
    ap.add_argument("--cases", default="")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--detail", type=int, default=0, help="diff: print up to N differing paths")
    ap.add_argument("--retry-timeouts", action="store_true", help="capture: redo runs that timed out without a request")
    ap.add_argument("--force", action="store_true", help="re-capture pairs already in index.json")
    ap.add_argument("--oc-root", default=os.environ.get("OC_CAP_ROOT", "/work/oc/caps"))
    ap.add_argument("--raw", default=None)
    ap.add_argument("--testdata", default=os.path.join(PROJECT, "testdata", "oracle"))
    a = ap.parse_args()
    a.raw = a.raw or os.path.join(a.oc_root, "raw")
    {"capture": cmd_capture, "diff": cmd_diff, "report": cmd_report, "renormalize": cmd_renormalize}[a.cmd](a)


if __name__ == "__main__":
    main()
