"""Validate gold JSONL files against eval/FORMAT.md and the texts they point to.

Usage:
    python benchmarks/gold/check.py                      # every benchmarks/gold/*.gold.jsonl
    python benchmarks/gold/check.py FILE.jsonl [--root DIR] [--skip-missing]

Errors (exit 1): offsets that do not match the content, keys (speaker, also_accept, via, to,
participants, place, publisher, role person) not defined in `entities`, invalid types, kinds,
statuses, dates; evidence not in the text or not unique; duplicate keys.
Warnings (printed, exit 0): an entity none of whose aliases (or their stems) occurs in the
text, a cue or speaker_text not found, overlapping statement spans, descriptive `when` values.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldlib import (DAY_RE, ENTITY_TYPES, EVENT_TYPES, EXTRA_EVENT_TYPES, HERE, KINDS, LANGS, STATUSES,  # noqa: E402
                     find_root, is_iso, load_jsonl, norm, occurrences, read_text)

WD_RE = re.compile(r"^Q\d+$")


def _stem_in(text_l: str, alias: str) -> bool:
    a = alias.lower()
    if a in text_l:
        return True
    words = a.split()
    # inflected forms: compare every word without its last 1-2 letters
    stems = [w[:max(3, len(w) - 2)] if len(w) > 3 else w for w in words]
    return re.search(r"\w*\W+".join(re.escape(s) for s in stems), text_l) is not None


def check_doc(d: dict, text: str, where: str, errors: list, warnings: list) -> None:
    def err(msg):
        errors.append(f"{where}: {msg}")

    def warn(msg):
        warnings.append(f"{where}: {msg}")

    for k in ("doc", "lang", "published", "publisher", "entities", "statements", "events"):
        if k not in d:
            err(f"missing field {k!r}")
    if d.get("lang") not in LANGS:
        err(f"lang {d.get('lang')!r} not in {LANGS}")
    pub = d.get("published")
    if pub is not None and not DAY_RE.match(str(pub)):
        err(f"published {pub!r} is not an ISO date")

    keys: dict[str, dict] = {}
    for e in d.get("entities", []):
        k = e.get("key")
        if not k or k in keys:
            err(f"entity key {k!r} empty or duplicated")
        keys[k] = e
        if e.get("type") not in ENTITY_TYPES:
            err(f"entity {k}: type {e.get('type')!r}")
        if "wikidata" in e and not WD_RE.match(str(e["wikidata"])):
            err(f"entity {k}: wikidata {e['wikidata']!r}")
        al = e.get("aliases")
        if not al or not all(isinstance(a, str) and a.strip() for a in al):
            err(f"entity {k}: aliases must be a non-empty list of strings")
        elif not any(_stem_in(norm(text).lower(), norm(a)) for a in al):
            warn(f"entity {k}: no alias found in the text")

    def need_key(val, what):
        if val is not None and val not in keys:
            err(f"{what}: {val!r} is not an entity key")

    need_key(d.get("publisher"), "publisher")
    for r in d.get("roles", []):
        need_key(r.get("person"), "role person")
        if r.get("role") and norm(r["role"]).lower() not in norm(text).lower():
            warn(f"role {r['role']!r} not found verbatim")

    spans = []
    for i, s in enumerate(d.get("statements", [])):
        w = f"statement {i}"
        need_key(s.get("speaker"), f"{w} speaker")
        if not s.get("speaker"):
            err(f"{w}: no speaker")
        for a in s.get("also_accept", []):
            need_key(a, f"{w} also_accept")
        need_key(s.get("via"), f"{w} via")
        need_key(s.get("to"), f"{w} to")
        if s.get("kind") not in KINDS:
            err(f"{w}: kind {s.get('kind')!r}")
        st, en, content = s.get("start"), s.get("end"), s.get("content", "")
        if not isinstance(st, int) or not isinstance(en, int) or norm(text[st:en]) != norm(content):
            err(f"{w}: text[{st}:{en}] != content {content[:50]!r}")
        else:
            spans.append((st, en, i))
        if not content.strip() or content != content.strip():
            err(f"{w}: content empty or with outer whitespace")
        cue = s.get("cue")
        if cue is None:
            if not s.get("optional"):
                err(f"{w}: cue null (quote introduced by punctuation only) is allowed on optional items only")
        elif not cue.strip():
            err(f"{w}: empty cue")
        elif norm(cue).lower() not in norm(text).lower():
            warn(f"{w}: cue {cue!r} not found verbatim")
        if s.get("speaker_text") and not occurrences(text, s["speaker_text"]):
            err(f"{w}: speaker_text {s['speaker_text']!r} not in text")
        so = s.get("said_on")
        if so is not None and not is_iso(so):
            err(f"{w}: said_on {so!r} is not ISO 8601")
        if not isinstance(s.get("optional", False), bool):
            err(f"{w}: optional must be boolean")
    spans.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1:
            warn(f"statements {i1} and {i2} overlap")

    for i, ev in enumerate(d.get("events", [])):
        w = f"event {i}"
        if ev.get("type") in EXTRA_EVENT_TYPES:
            if not ev.get("optional"):
                err(f"{w}: type {ev['type']!r} is outside the ontology's taxonomy: only optional")
        elif ev.get("type") not in EVENT_TYPES:
            err(f"{w}: type {ev.get('type')!r} not in {EVENT_TYPES + EXTRA_EVENT_TYPES}")
        parts = ev.get("participants")
        if not isinstance(parts, list):
            err(f"{w}: participants must be a list")
        else:
            for p in parts:
                need_key(p, f"{w} participant")
        need_key(ev.get("place"), f"{w} place")
        wh = ev.get("when")
        if wh is not None:
            if not isinstance(wh, str) or not wh.strip():
                err(f"{w}: when must be a string or null")
            elif not is_iso(wh):
                warn(f"{w}: descriptive when {wh!r}")
        if ev.get("status") not in STATUSES:
            err(f"{w}: status {ev.get('status')!r}")
        evid = ev.get("evidence", "")
        n = len(occurrences(text, evid)) if evid else 0
        if n == 1 and evid not in text:
            warn(f"{w}: evidence {evid!r} matches only with no-break spaces as spaces")
        elif n != 1:
            err(f"{w}: evidence {evid!r} occurs {n} times in the text (need 1)")
        if not isinstance(ev.get("optional", False), bool):
            err(f"{w}: optional must be boolean")


def check_file(path: Path, root: Path | None, skip_missing: bool,
               errors: list, warnings: list) -> tuple[int, int]:
    docs, n_checked = load_jsonl(path), 0
    seen = set()
    for n, d in enumerate(docs, 1):
        where = f"{path.name}:{n} ({d.get('doc')})"
        if d.get("doc") in seen:
            errors.append(f"{where}: document listed twice")
        seen.add(d.get("doc"))
        base = find_root(path, d.get("doc", ""), root)
        if base is None:
            (warnings if skip_missing else errors).append(f"{where}: document not found")
            continue
        check_doc(d, read_text(base / d["doc"]), where, errors, warnings)
        n_checked += 1
    return len(docs), n_checked


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--root", type=Path, default=None)
    ap.add_argument("--skip-missing", action="store_true",
                    help="warn instead of failing when a document is absent (no ../shared)")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.glob("*.gold.jsonl"))
    if not files:
        print("error: no gold files given or found", file=sys.stderr)
        return 1
    errors: list[str] = []
    warnings: list[str] = []
    for f in files:
        total, checked = check_file(f, args.root, args.skip_missing, errors, warnings)
        print(f"{f}: {checked}/{total} documents checked")
    # a key names one real-world entity everywhere: same type in every document of every file
    types: dict[str, set] = {}
    for f in files:
        for d in load_jsonl(f):
            for e in d.get("entities", []):
                types.setdefault(e.get("key"), set()).add(e.get("type"))
    for key, ts in sorted(types.items()):
        if len(ts) > 1:
            errors.append(f"entity key {key!r} has several types across documents: {sorted(ts)}")
    if not args.quiet:
        for w in warnings:
            print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
