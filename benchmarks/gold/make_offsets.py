"""Build a gold JSONL file from annotation drafts: fill statement `start`/`end` by searching
the document text for each `content` string, expand entity keys from the shared registry.

Usage:
    python benchmarks/gold/make_offsets.py benchmarks/gold/drafts/further \
        -o benchmarks/gold/further.gold.jsonl --root ../shared
    python benchmarks/gold/make_offsets.py benchmarks/gold/drafts/written \
        -o benchmarks/gold/written.gold.jsonl --root benchmarks/gold

A draft is one JSON object per file (`*.json`), in the gold format except that:
- `entities` items may be a plain key string, looked up in the registry
  (`drafts/entities.json`: key -> {"type", "wikidata"?, "aliases"}), or a full entity object;
  a dict with `key` and `add_aliases` extends the registry entry for this document;
- statements need no `start`/`end`: the `content` must occur exactly once in the text, or
  once after the (unique) text given in `anchor` (which is dropped from the output);
- event `evidence` must occur exactly once in the text (so its sentence is unambiguous).
Anything not found or ambiguous stops the run with a message naming the draft and item.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from goldlib import DOC_KEYS, HERE, norm, occurrences, read_text  # noqa: E402


class DraftError(Exception):
    pass


def expand_entities(items: list, registry: dict, where: str) -> list[dict]:
    out = []
    for item in items:
        if isinstance(item, str):
            if item not in registry:
                raise DraftError(f"{where}: entity key {item!r} not in the registry")
            out.append({"key": item, **registry[item]})
        elif "add_aliases" in item:
            key = item["key"]
            if key not in registry:
                raise DraftError(f"{where}: entity key {key!r} not in the registry")
            ent = {"key": key, **json.loads(json.dumps(registry[key]))}
            for a in item["add_aliases"]:
                if a not in ent["aliases"]:
                    ent["aliases"].insert(0, a)
            out.append(ent)
        else:
            out.append(item)
    return out


def locate(text: str, content: str, anchor: str | None, where: str) -> tuple[int, int]:
    base = 0
    if anchor:
        hits = occurrences(text, anchor)
        if len(hits) != 1:
            raise DraftError(f"{where}: anchor {anchor!r} occurs {len(hits)} times (need 1)")
        base = hits[0]
        start = norm(text).find(norm(content), base)
        if start == -1:
            raise DraftError(f"{where}: content not found after anchor: {content[:60]!r}")
    else:
        hits = occurrences(text, content)
        if len(hits) != 1:
            raise DraftError(f"{where}: content occurs {len(hits)} times (need 1; add an anchor): "
                             f"{content[:60]!r}")
        start = hits[0]
    return start, start + len(content)


def build(draft_path: Path, root: Path, registry: dict) -> dict:
    draft = json.loads(draft_path.read_text(encoding="utf-8"))
    doc_path = root / draft["doc"]
    if not doc_path.exists():
        raise DraftError(f"{draft_path}: document {doc_path} not found")
    text = read_text(doc_path)
    draft["entities"] = expand_entities(draft.get("entities", []), registry, str(draft_path))
    for i, st in enumerate(draft.get("statements", [])):
        where = f"{draft_path}: statement {i}"
        anchor = st.pop("anchor", None)
        start, end = locate(text, st["content"], anchor, where)
        if "start" in st and (st["start"], st["end"]) != (start, end):
            raise DraftError(f"{where}: given offsets {st['start']}:{st['end']} != found {start}:{end}")
        st["start"], st["end"] = start, end
        st["content"] = norm(text[start:end])  # as in the text; U+00A0 written as a space (dev gold)
        st.setdefault("said_on", None)
    for i, ev in enumerate(draft.get("events", [])):
        hits = occurrences(text, ev["evidence"])
        if len(hits) != 1 or ev["evidence"] not in text:
            raise DraftError(f"{draft_path}: event {i}: evidence {ev['evidence']!r} occurs "
                             f"{len(hits)} times (need 1)")
    draft.setdefault("roles", [])
    draft.setdefault("events", [])
    draft.setdefault("statements", [])
    ordered = {k: draft[k] for k in DOC_KEYS if k in draft}
    ordered.update({k: v for k, v in draft.items() if k not in ordered})
    return ordered


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", nargs="+", type=Path, help="draft .json files or folders of them")
    ap.add_argument("-o", "--out", type=Path, required=True, help="gold JSONL to write")
    ap.add_argument("--root", type=Path, required=True, help="folder the `doc` paths are relative to")
    ap.add_argument("--entities", type=Path, default=HERE / "drafts" / "entities.json",
                    help="entity registry (default: drafts/entities.json)")
    args = ap.parse_args(argv)
    registry = json.loads(args.entities.read_text(encoding="utf-8"))
    files: list[Path] = []
    for p in args.drafts:
        files.extend(sorted(p.glob("*.json")) if p.is_dir() else [p])
    try:
        docs = [build(f, args.root, registry) for f in files]
    except DraftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_st = sum(len(d["statements"]) for d in docs)
    n_ev = sum(len(d["events"]) for d in docs)
    n_en = sum(len(d["entities"]) for d in docs)
    print(f"wrote {args.out}: {len(docs)} documents, {n_en} entities, {n_st} statements, {n_ev} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
