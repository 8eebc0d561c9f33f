#!/usr/bin/env python3
"""Turn captured requests into (a) redacted raw records and (b) comparison skeletons.

  normalize.py raw requests.jsonl        > requests.raw.json
  normalize.py skeleton requests.raw.json > requests.skeleton.json
  normalize.py skeleton-one request.raw.json   (a single raw record) > skeleton

Skeleton of one request:
  {"method", "url" (scheme://host/path?query, key= values redacted),
   "headers": {lower-case name: value} minus volatile transport headers, auth values
              replaced by "<auth:...>", version numbers in user-agent replaced by "<v>",
   "body": the JSON body where every runtime-generated text is a placeholder
           "<text:ROLE>" (ROLE = system|developer|user|assistant|tool|tool-description|...),
           every JSON schema is "<schema>", every session-scoped id is "<id:KEY>",
           and ALL keys, array lengths, roles, part types, cache_control objects,
           model ids, numbers, booleans and short enum-like strings are kept verbatim.}
The "side" list names the non-model requests (catalog GETs etc.).
"""
import hashlib
import json
import re
import sys

AUTH_HEADERS = {"authorization", "x-api-key", "api-key", "x-goog-api-key", "proxy-authorization", "cookie",
                "x-amz-security-token", "chatgpt-account-id"}
DROP_HEADERS = {"traceparent", "tracestate", "content-length", "host", "connection", "accept-encoding",
                "accept-language", "sec-fetch-mode", "x-amz-date", "amz-sdk-invocation-id", "amz-sdk-request",
                "x-amz-content-sha256", "transfer-encoding", "baggage", "keep-alive"}
DROP_PREFIXES = ("x-stainless-",)
VOLATILE_ID_HEADERS = {"x-request-id", "idempotency-key", "x-client-request-id", "session_id", "session-id",
                       "x-session-id", "x-openclaw-session-id", "x-openclaw-run-id", "x-openclaw-request-id",
                       "x-openclaw-turn-id", "conversation_id", "x-conversation-id"}

# Body keys whose string values are runtime-generated text (always replaced).
TEXT_KEYS = {"text", "content", "description", "instructions", "system", "prompt", "arguments", "refusal",
             "reasoning_content"}
# Keys that hold either runtime text or a short enum ("summary": "auto", "reasoning": "low"):
# replaced only when the value looks like prose (long or multi-line).
MAYBE_TEXT_KEYS = {"summary", "thinking", "reasoning", "input", "output"}


def looks_like_prose(s):
    return len(s) > 40 or "\n" in s


def looks_like_id(s):
    return bool(re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", s, re.I)
                or re.fullmatch(r"[0-9a-f]{16,}", s, re.I)
                or (len(s) >= 20 and re.search(r"\d", s) and re.search(r"[A-Za-z]", s) and " " not in s))
# Body keys whose values are JSON schemas (replaced whole).
SCHEMA_KEYS = {"parameters", "input_schema", "inputSchema", "parametersJsonSchema", "parameters_json_schema",
               "json_schema", "responseJsonSchema", "response_schema"}
# Session-/run-scoped identifiers.
ID_KEYS = {"prompt_cache_key", "user", "user_id", "session_id", "safety_identifier", "previous_response_id",
           "call_id", "tool_call_id", "tool_use_id", "conversation", "cachedContent", "cached_content"}
LONG_STRING = 120


def redact_header(name, value):
    n = name.lower()
    if n in AUTH_HEADERS:
        m = re.match(r"^(Bearer|Basic|AWS4-HMAC-SHA256)\s", value, re.I)
        if m:
            return m.group(1) + " <redacted>"
        return "<redacted>"
    return value


def redact_url(url):
    return re.sub(r"([?&](?:key|api_key|apikey|access_token)=)[^&]*", r"\1<redacted>", url)


