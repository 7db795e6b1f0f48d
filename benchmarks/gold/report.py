"""Per-document figures (and optionally the misses) of the system on a gold file.

`kg eval` prints one aggregate; this prints the same figures for every document, so a drop can
be traced to the documents (and, with --details, the items) behind it. It ingests each document
into a fresh temporary store and reads the graph back exactly as `kg eval` does (it reuses
kg.eval's scorer).

    python benchmarks/gold/report.py benchmarks/gold/further.gold.jsonl --root ../shared [--details]

Use the details to understand a class of errors, not to tune rules to these documents: the set
exists to show how rules generalise beyond the dev seeds.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path


def _fmt(x) -> str:
    return "  n/a" if x is None else f"{x:5.2f}"


def details(gold: dict, text: str, sd, scored: dict) -> list[str]:
    from kg.eval import _evidence_sentences, _is_a, _is_iso, _sentences, _set_f1

    iri_key = scored["iri_key"]
    out = []
    found = set(scored["key_iris"])
    for e in gold["entities"]:
        if e["key"] not in found:
            out.append(f"    entity missed: {e['key']} ({e['aliases'][0]})")
    for iri, se in sd.entities.items():
        if iri not in iri_key:
            out.append(f"    entity extra: {sorted(se.labels)[:3]}")
    for g in gold["statements"]:
        best = None
        for s in sd.statements:
            ov = min(g["end"], s.end) - max(g["start"], s.start)
            if ov >= min(g["end"] - g["start"], s.end - s.start) / 2 > 0:
                best = s
                break
        tag = " (optional)" if g.get("optional") else ""
        if best is None:
            if not g.get("optional"):
                out.append(f"    statement missed: {g['speaker']} {g.get('cue')!r}: {g['content'][:70]!r}")
        elif iri_key.get(best.speaker) not in {g["speaker"], *g.get("also_accept", [])}:
            out.append(f"    statement speaker {iri_key.get(best.speaker, best.speaker)} != {g['speaker']}{tag}: "
                       f"{g['content'][:60]!r}")
        elif "said_on" in g and (best.said_on or None) != (g["said_on"] or None):
            out.append(f"    statement said_on {best.said_on} != {g['said_on']}{tag}: {g['content'][:60]!r}")
    for s in sd.statements:
        if not any(min(g["end"], s.end) - max(g["start"], s.start)
                   >= min(g["end"] - g["start"], s.end - s.start) / 2 > 0 for g in gold["statements"]):
            out.append(f"    statement extra: {iri_key.get(s.speaker, s.speaker)} {s.cue!r}: {text[s.start:s.end][:70]!r}")
    sents = _sentences(text)
    for g in gold["events"]:
        spans = _evidence_sentences(text, g["evidence"], sents)
        hit = [e for e in sd.events if _is_a(e.types, g["type"])
               and any(s0 <= m0 < s1 for m0, _ in e.mentions for s0, s1 in spans)]
        other = [t for e in sd.events for t in e.types if any(s0 <= m0 < s1 for m0, _ in e.mentions for s0, s1 in spans)]
        if not hit and not g.get("optional"):
            out.append(f"    event missed: {g['type']} {g['participants']} {g['evidence']!r}"
                       + (f" (system has {sorted(set(other))} there)" if other else ""))
        elif hit:
            # the one the scorer takes: best participants F1 (kg.eval.score_document)
            e = max(hit, key=lambda h: _set_f1({iri_key.get(p, p) for p in h.participants}, set(g["participants"])))
            parts = {iri_key.get(p, p) for p in e.participants}
            if parts != set(g["participants"]) and not g.get("optional"):
                out.append(f"    event participants {sorted(parts)} != {g['participants']}: {g['evidence']!r}")
            place = iri_key.get(e.place, e.place) if e.place else None
            if g.get("place") and place != g["place"] and not g.get("optional"):
                out.append(f"    event place {place} != {g['place']}: {g['evidence']!r}")
            if g.get("when") and _is_iso(g["when"]) and e.when != g["when"] and not g.get("optional"):
                out.append(f"    event time {e.when} != {g['when']}: {g['evidence']!r}")
    matched = set()
    for g in gold["events"]:
        spans = _evidence_sentences(text, g["evidence"], sents)
        matched |= {id(e) for e in sd.events if _is_a(e.types, g["type"])
                    and any(s0 <= m0 < s1 for m0, _ in e.mentions for s0, s1 in spans)}
    for e in sd.events:
        if id(e) not in matched:
            m0 = min(m for m, _ in e.mentions) if e.mentions else 0
            out.append(f"    event extra: {'/'.join(sorted(e.types))} {sorted(iri_key.get(p, p) for p in e.participants)} "
                       f"{text[m0:m0 + 50]!r}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--root", type=Path, default=None)
    ap.add_argument("--details", action="store_true", help="list missed/extra/wrong items per document")
    args = ap.parse_args(argv)

    from kg.eval import aggregate, find_root, from_store, load_gold, score_document, SystemDoc
    from kg.ingest import ingest_documents
    from kg.store import Store

    golds = load_gold(args.gold)
    root = args.root or find_root(args.gold, golds)
    per_doc = []
    print(f"{'document':<48} {'ent F1':>6} {'st F1':>6} {'attr':>5} {'e2e':>5} {'ev F1':>6} {'part':>5}")
    with tempfile.TemporaryDirectory(prefix="kg-gold-") as tmp, Store(Path(tmp) / "store") as store:
        for g in golds:
            path = root / g["doc"]
            report = ingest_documents([str(path)], store, lang=g.get("lang"), progress=False, echo=lambda *_: None)
            text = path.read_text(encoding="utf-8")
            sd = from_store(store, report.articles[0][1]) if report.articles else SystemDoc()
            scored = score_document(g, text, sd)
            per_doc.append(scored)
            r = aggregate([scored], [g])
            st, ev = r["statements"], r["events"]
            if not scored["events"]["gold"] and not scored["events"]["sys"]:
                ev = {"f1": None, "participants_f1": None}
            if not scored["statements"]["gold"] and not scored["statements"]["sys"]:
                st = {"f1": None, "attribution": None, "e2e_f1": None}
            print(f"{g['doc'][-48:]:<48} {_fmt(r['entities']['f1']):>6} {_fmt(st['f1']):>6} "
                  f"{_fmt(st['attribution']):>5} {_fmt(st['e2e_f1']):>5} {_fmt(ev['f1']):>6} "
                  f"{_fmt(ev['participants_f1']):>5}")
            if args.details:
                for line in details(g, text, sd, scored):
                    print(line)
    langs = sorted({g.get("lang") for g in golds})
    if len(langs) > 1:
        for lang in langs:
            idx = [i for i, g in enumerate(golds) if g.get("lang") == lang]
            r = aggregate([per_doc[i] for i in idx], [golds[i] for i in idx])
            st, ev = r["statements"], r["events"]
            print(f"{'ALL ' + lang + ' (' + str(len(idx)) + ' docs)':<48} {_fmt(r['entities']['f1']):>6} "
                  f"{_fmt(st['f1']):>6} {_fmt(st['attribution']):>5} {_fmt(st['e2e_f1']):>5} "
                  f"{_fmt(ev['f1']):>6} {_fmt(ev['participants_f1']):>5}")
    r = aggregate(per_doc, golds)
    st, ev = r["statements"], r["events"]
    if args.details:
        docs_of: dict[str, list[int]] = {}
        for i, g in enumerate(golds):
            for e in g["entities"]:
                docs_of.setdefault(e["key"], []).append(i)
        for key, ds in sorted(docs_of.items()):
            if len(ds) > 1:
                iris = [per_doc[i]["key_iris"].get(key, []) for i in ds]
                if any(not x for x in iris) or len({i for x in iris for i in x}) != 1:
                    print(f"    identity: {key}: {iris}")
    print(f"{'ALL':<48} {_fmt(r['entities']['f1']):>6} {_fmt(st['f1']):>6} {_fmt(st['attribution']):>5} "
          f"{_fmt(st['e2e_f1']):>5} {_fmt(ev['f1']):>6} {_fmt(ev['participants_f1']):>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
