#!/usr/bin/env python3
"""generate.py: single-mutation configs over every section of the OpenClaw config, for the differential test.

Reads the newest release's schema from rules/openclaw/releases/schema.json (what tools/openclaw-sync wrote) and
writes testdata/differential/cases/NNNN-<section>-<kind>.json5: one config per mutation (a misspelt key, a wrong
type, a bad enum value, an out-of-range number, an unknown key in a closed object) plus valid variations as
controls. Parents are filled with the smallest values their schema requires. Deterministic (seeded): running it
again gives the same files. OpenClaw's own verdicts on them are recorded by `tools/openclaw-sync/sync.py
--verdicts V,...`; DifferentialAgreementTest compares clawc with them.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "tools" / "openclaw-sync"))
import sync  # noqa: E402  (explode and version order)

OUT = REPO / "testdata" / "differential" / "cases"
PER_SECTION = 6          # mutation sites sampled per top-level section
MAX_DEPTH = 5


def schema_of_newest():
    releases = json.loads((REPO / "rules/openclaw/releases/releases.json").read_text())["releases"]
    names = [r["release"] for r in releases]
    order = {v: i for i, v in enumerate(names)}
    tree = json.loads((REPO / "rules/openclaw/releases/schema.json").read_text())
    return names[-1], to_schema(sync.explode(tree, names[-1], order))


TAGS_ONE = {v: k for k, v in sync.CHILD_ONE.items()}
TAGS_LIST = {v: k for k, v in sync.CHILD_LIST.items()} | {"ix": "items"}
TAGS_MAP = {"p": "properties", "pp": "patternProperties", "d": "definitions"}


def to_schema(t):
    if t is None:
        return None
    f = t["f"]
    if not isinstance(f, dict):
        return f
    s = dict(f)
    for tag, kids in t.get("k", {}).items():
        if tag in TAGS_ONE:
            s[TAGS_ONE[tag]] = to_schema(kids[""])
        elif tag in TAGS_LIST:
            s[TAGS_LIST[tag]] = [to_schema(kids[k]) for k in sorted(kids, key=int)]
        else:
            s[TAGS_MAP.get(tag, tag)] = {k: to_schema(v) for k, v in kids.items()}
    return s


def branches(s):
    for key in ("anyOf", "oneOf"):
        if isinstance(s, dict) and key in s:
            return s[key]
    return None


def enum_values(s):
    if not isinstance(s, dict):
        return None
    if "enum" in s:
        return s["enum"]
    bs = branches(s)
    if bs and all(isinstance(b, dict) and "const" in b for b in bs):
        return [b["const"] for b in bs]
    return None


def kind(s):
    if not isinstance(s, dict):
        return None
    t = s.get("type")
    if isinstance(t, list):
        t = [x for x in t if x != "null"][0] if [x for x in t if x != "null"] else None
    if t:
        return t
    bs = branches(s)
    if bs:
        kinds = {kind(b) for b in bs}
        return kinds.pop() if len(kinds) == 1 else None
    return None


def example(s, depth=0):
    """A small valid value for a schema, or raise ValueError when none is easy to make."""
    if s is True or s == {}:
        return "x"
    if not isinstance(s, dict) or depth > 12:
        raise ValueError("no example")
    if "const" in s:
        return s["const"]
    ev = enum_values(s)
    if ev:
        return ev[0]
    bs = branches(s)
    if bs:
        for b in bs:
            try:
                return example(b, depth + 1)
            except ValueError:
                pass
        raise ValueError("no branch")
    if "allOf" in s:
        raise ValueError("allOf")
    t = kind(s)
    if t == "string":
        if "pattern" in s or "format" in s:
            raise ValueError("pattern")
        return "x" * max(1, s.get("minLength", 1))
    if t in ("number", "integer"):
        lo = s.get("minimum", s.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in s else 1)
        hi = s.get("maximum", s.get("exclusiveMaximum", 10 ** 6) - 1 if "exclusiveMaximum" in s else 10 ** 6)
        v = max(lo, min(hi, 1))
        return int(v) if t == "integer" else v
    if t == "boolean":
        return True
    if t == "array":
        n = s.get("minItems", 0)
        return [example(s.get("items", True), depth + 1) for _ in range(n)]
    if t == "object":
        out = {}
        for r in s.get("required", []):
            out[r] = example(s.get("properties", {}).get(r, True), depth + 1)
        return out
    raise ValueError("untyped")


def sites(s, path, depth, out):
    """(path, schema, parent schema) for every reachable node, following properties, maps and arrays."""
    if not isinstance(s, dict) or depth > MAX_DEPTH:
        return
    obj = s
    bs = branches(s)
    if bs:  # follow the object branch of a union
        objs = [b for b in bs if kind(b) == "object"]
        if len(objs) == 1:
            obj = objs[0]
    for name, child in (obj.get("properties") or {}).items():
        out.append((path + [name], child, obj))
        sites(child, path + [name], depth + 1, out)
    ap = obj.get("additionalProperties")
    if isinstance(ap, dict) and ap:
        out.append((path + ["main"], ap, obj))
        sites(ap, path + ["main"], depth + 1, out)
    if kind(obj) == "array" and isinstance(obj.get("items"), dict):
        out.append((path + [0], obj["items"], obj))
        sites(obj["items"], path + [0], depth + 1, out)


def with_value(root_schema, path, value):
    """The smallest config that holds `value` at `path`: every parent filled with what its schema requires."""
    config = {}
    cur, s = None, root_schema
    holder, key = None, None
    node = config
    for i, seg in enumerate(path):
        s = s if isinstance(s, dict) else {}
        obj = s
        bs = branches(s)
        if bs:
            objs = [b for b in bs if kind(b) in ("object", "array")]
            obj = objs[0] if objs else s
        obj = obj if isinstance(obj, dict) else {}
        if isinstance(seg, int):
            child = obj.get("items", True)
        else:
            child = (obj.get("properties") or {}).get(seg)
            if child is None:
                child = obj.get("additionalProperties", True)
        last = i == len(path) - 1
        if last:
            nxt = value
        else:
            try:
                nxt = example(child)
            except ValueError:
                nxt = {}
            if not isinstance(nxt, (dict, list)):
                nxt = [] if isinstance(path[i + 1], int) else {}
            if isinstance(path[i + 1], int) and not isinstance(nxt, list):
                nxt = []
            if isinstance(path[i + 1], str) and not isinstance(nxt, dict):
                nxt = {}
        if isinstance(node, list):
            node.append(nxt)
        else:
            node[seg] = nxt
        node, s = nxt, child
    return config


def typo(name, rng):
    if len(name) < 3:
        return name + "x"
    i = rng.randrange(len(name) - 1)
    swapped = name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return swapped if swapped != name else name[:-1]


def mutations(root_schema, path, s, parent, rng):
    """(kind, config) pairs for one site."""
    out = []
    try:
        good = example(s)
        out.append(("valid", with_value(root_schema, path, good)))
    except ValueError:
        good = None
    t = kind(s)
    ev = enum_values(s)
    if ev and all(isinstance(v, str) for v in ev):
        out.append(("bad-enum", with_value(root_schema, path, "not-a-valid-value")))
        out.append(("valid-enum", with_value(root_schema, path, ev[-1])))
    if t == "string":
        out.append(("wrong-type", with_value(root_schema, path, 12345)))
    elif t in ("number", "integer"):
        out.append(("wrong-type", with_value(root_schema, path, "abc")))
        if "maximum" in s and s["maximum"] < 10 ** 9:
            out.append(("out-of-range", with_value(root_schema, path, s["maximum"] + 1)))
        if "minimum" in s:
            out.append(("out-of-range", with_value(root_schema, path, s["minimum"] - 1)))
        if "exclusiveMinimum" in s:
            out.append(("out-of-range", with_value(root_schema, path, s["exclusiveMinimum"])))
    elif t == "boolean":
        out.append(("wrong-type", with_value(root_schema, path, "yes")))
    elif t == "array":
        out.append(("wrong-type", with_value(root_schema, path, "x")))
    elif t == "object":
        out.append(("wrong-type", with_value(root_schema, path, "x")))
        if s.get("additionalProperties") is False and good is not None and isinstance(good, dict):
            out.append(("unknown-key", with_value(root_schema, path, {**good, "zzUnknownKey": True})))
            props = [p for p in (s.get("properties") or {}) if len(p) > 3]
            if props:
                p = rng.choice(props)
                try:
                    out.append(("misspelt-key", with_value(root_schema, path, {**good, typo(p, rng): example(s["properties"][p])})))
                except ValueError:
                    pass
    return out


def main():
    release, schema = schema_of_newest()
    rng = random.Random(20261205)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.json5"):
        old.unlink()
    n = 0
    for section, sub in schema["properties"].items():
        found = []
        found.append(([section], sub, schema))
        sites(sub, [section], 1, found)
        picked = [found[0]] + (rng.sample(found[1:], min(PER_SECTION - 1, len(found) - 1)) if len(found) > 1 else [])
        for path, s, parent in picked:
            found_here = mutations(schema, path, s, parent, rng)
            # the valid control plus at most two mutations per site keep OpenClaw's validation runs short
            found_here = found_here[:1] + rng.sample(found_here[1:], min(2, len(found_here) - 1)) if found_here else []
            for kind_name, config in found_here:
                n += 1
                dotted = ".".join(str(p) for p in path)
                name = f"{n:04d}-{section}-{kind_name}"
                text = f"// {kind_name} at {dotted} (generated by tools/differential/generate.py from OpenClaw {release}'s schema)\n"
                (OUT / f"{name}.json5").write_text(text + json.dumps(config, indent=2) + "\n")
    print(f"wrote {n} cases for {len(schema['properties'])} sections to {OUT}")


if __name__ == "__main__":
    main()