def cmd_raw(path):
    out = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            r = json.loads(line)
            hl = [[k, redact_header(k, v)] for k, v in r.get("header_list", [])]
            host = next((v for k, v in hl if k.lower() == "host"), "")
            scheme = "https" if r.get("listener") == "tls" else "http"
            hostname = host.split(":")[0]
            url = f"{scheme}://{hostname}{r['path']}"
            out.append({
                "seq": r.get("seq"),
                "t": r.get("t"),
                "listener": r.get("listener"),
                "sni": r.get("sni"),
                "method": r.get("method"),
                "url": redact_url(url),
                "headers": hl,
                "body_kind": r.get("body_kind"),
                "body": r.get("body"),
                "response": r.get("response"),
            })
    out.sort(key=lambda x: x.get("seq") or 0)
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


def norm_ua(v):
    v = re.sub(r"\d+\.\d+(\.\d+)?([-.+][0-9A-Za-z.-]+)?", "<v>", v)
    return v


def skel_headers(hl):
    h = {}
    for k, v in hl:
        n = k.lower()
        if n in DROP_HEADERS or n.startswith(DROP_PREFIXES):
            continue
        if n in AUTH_HEADERS:
            v = redact_header(n, v)
            v = v.replace("<redacted>", "<auth>")
        elif n in VOLATILE_ID_HEADERS or (n.startswith("x-") and looks_like_id(v)):
            v = "<id>"
        elif n in ("user-agent", "x-goog-api-client"):
            v = norm_ua(v)
        h[n] = v
    return dict(sorted(h.items()))


def is_model_call(rec):
    if rec.get("method") != "POST":
        return False
    u = rec.get("url", "")
    return any(s in u for s in ("/chat/completions", "/messages", "/responses", ":generateContent",
                                ":streamGenerateContent", "/converse", "/completions", "/invoke"))


class Ctx:
    def __init__(self, role=None, area=None):
        self.role = role
        self.area = area


PROMPT = "hello there"
MARKERS = [
    ("<!-- openclaw:attempt:STABLE -->", "stable"),
    ("<!-- openclaw:attempt:DYNAMIC -->", "dynamic"),
    ("<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>", "internal-context"),
]


RETRY_MARK = "previous model attempt failed"


def text_kind(value):
    """Sub-kind of a runtime text, so layouts (stable/dynamic system split, prompt vs carrier, the
    note OpenClaw adds when it retries a turn on a fallback model) stay visible."""
    if not isinstance(value, str):
        return ""
    if RETRY_MARK in value:
        inner = _text_kind(value)
        return ":retry+" + inner[1:] if inner else ":retry-note"
    return _text_kind(value)


def _text_kind(value):
    v = value.strip()
    if v.startswith(MARKERS[0][0]) and MARKERS[1][0] in v:
        return ":stable+dynamic"
    for marker, kind in MARKERS:
        if v.startswith(marker):
            return ":" + kind
    if PROMPT and (v == PROMPT or v.endswith("] " + PROMPT) or v.endswith("\n" + PROMPT)):
        return ":prompt"
    if PROMPT and PROMPT in v:
        if "\nRuntime: " in v:
            return ":prompt+runtime"
        return ":contains-prompt"
    return ""


# "marker": the release's code has OpenClaw's stable/dynamic boundary marker, so a system text
# without it really has no boundary. "absent": the release never prints the marker, so where its
# system prompt splits is not observable: such text gets the kind "unknown" instead of a guess.
BOUNDARY = "marker"


def text_ph(ctx, key, value=None):
    base = _text_ph(ctx, key)
    kind = text_kind(value)
    if not kind and BOUNDARY == "absent" and base in ("<text:system>", "<text:developer>"):
        kind = ":unknown"
    return base[:-1] + kind + ">"


def _text_ph(ctx, key):
    if ctx.area == "tools":
        return "<text:tool-description>" if key == "description" else f"<text:tool-{key}>"
    if ctx.area == "system":
        return "<text:system>"
    if ctx.role:
        return f"<text:{ctx.role}>"
    if key in ("instructions", "system"):
        return "<text:system>"
    return f"<text:{key}>"


