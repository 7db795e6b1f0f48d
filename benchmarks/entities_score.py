"""Entity scoring against a gold JSONL (FORMAT.md rules, approximated without the graph):
system entities of a document matched to gold keys by label/alias (case-insensitive, after
lemmatisation). Prints per-document and overall P/R/F1 and cross-document identity.

    python benchmarks/entities_score.py ../shared/eval/dev/seeds.gold.jsonl [--root DIR] [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")

from kg import nlp  # noqa: E402
from kg.extract import entities  # noqa: E402
from kg.extract.names import lemma_candidates  # noqa: E402
from kg.records import Document  # noqa: E402


def lemma_key(name: str, lang: str) -> str:
    out = []
    for w in name.lower().split():
        c = sorted(lemma_candidates(w, lang)) if lang in ("uk", "ru") else [w]
        out.append(min(c, key=lambda x: (len(x), x)))
    return " ".join(out)


def names_of(e) -> set[str]:
    return {n for n in ({e.name} | set(e.labels.values()) | e.alt_labels) if n}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--root")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    gold_path = Path(a.gold)
    root = Path(a.root) if a.root else gold_path.resolve().parents[2]
    tp = fp = fn = 0
    keys_by_gold: dict[str, set[str]] = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        lang = g["lang"]
        text = (root / g["doc"]).read_text(encoding="utf-8")
        doc = nlp.load(lang)(text)
        document = Document(id=g["doc"], text=text, source=g["doc"], lang=lang)
        index, _ = entities.extract(doc, document)
        gold = {ge["key"]: {lemma_key(x, lang) for x in ge["aliases"]} | {x.lower() for x in ge["aliases"]} for ge in g["entities"]}
        hit: dict[str, list[str]] = {}
        extra = []
        for e in index.entities.values():
            ns = {n.lower() for n in names_of(e)} | {lemma_key(n, lang) for n in names_of(e)}
            m = [k for k, al in gold.items() if al & ns]
            if m:
                hit.setdefault(m[0], []).append(e.key)
                keys_by_gold.setdefault(m[0], set()).add(e.key)
            else:
                extra.append(e)
        d_tp = len(hit)
        d_fp = len(extra) + sum(len(v) - 1 for v in hit.values())
        d_fn = len(gold) - len(hit)
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        print(f"{g['doc']}: tp={d_tp} fp={d_fp} fn={d_fn}")
        if a.v:
            for e in extra:
                print("   FP", e.key, e.type, sorted(names_of(e)))
            for k in gold:
                if k not in hit:
                    print("   FN", k)
            for k, v in hit.items():
                if len(v) > 1:
                    print("   SPLIT", k, v)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    shared = {k: v for k, v in keys_by_gold.items()}
    one = sum(1 for v in shared.values() if len(v) == 1)
    if a.v:
        for k, v in shared.items():
            if len(v) > 1:
                print("   IDENTITY", k, sorted(v))
    print(json.dumps({"entities": {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)},
                      "identity": {"gold_keys_seen": len(shared), "one_key": one}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