def skel(v, key=None, ctx=None):
    ctx = ctx or Ctx()
    if isinstance(v, dict):
        role = v.get("role") if isinstance(v.get("role"), str) else ctx.role
        sub = Ctx(role, ctx.area)
        out = {}
        for k, x in v.items():
            c = sub
            if k in ("tools", "functionDeclarations", "function_declarations", "toolConfig") and ctx.area != "tools":
                c = Ctx(None, "tools")
            elif k in ("system", "systemInstruction", "system_instruction", "instructions"):
                c = Ctx("system", "system")
            if k in SCHEMA_KEYS and isinstance(x, (dict, list)):
                out[k] = "<schema>"
            elif k in ID_KEYS and isinstance(x, str):
                out[k] = f"<id:{k}>"
            elif k == "metadata" and isinstance(x, dict):
                out[k] = {mk: (f"<id:{mk}>" if isinstance(mv, str) and (looks_like_id(mv) or mk in ID_KEYS
                                                                 or mk.endswith("_id") or mk.endswith("Id")) else
                               (mv if isinstance(mv, str) else skel(mv, mk, c))) for mk, mv in x.items()}
            elif isinstance(x, str):
                if k in TEXT_KEYS or (k in MAYBE_TEXT_KEYS and looks_like_prose(x)):
                    out[k] = text_ph(c, k, x)
                elif len(x) > LONG_STRING:
                    out[k] = text_ph(c, "long-" + k, x)
                else:
                    out[k] = x
            else:
                out[k] = skel(x, k, c)
        return out
    if isinstance(v, list):
        return [skel(x, key, ctx) if not isinstance(x, str) else
                (text_ph(ctx, key or "item", x) if (key in TEXT_KEYS or len(x) > LONG_STRING) else x) for x in v]
    return v


def skeleton_of(rec):
    body = rec.get("body")
    if rec.get("body_kind") == "json":
        body = skel(body)
    elif isinstance(body, str) and body:
        body = f"<non-json body sha256:{hashlib.sha256(body.encode()).hexdigest()[:12]}>"
    return {
        "method": rec.get("method"),
        "url": redact_url(rec.get("url", "")),
        "headers": skel_headers(rec.get("headers", [])),
        "body": body,
    }


def cmd_skeleton(path):
    data = json.load(open(path))
    if isinstance(data, dict):
        data = [data]
    model_calls = [skeleton_of(r) for r in data if is_model_call(r)]
    side = [f"{r.get('method')} {redact_url(r.get('url', ''))} -> {((r.get('response') or {}).get('status'))}"
            for r in data if not is_model_call(r)]
    # Retries of an identical request are timing-dependent; "distinct" collapses consecutive
    # identical skeletons so an oracle can compare the request sequence without the retry count.
    distinct = []
    for i, r in enumerate(model_calls):
        if distinct and model_calls[distinct[-1]["index"]] == r:
            distinct[-1]["attempts"] += 1
        else:
            distinct.append({"index": i, "attempts": 1,
                             "model": (r.get("body") or {}).get("model") if isinstance(r.get("body"), dict) else None,
                             "url": r.get("url")})
    json.dump({"requests": model_calls, "distinct": distinct, "side": side}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    argv = sys.argv[1:]
    if "--prompt" in argv:
        i = argv.index("--prompt")
        PROMPT = argv[i + 1]
        del argv[i:i + 2]
    if "--boundary" in argv:
        i = argv.index("--boundary")
        BOUNDARY = argv[i + 1]
        del argv[i:i + 2]
    mode, path = argv[0], argv[1]
    if mode == "raw":
        cmd_raw(path)
    elif mode == "skeleton":
        cmd_skeleton(path)
    elif mode == "skeleton-one":
        json.dump(skeleton_of(json.load(open(path))), sys.stdout, indent=1, ensure_ascii=False)
    else:
        sys.exit("mode: raw|skeleton|skeleton-one")
